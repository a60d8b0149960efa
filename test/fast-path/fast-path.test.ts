import { connect as http2Connect, constants as http2Constants } from "node:http2";
import { Writable } from "node:stream";
import { create, toBinary } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService, PingRequestSchema } from "../../gen/ts/dbx/v1/admin_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { setTimeout as sleep } from "node:timers/promises";
import { durationFromMs } from "@bufbuild/protobuf/wkt";
import { createClient } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport } from "@connectrpc/connect-node";
import type { Call } from "../../src/pipeline/call.js";
import { CallPipeline } from "../../src/pipeline/call-pipeline.js";
import { startTransport, type Transport } from "../../src/transport/http-server.js";
import { startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import { envelope } from "../transport/raw-http.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { record, v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";

type LogLine = Record<string, unknown>;

/** A server with the fast path on or off, and the log lines it wrote. */
async function start(fastPath: boolean, redisUrl: string) {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const server = await startTestServer(
    { backends: { default: { url: "sqlite::memory:" }, cache: { url: redisUrl } }, server: { fastPath } },
    { logger: pino({ level: "info" }, sink) },
  );
  await server.client(QueryService).execute({ statement: "CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER)" });
  return { server, lines };
}

/** Runs a call and answers what a client can observe of it. */
async function observe(server: TestServer, protocol: Protocol, requestId: string, binary: boolean, run: (s: TestServer, p: Protocol, o: object) => Promise<unknown>) {
  let header: string | null = null;
  try {
    const res = await run(server, protocol, {
      headers: { "x-request-id": requestId },
      onHeader: (h: Headers) => (header = h.get("x-request-id")),
    });
    return { ok: JSON.stringify(res, (_, x: unknown) => (typeof x === "bigint" ? x.toString() : x)), header, binary };
  } catch (err) {
    const e = ConnectError.from(err);
    return { code: Code[e.code], message: e.rawMessage, details: e.details.length, header: e.metadata.get("x-request-id") };
  }
}

describe("unary fast path", () => {
  let redis: RedisServer;
  let fast: Awaited<ReturnType<typeof start>>;
  let stock: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    redis = await startRedisServer();
    fast = await start(true, redis.url);
    stock = await start(false, redis.url);
  });
  afterAll(async () => {
    await fast?.server.close();
    await stock?.server.close();
    await redis?.stop();
  });

  const calls: [string, (s: TestServer, p: Protocol, o: object) => Promise<unknown>][] = [
    ["put", (s, p, o) => s.client(DataService, p).put({ target: { collection: "t" }, key: v.str("k"), record: record({ n: v.int(9007199254740993n) }) }, o)],
    ["get", (s, p, o) => s.client(DataService, p).get({ target: { collection: "t" }, key: v.str("k") }, o)],
    ["not found", (s, p, o) => s.client(DataService, p).get({ target: { collection: "t" }, key: v.str("missing") }, o)],
    ["invalid field", (s, p, o) => s.client(DataService, p).get({ target: {}, key: v.str("k") }, o)],
    ["unimplemented", (s, p, o) => s.client(DataService, p).put({ target: { collection: "t" }, key: v.str("k"), record: record({}), ttl: { seconds: 1n } }, o)],
    ["unknown backend", (s, p, o) => s.client(AdminService, p).ping({ backend: "nope" }, o)],
  ];

  for (const protocol of ["connect", "grpc", "grpc-web"] as const) {
    it.each(calls)(`answers %s identically on both paths (${protocol})`, async (name, run) => {
      const id = `${protocol}-${name.replace(/ /g, "-")}-${Date.now()}`;
      const a = await observe(fast.server, protocol, `${id}-a`, false, run);
      const b = await observe(stock.server, protocol, `${id}-b`, false, run);
      expect({ ...a, header: a.header?.replace(/-a$/, "") }).toEqual({ ...b, header: b.header?.replace(/-b$/, "") });
      const strip = ({ durationMs, path, requestId, time, pid, hostname, ...rest }: LogLine) => rest;
      const fastLines = () => fast.lines.filter((l) => l.requestId === `${id}-a`);
      const stockLines = () => stock.lines.filter((l) => l.requestId === `${id}-b`);
      // Log lines are written when a call ends, which may be after the client has its answer.
      await waitFor(() => fastLines().length > 0 && stockLines().length > 0, { what: `the log lines of ${id}` });
      expect(fastLines()).toHaveLength(1);
      expect(fastLines().map(strip)).toEqual(stockLines().map(strip));
      // gRPC-Web always takes connect-node's path; Connect and gRPC unary take the fast one.
      expect(fastLines()[0].path).toBe(protocol === "grpc-web" ? "connect" : "fast");
      expect(stockLines()[0].path).toBe("connect");
    });
  }

  it("serves Connect binary on the fast path", async () => {
    const binary = createClient(DataService, fast.server.transport("connect", { binary: true }));
    await binary.put({ target: { collection: "t" }, key: v.str("bin"), record: record({ n: v.int(7) }) });
    const id = `binary-${Date.now()}`;
    const got = await binary.get({ target: { collection: "t" }, key: v.str("bin") }, { headers: { "x-request-id": id } });
    expect(got.record?.fields.n).toEqual(v.int(7));
    await waitFor(() => fast.lines.some((l) => l.requestId === id), { what: `the log line of ${id}` });
    expect(fast.lines.find((l) => l.requestId === id)?.path).toBe("fast");
  });

  it("falls through for server streams", async () => {
    const id = `stream-${Date.now()}`;
    for await (const _ of fast.server.client(QueryService).findStream({ target: { collection: "t" } }, { headers: { "x-request-id": id } })) {
      // drain
    }
    await waitFor(() => fast.lines.some((l) => l.requestId === id), { what: `the log line of ${id}` });
    expect(fast.lines.find((l) => l.requestId === id)?.path).toBe("connect");
  });
});

