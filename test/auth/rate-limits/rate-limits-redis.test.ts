import { Code, ConnectError } from "@connectrpc/connect";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimits } from "../../../src/auth/rate-limits/rate-limits.js";
import type { RateLimitLog } from "../../../src/auth/rate-limits/redis-health.js";
import { reasonOf } from "../../../src/errors/dbx-error.js";
import { RetryInfoSchema } from "../../../gen/ts/google/rpc/error_details_pb.js";
import { startRedisServer, type RedisServer } from "../../support/redis-server.js";

async function refusal(consume: Promise<unknown>): Promise<ConnectError> {
  try {
    await consume;
  } catch (err) {
    return ConnectError.from(err);
  }
  throw new Error("expected a refusal");
}

function retryMsOf(err: ConnectError): number {
  const delay = err.findDetails(RetryInfoSchema)[0].retryDelay!;
  return Number(delay.seconds) * 1000 + delay.nanos / 1e6;
}

function recordingLog(): RateLimitLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, warn: (_details, message) => lines.push(`warn: ${message}`), info: (_details, message) => lines.push(`info: ${message}`) };
}

async function readyClient(port: number): Promise<Redis> {
  const client = new Redis({ port, host: "127.0.0.1", lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => 50 });
  // The outage test kills the server under every client; their reconnect errors are expected.
  client.on("error", () => undefined);
  await client.connect();
  return client;
}

let server: RedisServer;
const clients: Redis[] = [];

beforeAll(async () => {
  server = await startRedisServer({ args: ["--enable-debug-command", "yes"] });
});

afterAll(async () => {
  for (const client of clients) client.disconnect();
  await server?.stop();
});

