import { ChangeType, type ChangeEvent } from "../../../gen/ts/dbx/v1/stream_pb.js";
import type { WatchEvent } from "../backend.js";
import { ChangeWatcher } from "../change-watcher.js";

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
  readonly #watchers = new Map<string, Set<ChangeWatcher>>();

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
    const watcher = new ChangeWatcher(this.capacity, namespace, includeBefore);
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
      if (!set.delete(watcher)) return;
      if (this.#watchers.get(collection) !== set) return;
      if (set.size === 0) {
        this.#watchers.delete(collection);
        this.capture.stop(collection);
      } else if (watcher.includeBefore && !hasBeforeWatcher(set)) {
        this.capture.setBeforeImages(collection, false);
      }
    };
    return watcher.events(signal, leave);
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

function hasBeforeWatcher(watchers: ReadonlySet<ChangeWatcher>): boolean {
  for (const w of watchers) if (w.includeBefore) return true;
  return false;
}
