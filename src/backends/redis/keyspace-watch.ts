import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { ConnectError } from "@connectrpc/connect";
import { timestampNow } from "@bufbuild/protobuf/wkt";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { ChangeEventSchema, ChangeType } from "../../../gen/ts/dbx/v1/stream_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import type { WatchEvent } from "../backend.js";
import type { RedisClient } from "./connections.js";
import { EventQueue } from "../event-queue.js";
import { escapeGlob } from "./key-scanner.js";
import { decodeHash } from "./record-codec.js";
import { collectionPrefix, decodeKeySuffix } from "./record-key.js";
import { isReplyError, toDbxError } from "./redis-errors.js";
import { send } from "./replies.js";
import { ReplyTimeoutError } from "./reply-timeout.js";
import type { SubscriberHub, HubListener } from "./subscriber-hub.js";

/** The notify-keyspace-events flags Watch needs: keyspace channel, generic, hash, expired, evicted. */
const NEEDED_FLAGS = "Kghxe";
/** Keyspace events that remove a record. */
const DELETE_EVENTS = new Set(["del", "expired", "evicted", "rename_from"]);
/** How many events a client stream may fall behind before it is ended. */
const QUEUE_CAPACITY = 10_000;

export interface KeyspaceWatchOptions {
  readonly backend: string;
  readonly db: number;
  readonly keyPrefix: string;
  /** Whether DBX may CONFIG SET notify-keyspace-events. */
  readonly mayConfigure: boolean;
  /** Reads records after events. */
  readonly reader: RedisClient;
  /** commandTimeoutMs: how long a read or CONFIG waits for its reply. */
  readonly replyTimeoutMs: number;
  /** The hubs whose servers emit the notifications: one, or one per cluster master. */
  readonly hubs: () => NotificationSource[];
}

/** A server that emits keyspace notifications and the hub that listens to it. */
export interface NotificationSource {
  readonly address: string;
  readonly hub: SubscriberHub;
  readonly server: RedisClient;
}

/** The client streams of one collection and the single subscription they share. */
interface Group {
  readonly streams: Set<EventQueue<WatchEvent>>;
  /** The subscription's pattern and what it does with notifications. */
  readonly listener: { hub: HubListener; pattern: Buffer };
  /** Addresses of the servers it listens to. */
  readonly sources: Set<string>;
  /** Stops listening to each of them. */
  remove: (() => void)[];
  /** Set when its last stream has left: subscriptions still on their way are dropped. */
  closed: boolean;
  ready: Promise<void>;
  /** Changes are reported one at a time, in the order Redis sent their events. */
  chain: Promise<void>;
}

/**
 * Watch on Redis: keyspace notifications (`__keyspace@<db>__:<prefix><collection>:*`)
 * through the shared subscriber hub, one Redis subscription per collection
 * however many client streams watch it, fanned out in DBX.
 *
 * Every DBX write bumps the record's version field (HINCRBY), so its
 * "hincrby" event marks a write: the record is read then (the state at read
 * time, which may already include later writes) and reported as an insert
 * when its version is 1, an update otherwise. "del", "expired", "evicted"
 * and "rename_from" report deletes, whoever made them. Writes by other Redis
 * clients that do not touch the version field are not reported.
 */
export class KeyspaceWatch {
  readonly #groups = new Map<string, Group>();

  constructor(private readonly options: KeyspaceWatchOptions) {}

  async *watch(signal: AbortSignal, collection: string): AsyncIterable<WatchEvent> {
    const queue = new EventQueue<WatchEvent>(QUEUE_CAPACITY);
    const group = this.#join(collection, queue);
    // The stream leaves when the call ends, even if this generator is never resumed to reach `finally`
    // (connect-node stops pulling from a stream whose client went away without returning it).
    const onAbort = (): void => {
      queue.end();
      this.#leave(collection, queue);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    try {
      await group.ready;
      yield { type: "ready" };
      for await (const event of queue) yield event;
    } finally {
      signal.removeEventListener("abort", onAbort);
      this.#leave(collection, queue);
    }
  }

