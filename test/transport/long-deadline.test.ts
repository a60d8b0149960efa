import { toBinary, fromBinary, create } from "@bufbuild/protobuf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BLPopRequestSchema, BLPopResponseSchema } from "../../gen/ts/dbx/redis/v1/lists_pb.js";
import { RedisService } from "../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import { PROTOCOLS, startTestServer, type TestServer } from "../support/dbx-server.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { envelope, http2 } from "./raw-http.js";

/**
 * A deadline longer than a Node timer holds (2^31-1 ms, ~24.8 days) made the
 * deadline timer fire after 1 ms, and the call answered DEADLINE_EXCEEDED at
 * once (found by the fuzz test). Such a deadline is no deadline: a BLPOP that
 * waits 300 ms on an empty list answers OK after its wait, on both paths.
 */
const WAIT = { seconds: 0n, nanos: 300_000_000 };
const LONG_DEADLINES = { "grpc-timeout": ["99999999H", "99999999S"], "connect-timeout-ms": ["9999999999"] } as const;

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
});

describe.each([
  { fastPath: true, path: "DBX's fast path where it serves the call" },
  { fastPath: false, path: "connect-node's path" },
])("a deadline past 2^31-1 ms is no deadline ($path)", ({ fastPath }) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ server: { fastPath }, defaultBackend: "cache", backends: { cache: { url: redis.url } } });
  });
  afterAll(async () => {
    await server?.close();
  });

  for (const protocol of PROTOCOLS) {
    const header = protocol === "connect" ? "connect-timeout-ms" : "grpc-timeout";
    for (const value of LONG_DEADLINES[header]) {
      it(`a 300 ms BLPop with ${header}: ${value} over ${protocol} answers OK after its wait`, async () => {
        const started = performance.now();
        const res = await server.client(RedisService, protocol).bLPop({ keys: [new TextEncoder().encode("empty")], timeout: WAIT }, { headers: { [header]: value } });
        expect(res.timedOut).toBe(true);
        expect(performance.now() - started).toBeGreaterThanOrEqual(250);
      });
    }
  }

  it("a raw gRPC call with grpc-timeout: 99999999H answers grpc-status 0 after its wait", async () => {
    const started = performance.now();
    const request = create(BLPopRequestSchema, { keys: [new TextEncoder().encode("empty")], timeout: WAIT });
    const res = await http2(`${server.url}/dbx.redis.v1.RedisService/BLPop`, {
      method: "POST",
      headers: { "content-type": "application/grpc", te: "trailers", "grpc-timeout": "99999999H" },
      body: envelope(0, toBinary(BLPopRequestSchema, request)),
    });
    expect(res.trailers["grpc-status"] ?? res.headers["grpc-status"]).toBe("0");
    expect(fromBinary(BLPopResponseSchema, res.body.subarray(5)).timedOut).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
  });
});
