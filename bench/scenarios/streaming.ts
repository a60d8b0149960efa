import { setMaxListeners } from "node:events";
import { createClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { StreamService } from "../../gen/ts/dbx/v1/stream_pb.js";
import { errorText, formatInt, type Row } from "../harness.js";
import { RssSampler, rssBytes } from "../proc-stats.js";
import type { ServerProcess } from "../processes.js";
import { STREAM_TABLE } from "../requests.js";
import { percentile } from "../stats.js";
import { urlOf } from "../targets.js";
import { DBX } from "./redis.js";

const MB = 2 ** 20;

/**
 * Streams every row of the prefilled table with QueryService.FindStream
 * (gRPC over h2c) and reports rows/s and how much the server's RSS grew
 * over its level before the stream.
 */
export async function streamRows(dbx: ServerProcess, expectedRows: number, backend = "SQLite"): Promise<Row> {
  const base = { benchmark: `Stream ${formatInt(expectedRows)} rows (FindStream, ${backend})`, server: DBX, protocol: "gRPC h2c · connect-node client", connections: 1 };
  const client = createClient(QueryService, createGrpcTransport({ baseUrl: urlOf(dbx) }));
  const rssBefore = rssBytes(dbx.pid);
  const sampler = new RssSampler(dbx.pid, 20);
  let rows = 0;
  const start = performance.now();
  try {
    for await (const response of client.findStream({ target: { collection: STREAM_TABLE } })) rows += response.records.length;
  } catch (err) {
    sampler.stop();
    return { ...base, result: "n/a", note: errorText(err), failure: errorText(err) };
  }
  const seconds = (performance.now() - start) / 1000;
  const peak = sampler.stop();
  const growthMb = (peak - rssBefore) / MB;
  const note = [`RSS growth ${growthMb.toFixed(1)} MB (${(rssBefore / MB).toFixed(0)} → ${(peak / MB).toFixed(0)} MB)`];
  // A stream that lost or repeated rows is broken, however fast it was.
  const failure = rows === expectedRows ? undefined : `got ${formatInt(rows)} rows, expected ${formatInt(expectedRows)}`;
  if (failure) note.push(failure);
  return { ...base, result: `${formatInt(rows / seconds)} rows/s`, rssMb: peak / MB, note: note.join("; "), failure };
}

/** What streamRows measured, read back for the targets. */
export function rssGrowthMb(row: Row): number | undefined {
  const match = /RSS growth ([\d.-]+) MB/.exec(row.note ?? "");
  return match ? Number(match[1]) : undefined;
}

/**
 * The streams one connection carries: DBX's default `server.maxConcurrentStreams`.
 * A gRPC client queues calls past it, so the subscribers are spread over as
 * many connections as a client respecting the limit would open.
 */
const STREAMS_PER_CONNECTION = 100;

/**
 * Opens `subscribers` StreamService.Subscribe streams (gRPC over h2c, at
 * most STREAMS_PER_CONNECTION per connection), waits until each is in
 * place, publishes one message on a connection of its own, and reports how
 * long it took to reach the subscribers, measured from the publish call.
 */
export async function fanOut(dbx: ServerProcess | undefined, subscribers: number, why?: string): Promise<Row> {
  const connections = Math.ceil(subscribers / STREAMS_PER_CONNECTION);
  const base = { benchmark: `Fan-out to ${formatInt(subscribers)} subscribers`, server: DBX, protocol: "gRPC h2c · connect-node client", connections };
  if (!dbx) return { ...base, result: "n/a", note: why };
  const clients = Array.from({ length: connections + 1 }, () => createClient(StreamService, createGrpcTransport({ baseUrl: urlOf(dbx) })));
  const publisher = clients.pop()!;
  const channel = "dbx-bench-fanout";
  const abort = new AbortController();
  // Every subscription listens to it.
  setMaxListeners(subscribers + 10, abort.signal);
  const ready: Promise<void>[] = [];
  const delivered: Promise<number>[] = [];
  for (let i = 0; i < subscribers; i++) {
    let onReady!: () => void;
    ready.push(new Promise((resolve) => (onReady = resolve)));
    delivered.push(
      (async () => {
        const streams = clients[Math.floor(i / STREAMS_PER_CONNECTION)];
        for await (const event of streams.subscribe({ channels: [channel] }, { signal: abort.signal })) {
          if (event.event.case === "ready") onReady();
          if (event.event.case === "message") return performance.now();
        }
        throw new Error("subscription ended without the message");
      })(),
    );
  }
  try {
    await withTimeout(Promise.all(ready), 60_000, "subscriptions not ready");
    const sampler = new RssSampler(dbx.pid, 20);
    const publishedAt = performance.now();
    await publisher.publish({ channel, payload: Buffer.from("fan-out") });
    const arrivals = await withTimeout(Promise.all(delivered), 30_000, "messages not delivered");
    const rss = sampler.stop();
    const latenciesUs = arrivals.map((t) => (t - publishedAt) * 1000);
    const p99 = percentile(latenciesUs, 99)!;
    return {
      ...base,
      result: `delivery p99 ${(p99 / 1000).toFixed(1)} ms`,
      p50Us: percentile(latenciesUs, 50),
      p99Us: p99,
      rssMb: rss / 2 ** 20,
      note: `all ${subscribers} delivered; last after ${(Math.max(...latenciesUs) / 1000).toFixed(1)} ms`,
    };
  } catch (err) {
    return { ...base, result: "n/a", note: errorText(err), failure: errorText(err) };
  } finally {
    abort.abort();
    await Promise.allSettled(delivered);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} after ${ms / 1000} s`)), ms))),
  ]);
}
