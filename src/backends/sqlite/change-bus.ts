import { ChangeType, type ChangeEvent } from "../../../gen/ts/dbx/v1/stream_pb.js";
import { tooManyRows } from "../../limits/too-many-rows.js";
import type { WatchEvent } from "../backend.js";

/** One watcher's bounded queue of committed changes. */
class Watcher {
  readonly events: ChangeEvent[] = [];
  failure: Error | undefined;
  ended = false;
  #wake: (() => void) | undefined;

  constructor(
    private readonly capacity: number,
    /** The namespace the watch named ("" or "main"): its events' targets say the same. */
    private readonly namespace: string,
    /** Whether the watch asked for rows before each change. */
    readonly includeBefore: boolean,
  ) {}

  push(captured: ChangeEvent): void {
    if (this.ended) return;
    let event = captured;
    if (this.namespace) event = { ...event, target: { ...event.target!, namespace: this.namespace } };
    if (!this.includeBefore && event.before) event = { ...event, before: undefined };
    if (this.events.length >= this.capacity) {
      this.failure = tooManyRows({
        what: "the backlog of changes this watcher has not read (it fell behind: watch again and re-read what you need)",
        limit: this.capacity,
      });
      this.end();
      return;
    }
    this.events.push(event);
    this.#notify();
  }

  end(): void {
    this.ended = true;
    this.#notify();
  }

  next(): Promise<void> {
    return new Promise((resolve) => (this.#wake = resolve));
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}

/** Starts and stops capturing a collection's changes (change-capture.ts). */
export interface CaptureControl {
  /** The first watcher arrives; throws when the collection cannot be watched. */
  start(collection: string): void;
  /** The last watcher left. */
  stop(collection: string): void;
  /** The first watcher asking for before-images arrived (true), or the last one left (false). */
  setBeforeImages(collection: string, wanted: boolean): void;
}

/**
 * The change feed of one SQLite backend, in process. Changes are captured
 * in SQLite by TEMP triggers on the backend's connection (change-capture.ts),
 * so every write made through DBX is seen, data calls and plain SQL
 * (SqlService, QueryService.Execute) alike; the executor publishes them here
 * once committed (see transaction.ts for interactive transactions). Writes
 * made by other processes or other connections to the same file fire no
 * TEMP trigger and are not seen; docs/backends/sqlite.md says so.
 */
export class ChangeBus {
  readonly #watchers = new Map<string, Set<Watcher>>();

  constructor(
    private readonly capacity: number,
    private readonly capture: CaptureControl,
  ) {}

  get watcherCount(): number {
    let n = 0;
    for (const set of this.#watchers.values()) n += set.size;
    return n;
  }

  /**
   * Delivers committed changes, in commit order. A DROP or RENAME of the
   * table ends its watches after they got the event.
   */
  publish(events: readonly ChangeEvent[]): void {
    for (const event of events) {
      const table = event.target?.collection ?? "";
      const set = this.#watchers.get(table);
      if (!set) continue;
      for (const watcher of set) watcher.push(event);
      if (event.type === ChangeType.DROP || event.type === ChangeType.RENAME) {
        this.#watchers.delete(table);
        for (const watcher of set) watcher.end();
        this.capture.stop(table);
      }
    }
  }

  /**
   * Watches a table (by its stored name), answering events whose target
   * names `namespace` as the watch did. The watcher and its capture are in
   * place when this returns (before the stream yields `ready`), so no change
   * committed after `ready` is missed. Ends when `signal` aborts, the
   * consumer stops, or the table is dropped or renamed.
   */
  watch(signal: AbortSignal, collection: string, namespace = "", includeBefore = false): AsyncIterable<WatchEvent> {
    const watcher = new Watcher(this.capacity, namespace, includeBefore);
    let set = this.#watchers.get(collection);
    if (!set) {
      // Capturing starts before the watcher is registered: when it fails, nothing is left behind.
      this.capture.start(collection);
      this.#watchers.set(collection, (set = new Set()));
    }
    if (includeBefore && !hasBeforeWatcher(set)) {
      try {
        this.capture.setBeforeImages(collection, true);
      } catch (err) {
        if (set.size === 0) {
          this.#watchers.delete(collection);
          this.capture.stop(collection);
        }
        throw err;
      }
    }
    set.add(watcher);
    const leave = () => {
      watcher.end();
      if (!set.delete(watcher)) return;
      if (this.#watchers.get(collection) !== set) return;
      if (set.size === 0) {
        this.#watchers.delete(collection);
        this.capture.stop(collection);
      } else if (watcher.includeBefore && !hasBeforeWatcher(set)) {
        this.capture.setBeforeImages(collection, false);
      }
    };
    signal.addEventListener("abort", leave, { once: true });
    if (signal.aborted) leave();

    async function* stream(): AsyncGenerator<WatchEvent> {
      try {
        yield { type: "ready" };
        for (;;) {
          const event = watcher.events.shift();
          if (event) {
            yield { type: "change", change: event };
            continue;
          }
          if (watcher.ended) {
            if (watcher.failure) throw watcher.failure;
            return;
          }
          await watcher.next();
        }
      } finally {
        signal.removeEventListener("abort", leave);
        leave();
      }
    }
    return stream();
  }

  /** Ends every watch (the backend closes). */
  close(): void {
    for (const [collection, set] of this.#watchers) {
      for (const w of set) w.end();
      this.capture.stop(collection);
    }
    this.#watchers.clear();
  }
}

function hasBeforeWatcher(watchers: ReadonlySet<Watcher>): boolean {
  for (const w of watchers) if (w.includeBefore) return true;
  return false;
}