describe("fast path deadlines", () => {
  let transport: Transport;
  const started: string[] = [];
  const aborted: string[] = [];
  const paths: string[] = [];
  beforeAll(async () => {
    const recordPath = { name: "record-path", onStart: (call: Call) => void paths.push(call.path) };
    transport = await startTransport({
      host: "127.0.0.1",
      port: 0,
      maxRequestBytes: 1024,
      pipeline: new CallPipeline([recordPath]),
      fastPath: true,
      logger: pino({ level: "silent" }),
      routes: (router) =>
        router.service(AdminService, {
          // Waits as many milliseconds as the backend field says, unless the call's signal aborts.
          async ping(req, ctx) {
            started.push(req.backend);
            const ms = Number(req.backend);
            await sleep(ms, undefined, { signal: ctx.signal }).catch(() => {
              aborted.push(req.backend);
              ctx.signal.throwIfAborted();
            });
            return { latency: durationFromMs(ms) };
          },
        }),
    });
  });
  afterAll(() => transport?.close(1000));

  it.each([
    ["connect", () => createConnectTransport({ baseUrl: `http://127.0.0.1:${transport.port}`, httpVersion: "1.1" })],
    ["grpc", () => createGrpcTransport({ baseUrl: `http://127.0.0.1:${transport.port}` })],
  ] as const)("aborts the handler's signal and answers DEADLINE_EXCEEDED (%s)", async (_, makeTransport) => {
    const client = createClient(AdminService, makeTransport());
    // Far longer than the deadline: a call that ignored its deadline would take this long.
    const slow = String(20_000 + Math.floor(Math.random() * 1000));
    const begun = Date.now();
    let error: ConnectError | undefined;
    paths.length = 0;
    try {
      await client.ping({ backend: slow }, { timeoutMs: 200 });
    } catch (err) {
      error = ConnectError.from(err);
    }
    expect(error?.code).toBe(Code.DeadlineExceeded);
    expect(Date.now() - begun).toBeLessThan(10_000);
    await waitFor(() => aborted.includes(slow), { what: "the handler's signal to abort" });
    expect(paths).toEqual(["fast"]);
    expect((await client.ping({ backend: "1" }, { timeoutMs: 2000 })).latency).toBeDefined();
  });

  // Regression: gRPC calls taken from the raw HTTP/2 stream had no "error"
  // listener, and a client reset with an error code crashed the process.
  it.each([
    ["INTERNAL_ERROR", http2Constants.NGHTTP2_INTERNAL_ERROR],
    ["CANCEL", http2Constants.NGHTTP2_CANCEL],
  ])("survives a gRPC call the client resets with %s while it runs", async (_, code) => {
    const session = http2Connect(`http://127.0.0.1:${transport.port}`);
    try {
      const slow = String(3000 + Math.floor(Math.random() * 1000));
      const stream = session.request({ ":method": "POST", ":path": "/dbx.v1.AdminService/Ping", "content-type": "application/grpc", te: "trailers" });
      stream.on("error", () => undefined);
      stream.end(envelope(0, toBinary(PingRequestSchema, create(PingRequestSchema, { backend: slow }))));
      await waitFor(() => started.includes(slow), { what: "the call to reach its handler" });
      stream.close(code);
      // The handler sees the cancel, and the server goes on serving.
      await waitFor(() => aborted.includes(slow), { what: "the handler's signal to abort" });
      const client = createClient(AdminService, createGrpcTransport({ baseUrl: `http://127.0.0.1:${transport.port}` }));
      expect((await client.ping({ backend: "1" })).latency).toBeDefined();
    } finally {
      session.close();
    }
  });
});
