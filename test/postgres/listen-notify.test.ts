import { Code } from "@connectrpc/connect";
import { request, type IncomingMessage } from "node:http";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostgresService, type ListenResponse } from "../../gen/ts/dbx/postgres/v1/postgres_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { Protocol, TestServer } from "../support/dbx-server.js";
import { startTestServer } from "../support/dbx-server.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { startPostgresServer } from "../support/postgres-server.js";
import { errorMetadata, expectError } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";

const APP = "dbx-listen-test";
const QUEUE = 20;

/** A Listen stream read one event at a time; `close()` cancels it. */
interface OpenStream {
  next(): Promise<ListenResponse>;
  /** Resolves with the error the stream ends with. */
  failure(): Promise<unknown>;
  close(): void;
}

describe("PostgresService Listen/Notify", () => {
  let db: PostgresDatabase;
  let server: TestServer;

  const listen = (protocol: Protocol, channels: string[]): OpenStream => {
    const abort = new AbortController();
    const iterator = server.client(PostgresService, protocol).listen({ channels }, { signal: abort.signal })[Symbol.asyncIterator]();
    return {
      async next() {
        const r = await iterator.next();
        if (r.done) throw new Error("the stream ended");
        return r.value;
      },
      async failure() {
        try {
          for (;;) if ((await iterator.next()).done) return undefined;
        } catch (err) {
          return err;
        }
      },
      close: () => abort.abort(),
    };
  };
  const ready = async (stream: OpenStream) => expect((await stream.next()).event.case).toBe("ready");
  const notification = async (stream: OpenStream) => {
    const event = (await stream.next()).event;
    if (event.case !== "notification") throw new Error(`expected a notification, got ${event.case}`);
    return event.value;
  };
  /** DBX's LISTEN connections: the only ones whose last statement was LISTEN or UNLISTEN. */
  const listenConnections = async () =>
    (await db.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND (query LIKE 'LISTEN %' OR query LIKE 'UNLISTEN %')", [APP])).rows.map((r) => r.pid);

  beforeAll(async () => {
    db = await createPostgresDatabase("listen");
    server = await startTestServer({ defaultBackend: "pg", backends: { pg: { url: db.url, applicationName: APP, listenQueueSize: QUEUE } } });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it.each(["connect", "grpc"] as const)("delivers NOTIFY sent through DBX and by another client, channel names as written (%s)", async (protocol) => {
    const channel = `Mixed Case "chan" ${protocol}`;
    const stream = listen(protocol, [channel]);
    try {
      await ready(stream);
      const notify = server.client(PostgresService, protocol);
      await notify.notify({ channel, payload: "héllo\nworld" });
      const first = await notification(stream);
      expect(first).toMatchObject({ channel, payload: "héllo\nworld" });
      expect(first.senderPid).toBeGreaterThan(0);

      const outside = await db.query<{ pid: number }>(`NOTIFY "${channel.replaceAll('"', '""')}", 'from psql'; SELECT pg_backend_pid() AS pid`);
      const second = await notification(stream);
      expect(second).toMatchObject({ channel, payload: "from psql" });
      expect(second.senderPid).toBe((outside as unknown as { rows: { pid: number }[] }[])[1]!.rows[0]!.pid);

      // An empty payload is a notification too.
      await notify.notify({ channel, payload: "" });
      expect(await notification(stream)).toMatchObject({ channel, payload: "" });
    } finally {
      stream.close();
    }
  });

  it("delivers a NOTIFY sent in an interactive transaction when it commits, and never after a rollback", async () => {
    const stream = listen("grpc", ["tx"]);
    try {
      await ready(stream);
      const notify = server.client(PostgresService, "grpc");
      const transactions = server.client(TransactionService, "grpc");
      const rolledBack = await transactions.begin({});
      await notify.notify({ channel: "tx", payload: "rolled back", transactionId: rolledBack.transactionId });
      await transactions.rollback({ transactionId: rolledBack.transactionId });
      const committed = await transactions.begin({});
      await notify.notify({ channel: "tx", payload: "committed", transactionId: committed.transactionId });
      // Sent after the transactional one and delivered first: that one waits for the commit.
      await notify.notify({ channel: "tx", payload: "outside" });
      expect(await notification(stream)).toMatchObject({ payload: "outside" });
      await transactions.commit({ transactionId: committed.transactionId });
      expect(await notification(stream)).toMatchObject({ payload: "committed" });
    } finally {
      stream.close();
    }
  });

  it("shares one LISTEN connection among every stream, and closes it when the last stream leaves", async () => {
    const streams = [listen("grpc", ["a", "b"]), listen("grpc", ["b"]), listen("connect", ["c"]), listen("grpc-web", ["a", "c"]), listen("grpc", ["d"])];
    try {
      await Promise.all(streams.map((s) => ready(s)));
      expect(await listenConnections()).toHaveLength(1);

      const notify = server.client(PostgresService, "grpc");
      await notify.notify({ channel: "b", payload: "to b" });
      const [first, second] = await Promise.all([notification(streams[0]!), notification(streams[1]!)]);
      expect(first).toMatchObject({ channel: "b", payload: "to b" });
      expect(second).toMatchObject({ channel: "b", payload: "to b" });
      await notify.notify({ channel: "c", payload: "to c" });
      expect(await notification(streams[2]!)).toMatchObject({ channel: "c" });
      expect(await notification(streams[3]!)).toMatchObject({ channel: "c" });
    } finally {
      for (const s of streams) s.close();
    }
    await waitFor(async () => (await listenConnections()).length === 0, { what: "the LISTEN connection to close" });
  });

  it("re-establishes the LISTEN connection after it is killed: each stream gets a gap, then notifications again", async () => {
    const streams = [listen("grpc", ["reconnect"]), listen("connect", ["reconnect", "other"])];
    try {
      await Promise.all(streams.map((s) => ready(s)));
      const [pid] = await listenConnections();
      expect(pid).toBeDefined();
      await db.query("SELECT pg_terminate_backend($1)", [pid]);

      for (const s of streams) {
        const event = (await s.next()).event;
        expect(event.case).toBe("gap");
      }
      const now = await listenConnections();
      expect(now).toHaveLength(1);
      expect(now[0]).not.toBe(pid);

      await server.client(PostgresService, "grpc").notify({ channel: "reconnect", payload: "after" });
      for (const s of streams) expect(await notification(s)).toMatchObject({ channel: "reconnect", payload: "after" });
      await db.query("NOTIFY other, 'outside after'");
      expect(await notification(streams[1]!)).toMatchObject({ channel: "other", payload: "outside after" });
    } finally {
      for (const s of streams) s.close();
    }
  });

  it("keeps streams open while PostgreSQL is down (kill -9 of the postmaster) and sends a gap once it is back", { timeout: 90_000 }, async () => {
    const own = await startPostgresServer();
    const crashing = await startTestServer({ defaultBackend: "pg", backends: { pg: { url: own.url, applicationName: APP } } });
    const abort = new AbortController();
    try {
      const events = crashing.client(PostgresService, "grpc").listen({ channels: ["crash"] }, { signal: abort.signal })[Symbol.asyncIterator]();
      expect((await events.next()).value?.event.case).toBe("ready");
      await own.kill();
      await own.restart();
      const gap = (await events.next()).value?.event;
      expect(gap?.case).toBe("gap");
      const outside = new pg.Client({ connectionString: own.url });
      await outside.connect();
      try {
        await outside.query("NOTIFY crash, 'after the restart'");
      } finally {
        await outside.end();
      }
      const event = (await events.next()).value?.event;
      expect(event?.case === "notification" && event.value.payload).toBe("after the restart");
    } finally {
      abort.abort();
      await crashing.close();
      await own.stop();
    }
  });

  it("ends a stream whose client falls too far behind with RESOURCE_EXHAUSTED, and keeps the others", async () => {
    // A raw HTTP/1.1 Connect stream whose response is paused: TCP pushes back on DBX, as a stalled browser would.
    const body = Buffer.from(JSON.stringify({ channels: ["flood"] }));
    const envelope = Buffer.concat([Buffer.from([0, 0, 0, 0, 0]), body]);
    envelope.writeUInt32BE(body.length, 1);
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = request(`${server.url}/dbx.postgres.v1.PostgresService/Listen`, { method: "POST", headers: { "content-type": "application/connect+json", "connect-protocol-version": "1" } }, resolve);
      req.on("error", reject);
      req.end(envelope);
    });
    response.pause();
    const fast = listen("grpc", ["flood"]);
    try {
      await ready(fast);
      await waitFor(async () => (await db.query("SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'LISTEN %flood%'", [APP])).rowCount === 1, { what: "both streams listening" });
      // 16 MB in bursts of half the queue, each read by `fast` before the next: far more than the queue
      // (QUEUE), the socket buffers and the client's buffers hold for the stalled stream.
      const burst = QUEUE / 2;
      for (let sent = 0; sent < 2_000; sent += burst) {
        await db.query("SELECT pg_notify('flood', repeat('x', 7990) || g) FROM generate_series($1::int, $2::int) g", [sent, sent + burst - 1]);
        for (let i = 0; i < burst; i++) await notification(fast);
      }
      response.resume();
      let text = "";
      for await (const chunk of response) text += (chunk as Buffer).toString("latin1");
      expect(text).toContain('"code":"resource_exhausted"');
      expect(text).toContain("ERROR_REASON_TOO_MANY_ROWS");
    } finally {
      fast.close();
      response.destroy();
    }
  });

  it("refuses bad requests with INVALID_ARGUMENT naming the field", async () => {
    const client = server.client(PostgresService, "connect");
    const cases: [() => Promise<unknown>, string][] = [
      [() => client.notify({ channel: "c", payload: "x".repeat(8000) }), "payload"],
      [() => client.notify({ channel: "", payload: "x" }), "channel"],
      [() => client.notify({ channel: "é".repeat(32), payload: "x" }), "channel"],
      [() => client.notify({ target: { collection: "t" }, channel: "c" }), "target.collection"],
      [() => client.notify({ target: { namespace: "public" }, channel: "c" }), "target.namespace"],
    ];
    for (const [call, field] of cases) {
      const err = await expectError(call(), Code.InvalidArgument);
      expect(errorMetadata(err).field).toBe(field);
    }
    for (const [channels, field] of [[[], "channels"], [["ok", "bad\u0001"], "channels[1]"]] as const) {
      const err = await listen("connect", [...channels]).failure();
      expect((err as { code?: Code }).code).toBe(Code.InvalidArgument);
      expect(errorMetadata(err as never).field).toBe(field);
    }
  });
});
