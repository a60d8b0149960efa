import type pg from "pg";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import { quoteIdentifierAnsi } from "../sql/identifier.js";
import { postgresError } from "./postgres-errors.js";

/** Receives what the hub delivers to one Listen stream. */
export interface ListenSubscriber {
  notification(channel: string, payload: string, senderPid: number): void;
  /** LISTEN is in place again after the connection was lost: notifications may have been missed. */
  gap(reason: string): void;
  /** The hub closed (the backend is closing): the stream ends with this error. */
  fail(error: unknown): void;
}

/** Reconnect delays: doubling from the first to the last, then staying there. */
const FIRST_RETRY_MS = 100;
const LAST_RETRY_MS = 5_000;

/**
 * One dedicated PostgreSQL connection for LISTEN, shared by every Listen
 * stream of a backend. A channel is LISTENed once, when its first subscriber
 * arrives, and UNLISTENed when its last one leaves; notifications fan out in
 * DBX. Commands go out on the one connection in the order the channel
 * table changes, so a LISTEN, UNLISTEN, LISTEN of the same channel lands in
 * that order.
 *
 * When the connection is lost, the hub reconnects with backoff for as long
 * as anyone listens, LISTENs every channel again, and tells each subscriber
 * that was listening before the loss that it may have missed notifications
 * (`gap`): streams resume rather than end. A subscriber that arrives while
 * the hub is reconnecting waits for the current attempt and fails with
 * UNAVAILABLE when it fails.
 */
export class ListenHub {
  readonly #channels = new Map<string, Set<ListenSubscriber>>();
  /** The connection with every channel LISTENed, or the attempt that makes it. */
  #connection: Promise<pg.Client> | undefined;
  #reconnecting = false;
  #closed = false;
  #gaps = 0;

  constructor(
    private readonly backend: string,
    /** Opens a dedicated connection (PostgresPool.connectDedicated); UNAVAILABLE when it cannot. */
    private readonly connect: () => Promise<pg.Client>,
  ) {}

  /** Subscribes to `channels`; resolves with the removal once every LISTEN is in place. */
  async add(subscriber: ListenSubscriber, channels: readonly string[]): Promise<() => void> {
    if (this.#closed) throw this.#closingError();
    const fresh: string[] = [];
    for (const channel of channels) {
      let subscribers = this.#channels.get(channel);
      if (!subscribers) {
        subscribers = new Set();
        this.#channels.set(channel, subscribers);
        fresh.push(channel);
      }
      subscribers.add(subscriber);
    }
    let removed = false;
    const remove = (): void => {
      if (removed) return;
      removed = true;
      this.#leave(subscriber, channels);
    };
    try {
      const existing = this.#connection;
      // A new connection LISTENs every channel in the table, these included.
      const client = await (existing ?? this.#open());
      if (existing) await Promise.all(fresh.map((channel) => client.query(`LISTEN ${quoteIdentifierAnsi(channel)}`)));
    } catch (err) {
      remove();
      throw postgresError(err, this.backend);
    }
    return remove;
  }

  /** Channels LISTENed right now, whether the connection is up, and the gaps signalled, for stats and tests. */
  get state(): { channels: number; connected: boolean; gaps: number } {
    return { channels: this.#channels.size, connected: this.#connection !== undefined && !this.#reconnecting, gaps: this.#gaps };
  }

  /** Ends the connection; every subscriber fails with UNAVAILABLE. */
  async close(): Promise<void> {
    this.#closed = true;
    const error = this.#closingError();
    const subscribers = new Set([...this.#channels.values()].flatMap((s) => [...s]));
    this.#channels.clear();
    for (const subscriber of subscribers) subscriber.fail(error);
    const connection = this.#connection;
    this.#connection = undefined;
    const client = await connection?.catch(() => undefined);
    await client?.end().catch(() => undefined);
  }

  #leave(subscriber: ListenSubscriber, channels: readonly string[]): void {
    for (const channel of channels) {
      const subscribers = this.#channels.get(channel);
      if (!subscribers?.delete(subscriber) || subscribers.size > 0) continue;
      this.#channels.delete(channel);
      // Best effort: a lost connection forgets its LISTENs anyway, and the next one never LISTENs this channel.
      this.#connection?.then((client) => client.query(`UNLISTEN ${quoteIdentifierAnsi(channel)}`)).catch(() => undefined);
    }
    if (this.#channels.size === 0 && !this.#reconnecting) this.#disconnect();
  }

  /** Opens the connection and LISTENs every channel in the table; one attempt, shared by every caller. */
  #open(): Promise<pg.Client> {
    const attempt = this.#attach();
    this.#connection = attempt;
    attempt.catch(() => {
      if (this.#connection === attempt && !this.#reconnecting) this.#connection = undefined;
    });
    return attempt;
  }

  async #attach(): Promise<pg.Client> {
    const client = await this.connect();
    client.on("notification", (message) => this.#deliver(message));
    let lost = false;
    const onLost = (reason: string): void => {
      if (lost) return;
      lost = true;
      client.end().catch(() => undefined);
      this.#lost(client, reason);
    };
    client.on("error", (err) => onLost(err.message));
    client.on("end", () => onLost("the connection ended"));
    try {
      // The channel table may change while this runs; LISTEN what it holds now, in one round trip.
      const channels = [...this.#channels.keys()];
      if (channels.length > 0) await client.query(channels.map((c) => `LISTEN ${quoteIdentifierAnsi(c)}`).join("; "));
    } catch (err) {
      lost = true;
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.#closed) {
      await client.end().catch(() => undefined);
      throw this.#closingError();
    }
    return client;
  }

  #deliver(message: pg.Notification): void {
    const subscribers = this.#channels.get(message.channel);
    if (!subscribers) return;
    for (const subscriber of subscribers) subscriber.notification(message.channel, message.payload ?? "", message.processId);
  }

  /** The connection was lost: reconnect while anyone listens, then tell who was listening. */
  #lost(client: pg.Client, reason: string): void {
    if (this.#closed) return;
    const current = this.#connection;
    // A connection the hub already dropped (no listeners left) ends quietly.
    if (!current) return;
    void current.then(
      (active) => {
        if (active === client) void this.#reconnect(reason);
      },
      () => undefined,
    );
  }

  async #reconnect(reason: string): Promise<void> {
    this.#reconnecting = true;
    const missed = new Set([...this.#channels.values()].flatMap((s) => [...s]));
    let delay = FIRST_RETRY_MS;
    try {
      while (!this.#closed && this.#channels.size > 0) {
        try {
          await this.#open();
          break;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, delay).unref());
          delay = Math.min(delay * 2, LAST_RETRY_MS);
        }
      }
    } finally {
      this.#reconnecting = false;
    }
    if (this.#closed) return;
    if (this.#channels.size === 0) {
      this.#disconnect();
      return;
    }
    this.#gaps++;
    const still = new Set([...this.#channels.values()].flatMap((s) => [...s]));
    for (const subscriber of missed) if (still.has(subscriber)) subscriber.gap(reason);
  }

  #disconnect(): void {
    const connection = this.#connection;
    this.#connection = undefined;
    connection?.then((client) => client.end()).catch(() => undefined);
  }

  #closingError(): unknown {
    return dbxError(ErrorReason.BACKEND_UNAVAILABLE, `backend "${this.backend}" is closing`, { backend: this.backend });
  }
}
