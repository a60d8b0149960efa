import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { http1, http2 } from "../transport/raw-http.js";

// The fast path starts the call pipeline before it reads the body. A body
// that is empty can end before anyone listens for it; the call must still be
// answered rather than left open forever.
describe("fast path: requests with an empty body", () => {
  let dbx: TestServer;
  beforeAll(async () => {
    dbx = await startTestServer({ backends: { default: { url: "sqlite::memory:" } } });
  });
  afterAll(() => dbx?.close());

  it("answers a gRPC unary call with no message (UNIMPLEMENTED, as connect-node does)", async () => {
    const res = await http2(`${dbx.url}/dbx.v1.AdminService/GetStats`, {
      method: "POST",
      headers: { "content-type": "application/grpc", te: "trailers" },
      body: new Uint8Array(0),
    });
    expect(res.trailers["grpc-status"] ?? res.headers["grpc-status"]).toBe("12");
    expect(res.headers["x-request-id"]).toBeTruthy();
  });

  it("answers a gRPC unary call with an empty message", async () => {
    const res = await http2(`${dbx.url}/dbx.v1.AdminService/GetStats`, {
      method: "POST",
      headers: { "content-type": "application/grpc", te: "trailers" },
      body: new Uint8Array(5),
    });
    expect(res.trailers["grpc-status"]).toBe("0");
  });

  it("answers a Connect binary unary call with an empty body over HTTP/1.1 and HTTP/2", async () => {
    for (const send of [http1, http2]) {
      const res = await send(`${dbx.url}/dbx.v1.AdminService/GetStats`, {
        method: "POST",
        headers: { "content-type": "application/proto" },
        body: new Uint8Array(0),
      });
      expect(res.status).toBe(200);
    }
  });
});
