import { connect as http2Connect, type ClientHttp2Stream, type IncomingHttpHeaders } from "node:http2";
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { Code, ConnectError, type Client } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { StreamService, SubscribeRequestSchema } from "../../gen/ts/dbx/v1/stream_pb.js";
import { StatusSchema } from "../../gen/ts/google/rpc/status_pb.js";
import { ErrorInfoSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import { reasonOf } from "../../src/errors/dbx-error.js";
import { PROTOCOLS, startTestServer, type TestServer } from "../support/dbx-server.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { waitFor } from "../support/wait-for.js";
import { envelope } from "./raw-http.js";

const GRACE_MS = 300;
const SHUTDOWN_REASON = "ERROR_REASON_SHUTTING_DOWN";

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(() => redis?.stop());

async function startServer(): Promise<TestServer> {
  return startTestServer({
    server: { shutdownGraceMs: GRACE_MS },
    defaultBackend: "db",
    backends: { db: { url: "sqlite::memory:" }, cache: { url: redis.url } },
  });
}

/** Reads a server stream after its first message; resolves with how it ended. */
async function opened(stream: AsyncIterable<{ event: { case: string | undefined } }>): Promise<{ end: Promise<ConnectError | "ok"> }> {
  const it = stream[Symbol.asyncIterator]();
  const first = await it.next();
  expect(first.value?.event.case).toBe("ready");
  const end = (async () => {
    try {
      while (!(await it.next()).done);
      return "ok" as const;
    } catch (err) {
      return ConnectError.from(err);
    }
  })();
  return { end };
}

describe("server streams on graceful shutdown", () => {
  it.each(PROTOCOLS)("Watch and Subscribe end with UNAVAILABLE saying the server is shutting down (%s)", async (protocol) => {
    const s = await startServer();
    await s.client(QueryService, protocol).execute({ statement: 'CREATE TABLE people ("id" TEXT PRIMARY KEY, "name" TEXT)' });
    const streams: Client<typeof StreamService> = s.client(StreamService, protocol);
    const watch = await opened(streams.watch({ target: { collection: "people" } }));
    const subscribe = await opened(streams.subscribe({ target: { backend: "cache" }, channels: ["news"] }));
    await s.close();
    for (const end of [await watch.end, await subscribe.end]) {
      expect(end).toBeInstanceOf(ConnectError);
      const err = end as ConnectError;
      expect(err.code).toBe(Code.Unavailable);
      expect(err.rawMessage).toMatch(/shutting down/);
      expect(reasonOf(err)).toBe(SHUTDOWN_REASON);
    }
  });

  it("a slow gRPC reader (its window full when the shutdown starts) gets grpc-status UNAVAILABLE in trailers after the data", async () => {
    const s = await startServer();
    // A small window that the messages below fill while the client does not read.
    const session = http2Connect(s.url, { settings: { initialWindowSize: 1024 } });
    session.on("error", () => {});
    const stream: ClientHttp2Stream = session.request({
      ":method": "POST",
      ":path": "/dbx.v1.StreamService/Subscribe",
      "content-type": "application/grpc",
      te: "trailers",
    });
    stream.on("error", () => {});
    let headers: IncomingHttpHeaders | undefined;
    let trailers: IncomingHttpHeaders | undefined;
    stream.on("response", (h) => (headers = h));
    stream.on("trailers", (t) => (trailers = t));
    const closed = new Promise<void>((resolve) => stream.on("close", resolve));
    stream.end(envelope(0, toBinary(SubscribeRequestSchema, create(SubscribeRequestSchema, { target: { backend: "cache" }, channels: ["slow"] }))));
    await waitFor(() => headers !== undefined, { what: "the response headers" });
    stream.pause();
    const streams = s.client(StreamService, "connect");
    // Far more than the window: the server's writes wait for the client.
    for (let i = 0; i < 20; i++) await streams.publish({ target: { backend: "cache" }, channel: "slow", payload: new Uint8Array(16 * 1024) });
    const closing = s.close();
    // The reader catches up once the shutdown has begun (GOAWAY).
    session.once("goaway", () => stream.resume());
    await closed;
    await closing;
    session.destroy();
    expect(trailers?.["grpc-status"]).toBe(String(Code.Unavailable));
    const status = fromBinary(StatusSchema, Buffer.from(String(trailers?.["grpc-status-details-bin"]), "base64"));
    const info = status.details.find((d) => d.typeUrl.endsWith("ErrorInfo"));
    expect(info && fromBinary(ErrorInfoSchema, info.value).reason).toBe(SHUTDOWN_REASON);
  });
});
