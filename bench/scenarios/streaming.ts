import { setMaxListeners } from "node:events";
import { createClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { MongoService } from "../../gen/ts/dbx/mongodb/v1/mongodb_pb.js";
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
  const client = createClient(QueryService, createGrpcTransport({ baseUrl: urlOf(dbx) }));
  return measureStream(dbx, `Stream ${formatInt(expectedRows)} rows (FindStream, ${backend})`, "rows", expectedRows, async function* () {
    for await (const response of client.findStream({ target: { collection: STREAM_TABLE } })) yield response.records.length;
  });
}

/** An aggregation that passes every document through: what DBX streams is the collection as stored. */
const MATCH_ALL = [{ encoding: { case: "extendedJson" as const, value: '{"$match": {}}' } }];

/**
 * Streams every document of the prefilled collection in `database` through
 * MongoService.AggregateStream (gRPC over h2c, the default batch size and
 * encoding, canonical Extended JSON), measured as streamRows measures
 * FindStream.
 */
export async function streamDocuments(dbx: ServerProcess, database: string, expectedDocuments: number): Promise<Row> {
  const client = createClient(MongoService, createGrpcTransport({ baseUrl: urlOf(dbx) }));
  return measureStream(dbx, `Stream ${formatInt(expectedDocuments)} documents (AggregateStream, MongoDB)`, "documents", expectedDocuments, async function* () {
    for await (const response of client.aggregateStream({ target: { namespace: database, collection: STREAM_TABLE }, pipeline: MATCH_ALL })) yield response.documents.length;
  });
}

/**
 * Runs one stream, `read` yielding how many items each message carried, and
 * reports items/s and the server's RSS growth: its peak, sampled while the
 * stream runs, over its level before. The growth goes in the note, where
 * rssGrowthMb reads it back for the targets.
 */
async function measureStream(dbx: ServerProcess, benchmark: string, items: string, expected: number, read: () => AsyncIterable<number>): Promise<Row> {
  const base = { benchmark, server: DBX, protocol: "gRPC h2c · connect-node client", connections: 1 };
  const rssBefore = rssBytes(dbx.pid);
  const sampler = new RssSampler(dbx.pid, 20);
  let count = 0;
  const start = performance.now();
  try {
    for await (const n of read()) count += n;
  } catch (err) {
    sampler.stop();
    return { ...base, result: "n/a", note: errorText(err), failure: errorText(err) };
  }
  const seconds = (performance.now() - start) / 1000;
  const peak = sampler.stop();
  const growthMb = (peak - rssBefore) / MB;
  const note = [`RSS growth ${growthMb.toFixed(1)} MB (${(rssBefore / MB).toFixed(0)} → ${(peak / MB).toFixed(0)} MB)`];
  // A stream that lost or repeated items is broken, however fast it was.
  const failure = count === expected ? undefined : `got ${formatInt(count)} ${items}, expected ${formatInt(expected)}`;
  if (failure) note.push(failure);
  return { ...base, result: `${formatInt(count / seconds)} ${items}/s`, rssMb: peak / MB, note: note.join("; "), failure };
}

/** What a stream row measured, read back for the targets. */
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
