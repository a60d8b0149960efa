import type { ChangeEvent } from "../../gen/ts/dbx/v1/stream_pb.js";
import { tooManyRows } from "../limits/too-many-rows.js";
import type { WatchEvent } from "./backend.js";

/**
 * One Watch stream's bounded queue of changes, whatever captures them
 * (SQLite's in-process bus, PostgreSQL's change feed). A watcher that falls
 * `capacity` events behind ends with RESOURCE_EXHAUSTED rather than holding
 * an unbounded backlog.
 */
export class ChangeWatcher {
  readonly #events: ChangeEvent[] = [];
  #failure: unknown;
  #ended = false;
  #wake: (() => void) | undefined;

  constructor(
    private readonly capacity: number,
    /** The namespace the watch named: its events' targets say the same. */
    private readonly namespace: string,
    /** Whether the watch asked for rows before each change. */
    readonly includeBefore: boolean,
  ) {}

  get ended(): boolean {
    return this.#ended;
  }

  push(captured: ChangeEvent): void {
    if (this.#ended) return;
    let event = captured;
    if (this.namespace) event = { ...event, target: { ...event.target!, namespace: this.namespace } };
    if (!this.includeBefore && event.before) event = { ...event, before: undefined };
    if (this.#events.length >= this.capacity) {
      this.fail(
        tooManyRows({
          what: "the backlog of changes this watcher has not read (it fell behind: watch again and re-read what you need)",
          limit: this.capacity,
        }),
      );
      return;
    }
    this.#events.push(event);
    this.#notify();
  }

  /** Ends the stream with `error` once the events queued before it are read. */
  fail(error: unknown): void {
    if (this.#ended) return;
    this.#failure = error;
    this.end();
  }

  end(): void {
    this.#ended = true;
    this.#notify();
  }

  /**
   * The stream: `ready`, then the queued changes until the watcher ends or
   * `signal` aborts. `leave` runs once however it ends (the consumer stops,
   * the signal aborts, the watcher ends or fails), even when the stream is
   * never read: the abort listener is in place when this returns.
   */
  events(signal: AbortSignal, leave: () => void): AsyncGenerator<WatchEvent> {
    let left = false;
    const once = (): void => {
      this.end();
      if (!left) (left = true), leave();
    };
    signal.addEventListener("abort", once, { once: true });
    if (signal.aborted) once();
    const stream = async function* (this: ChangeWatcher): AsyncGenerator<WatchEvent> {
      try {
        yield { type: "ready" };
        for (;;) {
          const event = this.#events.shift();
          if (event) {
            yield { type: "change", change: event };
            continue;
          }
          if (this.#ended) {
            if (this.#failure !== undefined) throw this.#failure;
            return;
          }
          await new Promise<void>((resolve) => (this.#wake = resolve));
        }
      } finally {
        signal.removeEventListener("abort", once);
        once();
      }
    };
    return stream.call(this);
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
