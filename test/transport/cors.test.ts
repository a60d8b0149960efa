import { Agent, request as http1Request, type IncomingHttpHeaders } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { http1, http2, type RawRequest, type RawResponse } from "./raw-http.js";

const ALLOWED = "https://app.example";
const METHOD = "/dbx.v1.AdminService/GetServerInfo";
const HTTP_VERSIONS = { "HTTP/1.1": http1, "HTTP/2": http2 } as const;

function preflight(origin: string): RawRequest {
  return {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "connect-protocol-version,content-type,x-request-id",
    },
  };
}

function call(origin: string): RawRequest {
  return {
    method: "POST",
    headers: { origin, "content-type": "application/json", "connect-protocol-version": "1" },
    body: "{}",
  };
}

function listed(res: RawResponse, header: string): string[] {
  return String(res.headers[header] ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}

async function startWithOrigins(origins: string[]): Promise<TestServer> {
  return startTestServer({ server: { cors: { origins } }, backends: { default: { url: "sqlite::memory:" } } });
}

describe("CORS with configured origins", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startWithOrigins([ALLOWED]);
  });
  afterAll(() => server?.close());

  describe.each(Object.entries(HTTP_VERSIONS))("over %s", (_, send) => {
    it("answers the preflight of an allowed origin itself, with what Connect, gRPC-Web and DBX need", async () => {
      const res = await send(server.url + METHOD, preflight(ALLOWED));
      expect(res.status).toBe(204);
      expect(res.headers["access-control-allow-origin"]).toBe(ALLOWED);
      expect(listed(res, "access-control-allow-methods")).toEqual(expect.arrayContaining(["post", "get"]));
      expect(listed(res, "access-control-allow-headers")).toEqual(
        expect.arrayContaining(["content-type", "connect-protocol-version", "connect-timeout-ms", "x-grpc-web", "grpc-timeout", "x-request-id", "authorization", "x-api-key"]),
      );
      expect(Number(res.headers["access-control-max-age"])).toBeGreaterThan(0);
      expect(listed(res, "vary")).toContain("origin");
    });

    it("gives the preflight of another origin no CORS headers", async () => {
      const res = await send(server.url + METHOD, preflight("https://evil.example"));
      expect(res.status).toBe(204);
      expect(res.headers["access-control-allow-origin"]).toBeUndefined();
      expect(res.headers["access-control-allow-methods"]).toBeUndefined();
    });

    it("marks the response to an allowed origin and exposes the gRPC-Web status and the request id", async () => {
      const res = await send(server.url + METHOD, call(ALLOWED));
      expect(res.status).toBe(200);
      expect(res.headers["access-control-allow-origin"]).toBe(ALLOWED);
      expect(listed(res, "access-control-expose-headers")).toEqual(
        expect.arrayContaining(["grpc-status", "grpc-message", "grpc-status-details-bin", "x-request-id", "ratelimit-remaining", "retry-after"]),
      );
      expect(res.headers["x-request-id"]).toBeTruthy();
    });

    it("answers another origin without CORS headers, so that the browser withholds the response", async () => {
      const res = await send(server.url + METHOD, call("https://evil.example"));
      expect(res.status).toBe(200);
      expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    });
  });
});

/** Sends `req` through `agent`; answers with the response headers and whether the agent reused a socket. */
function viaAgent(agent: Agent, url: string, req: RawRequest): Promise<{ status: number; headers: IncomingHttpHeaders; reusedSocket: boolean }> {
  return new Promise((resolve, reject) => {
    const r = http1Request(url, { method: req.method, headers: req.headers, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, reusedSocket: r.reusedSocket }));
      res.on("error", reject);
    });
    r.on("error", reject);
    r.end(req.body);
  });
}

describe("CORS preflights over HTTP/1.1 keep-alive", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startWithOrigins([ALLOWED]);
  });
  afterAll(() => server?.close());

  it("keep the connection open: a browser sends its next preflight and call on the same one", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await viaAgent(agent, server.url + METHOD, preflight(ALLOWED));
      const second = await viaAgent(agent, server.url + METHOD, preflight(ALLOWED));
      const actual = await viaAgent(agent, server.url + METHOD, call(ALLOWED));
      expect([first.status, second.status, actual.status]).toEqual([204, 204, 200]);
      expect([first.headers.connection, second.headers.connection]).toEqual(["keep-alive", "keep-alive"]);
      expect([second.reusedSocket, actual.reusedSocket]).toEqual([true, true]);
    } finally {
      agent.destroy();
    }
  });
});

describe("CORS with origin *", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startWithOrigins(["*"]);
  });
  afterAll(() => server?.close());

  it("allows any origin", async () => {
    const res = await http1(server.url + METHOD, preflight("http://localhost:5173"));
    expect(res.headers["access-control-allow-origin"]).toBe("http://localhost:5173");
    const call1 = await http2(server.url + METHOD, call("https://any.example"));
    expect(call1.headers["access-control-allow-origin"]).toBe("https://any.example");
  });
});

describe("CORS without origins", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startWithOrigins([]);
  });
  afterAll(() => server?.close());

  it("is off: preflights get no CORS headers", async () => {
    const res = await http1(server.url + METHOD, preflight(ALLOWED));
    expect(res.status).not.toBe(204);
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    const actual = await http1(server.url + METHOD, call(ALLOWED));
    expect(actual.status).toBe(200);
    expect(actual.headers["access-control-allow-origin"]).toBeUndefined();
  });
});
