import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import type { RedisClient } from "./connections.js";
import { toDbxError } from "./redis-errors.js";
import { ReplyTimeoutError, withinReplyTimeout } from "./reply-timeout.js";

/** Receives what a hub subscription delivers. */
export interface HubListener {
  message(channel: Buffer, pattern: Buffer | undefined, payload: Buffer): void;
  /** The subscriber connection was lost: messages may have been missed, so the listener ends. */
  fail(error: unknown): void;
}

interface Entry {
  readonly listeners: Set<HubListener>;
  /** Settles when Redis confirmed the SUBSCRIBE/PSUBSCRIBE. */
  readonly ready: Promise<void>;
}

/**
 * One Redis subscriber connection shared by every client stream of a
 * backend: a channel or pattern is subscribed in Redis once, when its first
 * listener arrives, and unsubscribed when its last listener leaves; messages
 * fan out in DBX. If the connection drops, every listener fails with
 * UNAVAILABLE (messages sent meanwhile are lost, and a stream never
 * pretends otherwise) and the next subscription opens a new connection.
 *
 * Channels are any bytes; patterns must be UTF-8 (ioredis reports the
 * pattern of a message decoded as UTF-8). Both are keyed here by their
 * latin1 text, which maps bytes one to one.
 *
 * Redis confirms a SUBSCRIBE within commandTimeoutMs or the connection is
 * taken as lost (a frozen server): dropping it is the only way to be sure
 * that a late confirmation leaves no subscription behind in Redis.
 */
export class SubscriberHub {
  #client: RedisClient | undefined;
  readonly #channels = new Map<string, Entry>();
  readonly #patterns = new Map<string, Entry>();

  constructor(
    private readonly backend: string,
    private readonly connect: () => RedisClient,
    /** commandTimeoutMs */
    private readonly replyTimeoutMs: number,
  ) {}

  /** Subscribes a listener; resolves with its removal once Redis confirmed every subscription. */
  async add(listener: HubListener, channels: readonly Buffer[], patterns: readonly Buffer[]): Promise<() => void> {
    patterns.forEach((p, i) => {
      if (!Buffer.from(p.toString("utf8")).equals(p)) throw invalidField(`patterns[${i}]`, "a pattern must be UTF-8 text");
    });
    const client = this.#connection();
    const waits: Promise<void>[] = [];
    for (const c of channels) waits.push(this.#join(this.#channels, c, listener, () => this.#confirmed(client, "SUBSCRIBE", client.subscribe(c))));
    // ioredis types patterns as strings but sends Buffers as they are.
    for (const p of patterns) {
      waits.push(this.#join(this.#patterns, p, listener, () => this.#confirmed(client, "PSUBSCRIBE", client.psubscribe(p as unknown as string))));
    }
    const remove = (): void => {
      for (const c of channels) this.#leave(this.#channels, c, listener, () => client.unsubscribe(c));
      for (const p of patterns) this.#leave(this.#patterns, p, listener, () => client.punsubscribe(p as unknown as string));
    };
    try {
      await Promise.all(waits);
    } catch (err) {
      remove();
      throw toDbxError(err, this.backend);
    }
    return remove;
  }

  /** Channels and patterns subscribed in Redis right now, for stats and tests. */
  get subscriptions(): { channels: number; patterns: number; connected: boolean } {
    return { channels: this.#channels.size, patterns: this.#patterns.size, connected: this.#client !== undefined };
  }

  close(): void {
    this.#drop(dbxError(ErrorReason.BACKEND_UNAVAILABLE, `backend "${this.backend}" is closing`, { backend: this.backend }));
  }

  #connection(): RedisClient {
    if (this.#client) return this.#client;
    const client = this.connect();
    client.on("messageBuffer", (channel: Buffer, payload: Buffer) => {
      for (const l of this.#channels.get(channel.toString("latin1"))?.listeners ?? []) l.message(channel, undefined, payload);
    });
    // ioredis hands the pattern over decoded as UTF-8 (patterns are checked to be UTF-8 when added).
    client.on("pmessageBuffer", (pattern: string, channel: Buffer, payload: Buffer) => {
      const raw = Buffer.from(pattern);
      for (const l of this.#patterns.get(raw.toString("latin1"))?.listeners ?? []) l.message(channel, raw, payload);
    });
    // "close" follows every lost connection; a subscriber that reconnected would have missed messages.
    client.on("close", () => {
      if (this.#client !== client) return;
      this.#drop(dbxError(ErrorReason.BACKEND_UNAVAILABLE, `backend "${this.backend}": the Redis subscriber connection was lost`, { backend: this.backend }));
    });
    this.#client = client;
    return client;
  }

  /** A subscription confirmed in time; otherwise the connection is dropped and its listeners fail. */
  #confirmed(client: RedisClient, command: string, confirmation: Promise<unknown>): Promise<unknown> {
    return withinReplyTimeout(confirmation, command, this.replyTimeoutMs, () => {
      if (this.#client === client) this.#drop(toDbxError(new ReplyTimeoutError(command, this.replyTimeoutMs), this.backend));
    });
  }

  #join(map: Map<string, Entry>, name: Buffer, listener: HubListener, subscribe: () => Promise<unknown>): Promise<void> {
    const key = name.toString("latin1");
    let entry = map.get(key);
    if (!entry) {
      const ready = subscribe().then(() => undefined);
      // Failures reach the caller through `ready`; this keeps an abandoned one from being unhandled.
      ready.catch(() => undefined);
      entry = { listeners: new Set(), ready };
      map.set(key, entry);
    }
    entry.listeners.add(listener);
    return entry.ready;
  }

  #leave(map: Map<string, Entry>, name: Buffer, listener: HubListener, unsubscribe: () => Promise<unknown>): void {
    const key = name.toString("latin1");
    const entry = map.get(key);
    if (!entry || !entry.listeners.delete(listener) || entry.listeners.size > 0) return;
    map.delete(key);
    unsubscribe().catch(() => undefined);
  }

  #drop(error: unknown): void {
    const client = this.#client;
    this.#client = undefined;
    const listeners = new Set<HubListener>();
    for (const map of [this.#channels, this.#patterns]) {
      for (const e of map.values()) for (const l of e.listeners) listeners.add(l);
      map.clear();
    }
    client?.disconnect();
    for (const l of listeners) l.fail(error);
  }
}
