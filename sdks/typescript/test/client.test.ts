// The client's options against the real server (and, for retries, a port
// where no server listens): credentials, deadlines, retries, the example.
import { once } from "node:events";
import { createServer } from "node:net";
import { afterAll, describe, expect, inject, test, vi } from "vitest";
import { Code, ColumnType, createDbxClient, DbxError, type Interceptor } from "../src/node.js";

/** An interceptor recording each attempt's method and authentication headers. */
function recorder() {
  const calls: { method: string; authorization: string | null; apiKey: string | null }[] = [];
  const interceptor: Interceptor = (next) => (req) => {
    calls.push({
      method: req.method.name,
      authorization: req.header.get("authorization"),
      apiKey: req.header.get("x-api-key"),
    });
    return next(req);
  };
  return { calls, interceptor };
}

async function closedPortUrl(): Promise<string> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, "close");
  return `http://127.0.0.1:${port}`;
}

describe("credentials", () => {
  test("a bearer token, or an API key, goes with every call", async () => {
    for (const [options, authorization, apiKey] of [
      [{ token: "t0ken" }, "Bearer t0ken", null],
      [{ apiKey: "k3y" }, null, "k3y"],
    ] as const) {
      const { calls, interceptor } = recorder();
      const client = createDbxClient(inject("dbxUrl"), { ...options, interceptors: [interceptor] });
      try {
        await client.admin.ping({});
        await client.capabilities();
        expect(calls).toEqual([
          { method: "Ping", authorization, apiKey },
          { method: "GetCapabilities", authorization, apiKey },
        ]);
      } finally {
        client.close();
      }
    }
  });

  test("a token and an API key together are refused (DBX takes one credential), unless the key goes in another header", () => {
    expect(() => createDbxClient(inject("dbxUrl"), { token: "t0ken", apiKey: "k3y" })).toThrow(/not both/);
    createDbxClient(inject("dbxUrl"), { token: "t0ken", apiKey: "k3y", apiKeyHeader: "x-gateway-key" }).close();
  });
});

describe("deadlines", () => {
  const client = createDbxClient(inject("dbxUrl"), { protocol: "grpc", defaultTimeoutMs: 300 });
  afterAll(() => client.close());

  test("a watch has no default deadline; its own timeoutMs ends it with DEADLINE_EXCEEDED", async () => {
    await client.sql.createTable({
      target: { collection: "deadline_watch" },
      columns: [{ name: "id", type: ColumnType.STRING }],
      primaryKey: ["id"],
    });
    const started = Date.now();
    let error: unknown;
    try {
      for await (const _event of client.collection("deadline_watch").watch({ timeoutMs: 800 })) {
        // ready, then nothing until the deadline
      }
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DbxError);
    expect((error as DbxError).code).toBe(Code.DeadlineExceeded);
    // Outlived the client's 300 ms default: that default is not applied to watches.
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
  });

  test("a call's signal cancels it", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(client.admin.ping({}, { signal: controller.signal })).rejects.toMatchObject({ code: Code.Canceled });
  });
});

describe("streams", () => {
  test("breaking out of a FindStream or a Watch aborts the call", async () => {
    const signals: AbortSignal[] = [];
    const client = createDbxClient(inject("dbxUrl"), {
      interceptors: [(next) => (req) => (signals.push(req.signal), next(req))],
    });
    try {
      await client.sql.createTable({
        target: { collection: "stream_release" },
        columns: [{ name: "id", type: ColumnType.INT64 }],
        primaryKey: ["id"],
      });
      const numbers = client.collection("stream_release");
      await numbers.putMany(Array.from({ length: 50 }, (_, i) => [i, { id: i }] as const));
      signals.length = 0;
      for await (const _record of numbers.findStream({}, { batchSize: 10 })) break;
      for await (const _event of numbers.watch()) break;
      expect(signals).toHaveLength(2);
      expect(signals.map((signal) => signal.aborted)).toEqual([true, true]);
    } finally {
      client.close();
    }
  });
});

describe("retries", () => {
  test("a read failing with UNAVAILABLE is tried maxAttempts times, a write once", async () => {
    const { calls, interceptor } = recorder();
    const client = createDbxClient(await closedPortUrl(), {
      protocol: "grpc",
      retry: { maxAttempts: 3, initialBackoffMs: 1 },
      interceptors: [interceptor],
    });
    try {
      const people = client.collection("people");
      await expect(people.get("ada")).rejects.toMatchObject({ code: Code.Unavailable });
      expect(calls.map((call) => call.method)).toEqual(["Get", "Get", "Get"]);
      calls.length = 0;
      await expect(people.put("ada", { id: "ada" })).rejects.toMatchObject({ code: Code.Unavailable });
      expect(calls.map((call) => call.method)).toEqual(["Put"]);
    } finally {
      client.close();
    }
  });

  test("retry: false tries once", async () => {
    const { calls, interceptor } = recorder();
    const client = createDbxClient(await closedPortUrl(), { retry: false, interceptors: [interceptor] });
    try {
      await expect(client.capabilities()).rejects.toBeInstanceOf(DbxError);
      expect(calls).toHaveLength(1);
    } finally {
      client.close();
    }
  });
});

describe("HTTP versions", () => {
  for (const protocol of ["connect", "grpc-web"] as const) {
    test(`${protocol} over HTTP/2 (h2c): a unary call and a server stream`, async () => {
      const client = createDbxClient(inject("dbxUrl"), { protocol, httpVersion: "2" });
      try {
        const collection = `h2_watch_${protocol.replace("-", "_")}`;
        await client.sql.createTable({
          target: { collection },
          columns: [{ name: "id", type: ColumnType.STRING }],
          primaryKey: ["id"],
        });
        expect((await client.capabilities()).has("stream.watch")).toBe(true);
        for await (const event of client.collection(collection).watch()) {
          expect(event.kind).toBe("ready");
          break;
        }
      } finally {
        client.close();
      }
    });
  }
});

describe("the URL", () => {
  test("only http and https URLs are accepted", () => {
    expect(() => createDbxClient("127.0.0.1:7420")).toThrow(TypeError);
    expect(() => createDbxClient("ftp://127.0.0.1")).toThrow(/http: or https:/);
  });
});

test("the README's first example runs against the server", async () => {
  vi.stubEnv("DBX_URL", inject("dbxUrl"));
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  try {
    await import("../examples/first-steps.js");
    expect(log.mock.calls.map((call) => call[0])).toEqual([
      "backend default, watch: true",
      "Introduction to Algorithms: 3 copies at 99.90",
      "in stock: Introduction to Algorithms",
      "no such book: NOT_FOUND",
    ]);
  } finally {
    log.mockRestore();
    vi.unstubAllEnvs();
  }
});