  /**
   * Listens to the masters a cluster gained (resharding, failover) for every
   * collection watched. Events on those masters before this call are not seen.
   */
  followSources(): void {
    for (const group of this.#groups.values()) {
      group.ready = group.ready.then(() => this.#listen(group)).catch((err: unknown) => this.#fail(group, err));
    }
  }

  /** Collections watched and client streams, for stats and tests. */
  get counts(): { collections: number; streams: number } {
    let streams = 0;
    for (const g of this.#groups.values()) streams += g.streams.size;
    return { collections: this.#groups.size, streams };
  }

  #join(collection: string, queue: EventQueue<WatchEvent>): Group {
    let group = this.#groups.get(collection);
    if (!group) {
      const created: Group = {
        streams: new Set(),
        sources: new Set(),
        remove: [],
        listener: this.#listener(collection, () => created),
        closed: false,
        ready: Promise.resolve(),
        chain: Promise.resolve(),
      };
      created.ready = this.#listen(created);
      created.ready.catch(() => undefined);
      this.#groups.set(collection, created);
      group = created;
    }
    group.streams.add(queue);
    return group;
  }

  #leave(collection: string, queue: EventQueue<WatchEvent>): void {
    const group = this.#groups.get(collection);
    if (!group || !group.streams.delete(queue) || group.streams.size > 0) return;
    this.#groups.delete(collection);
    group.closed = true;
    for (const remove of group.remove) remove();
  }

  #listener(collection: string, groupOf: () => Group): { hub: HubListener; pattern: Buffer } {
    const { db, keyPrefix } = this.options;
    const channelPrefix = Buffer.concat([Buffer.from(`__keyspace@${db}__:${keyPrefix}`), collectionPrefix(collection)]);
    const hub: HubListener = {
      message: (channel, _pattern, payload) => {
        const group = groupOf();
        const suffix = channel.subarray(channelPrefix.length);
        const event = payload.toString("latin1");
        // The record is read now, before the writer's next command can change it
        // (waiting for earlier reads first let a quick delete hide the writes before it);
        // changes are still reported in the order Redis sent the events.
        const change = this.#changeOf(collection, suffix, event);
        change.catch(() => undefined);
        group.chain = group.chain
          .then(() => change)
          .then((c) => c && this.#emit(group, c))
          .catch((err: unknown) => this.#fail(group, err));
      },
      fail: (err) => this.#fail(groupOf(), err),
    };
    return { hub, pattern: Buffer.concat([escapeGlob(channelPrefix), Buffer.from("*")]) };
  }

  /** Subscribes the group on every source it does not listen to yet. */
  async #listen(group: Group): Promise<void> {
    for (const { address, hub, server } of this.options.hubs()) {
      if (group.closed || group.sources.has(address)) continue;
      group.sources.add(address);
      await this.#ensureNotifications(server).catch((err: unknown) => {
        throw toDbxError(err, this.options.backend);
      });
      const remove = await hub.add(group.listener.hub, [], [group.listener.pattern]);
      if (group.closed) remove();
      else group.remove.push(remove);
    }
  }

  /** The change an event reports, if any. */
  async #changeOf(collection: string, suffix: Buffer, event: string): Promise<MessageInitShape<typeof ChangeEventSchema> | undefined> {
    const key = decodeKeySuffix(suffix);
    if (!key) return undefined;
    if (DELETE_EVENTS.has(event)) return { type: ChangeType.DELETE, target: { collection }, key };
    if (event !== "hincrby") return undefined;
    const fullKey = Buffer.concat([collectionPrefix(collection), suffix]);
    let stored;
    try {
      stored = decodeHash(await send(this.options.reader, "HGETALL", [fullKey], this.options.replyTimeoutMs), fullKey);
    } catch (err) {
      // A key that is not a hash DBX wrote is not a record of the collection; anything else ends the streams.
      if (err instanceof ConnectError || isReplyError(err)) return undefined;
      throw err;
    }
    // Deleted since: the delete's own notification reports it.
    if (!stored) return undefined;
    // One event per write, even when a later write is already visible in the record read.
    return { type: stored.version === 1n ? ChangeType.INSERT : ChangeType.UPDATE, target: { collection }, key, record: stored.record };
  }

  #emit(group: Group, change: MessageInitShape<typeof ChangeEventSchema>): void {
    const event: WatchEvent = { type: "change", change: create(ChangeEventSchema, { ...change, time: timestampNow() }) };
    for (const q of group.streams) q.push(event);
  }

  #fail(group: Group, err: unknown): void {
    const error = toDbxError(err, this.options.backend);
    for (const q of group.streams) q.fail(error);
  }

  /** Checks notify-keyspace-events, adding the missing flags when DBX is allowed to. */
  async #ensureNotifications(server: RedisClient): Promise<void> {
    const { backend, mayConfigure, replyTimeoutMs } = this.options;
    const reply = (await send(server, "CONFIG", ["GET", "notify-keyspace-events"], replyTimeoutMs).catch((err: unknown) => {
      // A server that does not answer in time cannot be watched either; one that refuses CONFIG can.
      if (err instanceof ReplyTimeoutError) throw err;
      return undefined;
    })) as Buffer[] | undefined;
    // Managed services often block CONFIG and set the parameter in their console: trust it then (documented).
    if (reply === undefined) return;
    const current = reply[1]?.toString() ?? "";
    if (hasFlags(current)) return;
    if (mayConfigure) {
      const wanted = mergeFlags(current);
      const done = await send(server, "CONFIG", ["SET", "notify-keyspace-events", wanted], replyTimeoutMs).then(
        () => true,
        () => false,
      );
      if (done) return;
    }
    throw dbxError(
      ErrorReason.DISABLED,
      `Watch on backend "${backend}" needs Redis keyspace notifications: set notify-keyspace-events to include "${NEEDED_FLAGS}"` +
        (mayConfigure ? " (DBX could not set it: CONFIG SET was refused)" : " (enableKeyspaceNotifications is off)"),
      { backend, setting: "notify-keyspace-events" },
    );
  }
}

function hasFlags(flags: string): boolean {
  const all = flags.includes("A") ? flags + "g$lshzxetd" : flags;
  return [...NEEDED_FLAGS].every((f) => all.includes(f));
}

function mergeFlags(flags: string): string {
  let out = flags;
  for (const f of NEEDED_FLAGS) if (!out.includes(f) && !(f !== "K" && out.includes("A"))) out += f;
  return out;
}
