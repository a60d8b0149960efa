import { request as http1Request } from "node:http";
import { connect as http2Connect, constants, type ClientHttp2Session } from "node:http2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/dbx-server.js";

const UNARY = "/dbx.v1.DataService/Get";
const SERVER_STREAM = "/dbx.v1.QueryService/FindStream";
/** The deadline each request asks for. */
const DEADLINE_MS = 300;
/** How long past its deadline an answer may take on a loaded machine; a request left waiting took forever. */
const ANSWER_WITHIN_MS = 5_000;
/** The part of the body that is sent: the rest never comes. */
const SENT = Buffer.alloc(16_384);
/** The body the request announces (a gRPC envelope of this length, or a Content-Length). */
const ANNOUNCED = 1_000_000;

interface Answer {
  status: number;
  /** grpc-status, or the Connect error code. */
  code: string | undefined;
  elapsedMs: number;
}

function grpcPrefix(length: number): Buffer {
  const prefix = Buffer.alloc(5);
  prefix.writeUInt32BE(length, 1);
  return prefix;
}

/**
 * A request whose deadline passes while its body is still arriving (a large
 * upload on a slow or busy connection) is answered DEADLINE_EXCEEDED at its
 * deadline, on both paths. The server waited for the rest of the body
 * whatever the deadline (the fast path's read, and connect-node's: it reads
 * a unary body, and a server stream's one message, before the call starts),
 * so such a call got no answer at all while the client trickled (the fuzz
 * hangs of 1 MB requests with a 3 s deadline).
 */
describe("a deadline that passes while the request body is still arriving", () => {
  let server: TestServer;
  let session: ClientHttp2Session;

  beforeAll(async () => {
    server = await startTestServer({ backends: { default: { url: "sqlite::memory:" } } });
    session = http2Connect(server.url);
  });
  afterAll(async () => {
    session?.destroy();
    await server?.close();
  });

  function h2Call(path: string, headers: Record<string, string>, firstBytes: Buffer): Promise<Answer> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const stream = session.request({ ":method": "POST", ":path": path, ...headers }, { endStream: false });
      let status = 0;
      let code: string | undefined;
      const body: Buffer[] = [];
      stream.on("response", (h) => {
        status = Number(h[":status"]);
        code = h["grpc-status"] as string | undefined;
      });
      stream.on("trailers", (t) => (code ??= t["grpc-status"] as string | undefined));
      stream.on("data", (c: Buffer) => body.push(c));
      stream.on("error", reject);
      stream.on("close", () => {
        // A Connect error is the JSON body (unary) or the end-of-stream message (streams).
        if (code === undefined && status !== 0) code = /"code":"([a-z_]+)"/.exec(Buffer.concat(body).toString())?.[1];
        resolve({ status, code, elapsedMs: performance.now() - started });
      });
      stream.write(firstBytes);
      // Never ended: the client stream is closed by the server's reset after the answer.
      setTimeout(() => stream.close(constants.NGHTTP2_CANCEL), ANSWER_WITHIN_MS + 5_000).unref();
    });
  }

  it("gRPC unary over HTTP/2 (fast path)", async () => {
    const answer = await h2Call(
      UNARY,
      { "content-type": "application/grpc+proto", te: "trailers", "grpc-timeout": `${DEADLINE_MS}m` },
      Buffer.concat([grpcPrefix(ANNOUNCED), SENT]),
    );
    expect(answer.code).toBe(String(4));
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("Connect unary over HTTP/2 (fast path)", async () => {
    const answer = await h2Call(
      UNARY,
      { "content-type": "application/proto", "connect-protocol-version": "1", "connect-timeout-ms": String(DEADLINE_MS) },
      SENT,
    );
    expect(answer).toMatchObject({ status: 504, code: "deadline_exceeded" });
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("gRPC unary over HTTP/2, compressed (connect-node)", async () => {
    const answer = await h2Call(
      UNARY,
      { "content-type": "application/grpc+proto", te: "trailers", "grpc-encoding": "gzip", "grpc-timeout": `${DEADLINE_MS}m` },
      Buffer.concat([grpcPrefix(ANNOUNCED), SENT]),
    );
    expect(answer.code).toBe(String(4));
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("Connect unary over HTTP/2, compressed (connect-node)", async () => {
    const answer = await h2Call(
      UNARY,
      { "content-type": "application/proto", "content-encoding": "gzip", "connect-protocol-version": "1", "connect-timeout-ms": String(DEADLINE_MS) },
      SENT,
    );
    expect(answer).toMatchObject({ status: 504, code: "deadline_exceeded" });
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("gRPC server stream over HTTP/2 (connect-node)", async () => {
    const answer = await h2Call(
      SERVER_STREAM,
      { "content-type": "application/grpc+proto", te: "trailers", "grpc-timeout": `${DEADLINE_MS}m` },
      Buffer.concat([grpcPrefix(ANNOUNCED), SENT]),
    );
    expect(answer.code).toBe(String(4));
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("Connect server stream over HTTP/2 (connect-node)", async () => {
    const answer = await h2Call(
      SERVER_STREAM,
      { "content-type": "application/connect+proto", "connect-protocol-version": "1", "connect-timeout-ms": String(DEADLINE_MS) },
      Buffer.concat([grpcPrefix(ANNOUNCED), SENT]),
    );
    expect(answer).toMatchObject({ status: 200, code: "deadline_exceeded" });
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("gRPC-Web server stream over HTTP/1.1 (connect-node)", async () => {
    const answer = await h1Call(SERVER_STREAM, { "content-type": "application/grpc-web+proto", "grpc-timeout": `${DEADLINE_MS}m` }, Buffer.concat([grpcPrefix(ANNOUNCED), SENT]));
    expect(answer.code).toBe(String(4));
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("gRPC-Web unary over HTTP/1.1 (connect-node)", async () => {
    const answer = await h1Call(UNARY, { "content-type": "application/grpc-web+proto", "grpc-timeout": `${DEADLINE_MS}m` }, Buffer.concat([grpcPrefix(ANNOUNCED), SENT]));
    expect(answer.code).toBe(String(4));
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("Connect unary over HTTP/1.1 (fast path)", async () => {
    const answer = await h1Call(UNARY, { "content-type": "application/proto", "connect-protocol-version": "1", "connect-timeout-ms": String(DEADLINE_MS) }, SENT);
    expect(answer).toMatchObject({ status: 504, code: "deadline_exceeded" });
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });

  function h1Call(path: string, headers: Record<string, string>, firstBytes: Buffer): Promise<Answer> {
    const started = performance.now();
    return new Promise<Answer>((resolve, reject) => {
      const req = http1Request(new URL(path, server.url), { method: "POST", headers: { ...headers, "content-length": String(ANNOUNCED) } });
      req.on("response", (res) => {
        const body: Buffer[] = [];
        res.on("data", (c: Buffer) => body.push(c));
        res.on("end", () => {
          const text = Buffer.concat(body).toString();
          // gRPC-Web carries its status in a trailer message; Connect in its JSON error.
          const code = res.headers["grpc-status"] ?? /grpc-status: ?([0-9]+)/.exec(text)?.[1] ?? /"code":"([a-z_]+)"/.exec(text)?.[1];
          resolve({ status: res.statusCode ?? 0, code: code as string | undefined, elapsedMs: performance.now() - started });
          req.destroy();
        });
      });
      req.on("error", reject);
      req.write(firstBytes);
      setTimeout(() => req.destroy(), ANSWER_WITHIN_MS + 5_000).unref();
    });
  }
});