describe("RateLimits in a shared Redis", () => {
  it("shares an identity's limit between two instances with their own clients", async () => {
    const [clientA, clientB] = [await readyClient(server.port), await readyClient(server.port)];
    clients.push(clientA, clientB);
    // One token back every second: ten calls a few milliseconds apart see none of it.
    const options = { perIdentity: { callsPerSecond: 1, burst: 10 } };
    const a = new RateLimits({ ...options, store: { redis: clientA } });
    const b = new RateLimits({ ...options, store: { redis: clientB } });
    const remaining = [];
    for (let i = 0; i < 10; i++) remaining.push((await (i % 2 === 0 ? a : b).consume("alice"))?.remaining);
    expect(remaining).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    for (const instance of [a, b]) {
      const err = await refusal(instance.consume("alice"));
      expect(err.code).toBe(Code.ResourceExhausted);
      expect(reasonOf(err)).toBe("ERROR_REASON_RATE_LIMITED");
      expect(Number(err.metadata.get("retry-after"))).toBeGreaterThan(0);
    }
    await expect(b.consume("bob")).resolves.toMatchObject({ remaining: 9 });
  });

  it("lets a burst through, refuses the next call until one token is back, then lets one more through", async () => {
    const client = await readyClient(server.port);
    clients.push(client);
    const limits = new RateLimits({ store: { redis: client }, perIdentity: { callsPerSecond: 2, burst: 3 } });
    for (let i = 0; i < 3; i++) await limits.consume("steady");
    const err = await refusal(limits.consume("steady"));
    // 500 ms a token, less what refilled while the calls ran.
    const retryMs = retryMsOf(err);
    expect(retryMs).toBeGreaterThan(250);
    expect(retryMs).toBeLessThanOrEqual(500);
    expect(err.metadata.get("retry-after")).toBe("1");
    expect(err.metadata.get("ratelimit-remaining")).toBe("0");
    await new Promise((r) => setTimeout(r, retryMs + 20));
    await expect(limits.consume("steady")).resolves.toMatchObject({ remaining: 0 });
  });

  it("keeps a bucket as a hash of tokens and the Redis server's time, expiring when it would be full", async () => {
    const client = await readyClient(server.port);
    clients.push(client);
    const limits = new RateLimits({ store: { redis: client }, perIdentity: { callsPerSecond: 1, burst: 4 } });
    await limits.consume("stored");
    await limits.consume("stored");
    const key = "dbx:ratelimit:identity:4@1/s:stored";
    const [seconds, micros] = await client.time();
    const level = await client.hgetall(key);
    expect(Number(level.tokens)).toBeGreaterThan(1.9);
    expect(Number(level.tokens)).toBeLessThan(2.1);
    const serverMs = Number(seconds) * 1000 + Number(micros) / 1000;
    expect(serverMs - Number(level.at)).toBeGreaterThanOrEqual(0);
    expect(serverMs - Number(level.at)).toBeLessThan(1_000);
    const ttl = await client.pttl(key);
    expect(ttl).toBeGreaterThan(1_000);
    expect(ttl).toBeLessThanOrEqual(2_000);
  });

  it("loads its script again when Redis has forgotten it (NOSCRIPT)", async () => {
    const client = await readyClient(server.port);
    clients.push(client);
    const log = recordingLog();
    const limits = new RateLimits({ store: { redis: client }, perIdentity: { callsPerSecond: 1, burst: 2 }, log });
    await limits.consume("flushed");
    await client.script("FLUSH");
    await expect(limits.consume("flushed")).resolves.toMatchObject({ remaining: 0 });
    expect(await client.exists("dbx:ratelimit:identity:2@1/s:flushed")).toBe(1);
    expect(log.lines).toEqual([]);
  });

  it("connects to a URL of its own, counts there once ready, and closes it", async () => {
    const log = recordingLog();
    const limits = new RateLimits({ store: { redis: server.url }, perIdentity: { callsPerSecond: 1, burst: 5 }, log });
    await limits.ready();
    await limits.consume("url-alice");
    const probe = await readyClient(server.port);
    clients.push(probe);
    expect(await probe.exists("dbx:ratelimit:identity:5@1/s:url-alice")).toBe(1);
    expect(log.lines).toEqual([]);
    await limits.close();
  });

  it("ready gives up after its timeout on a Redis that is not there, and counts locally", async () => {
    const log = recordingLog();
    const limits = new RateLimits({ store: { redis: "redis://127.0.0.1:1" }, perIdentity: { callsPerSecond: 1, burst: 1 }, log });
    const started = performance.now();
    await limits.ready(200);
    expect(performance.now() - started).toBeLessThan(1_000);
    await limits.consume("nowhere");
    await refusal(limits.consume("nowhere"));
    expect(log.lines[0]).toBe("warn: rate limits: Redis does not answer; each DBX instance counts on its own until it does");
    await limits.close();
  });

  it("counts in this process while Redis is down, logs it once, and shares again when it is back", async () => {
    const client = await readyClient(server.port);
    clients.push(client);
    const log = recordingLog();
    const limits = new RateLimits({ store: { redis: client }, perIdentity: { callsPerSecond: 1, burst: 3 }, log });
    await limits.consume("outage");
    await server.kill();
    await new Promise((r) => setTimeout(r, 100));
    const started = performance.now();
    // Two more calls pass on the local count, the third is refused: the limit still holds.
    await limits.consume("outage-local");
    await limits.consume("outage-local");
    await limits.consume("outage-local");
    await refusal(limits.consume("outage-local"));
    expect(performance.now() - started).toBeLessThan(500);
    expect(log.lines).toEqual(["warn: rate limits: Redis does not answer; each DBX instance counts on its own until it does"]);
    await server.restart();
    const deadline = Date.now() + 5_000;
    while (client.status !== "ready") {
      if (Date.now() > deadline) throw new Error("the client did not reconnect");
      await new Promise((r) => setTimeout(r, 20));
    }
    // A probe a second asks Redis again.
    const probeDeadline = Date.now() + 5_000;
    while (log.lines.length < 2) {
      if (Date.now() > probeDeadline) throw new Error("no call asked Redis again");
      await limits.consume("after").catch(() => undefined);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(log.lines[1]).toBe("info: rate limits: Redis answers again; instances share their counts");
    await limits.consume("shared-again");
    expect(await client.exists("dbx:ratelimit:identity:3@1/s:shared-again")).toBe(1);
  });

  it("waits at most redisTimeoutMs for a Redis that does not answer", async () => {
    const client = await readyClient(server.port);
    const blocker = await readyClient(server.port);
    clients.push(client, blocker);
    const log = recordingLog();
    const limits = new RateLimits({ store: { redis: client }, perIdentity: { callsPerSecond: 1, burst: 2 }, redisTimeoutMs: 50, log });
    // Redis runs one command at a time: while it sleeps, the connection is up and nothing answers.
    const sleeping = blocker.call("DEBUG", "SLEEP", "0.5");
    const started = performance.now();
    await limits.consume("slow");
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(45);
    expect(elapsed).toBeLessThan(400);
    expect(log.lines).toEqual(["warn: rate limits: Redis does not answer; each DBX instance counts on its own until it does"]);
    // Until the next probe, calls do not wait for Redis at all.
    const next = performance.now();
    await limits.consume("slow");
    expect(performance.now() - next).toBeLessThan(20);
    await sleeping;
  });
});
