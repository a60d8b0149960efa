import { tooManyRows } from "../limits/too-many-rows.js";

/**
 * A bounded queue between a producer that must not wait (a Redis
 * subscriber, PostgreSQL's LISTEN connection) and one client stream. A client that falls `capacity` events
 * behind is ended with RESOURCE_EXHAUSTED (TOO_MANY_ROWS) rather than
 * buffered without bound.
 */
export class EventQueue<T> implements AsyncIterable<T> {
  readonly #items: T[] = [];
  #wake: (() => void) | undefined;
  #error: unknown;
  #ended = false;

  constructor(private readonly capacity: number) {}

  push(item: T): void {
    if (this.#ended) return;
    if (this.#items.length >= this.capacity) {
      this.fail(tooManyRows({ what: "the backlog of events this stream's client has not read", limit: this.capacity }));
      return;
    }
    this.#items.push(item);
    this.#notify();
  }

  /** Ends the stream with an error after the events already queued. */
  fail(error: unknown): void {
    if (this.#ended) return;
    this.#error = error;
    this.#ended = true;
    this.#notify();
  }

  /** Ends the stream after the events already queued. */
  end(): void {
    this.#ended = true;
    this.#notify();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      const item = this.#items.shift();
      if (item !== undefined) {
        yield item;
        continue;
      }
      if (this.#ended) {
        if (this.#error !== undefined) throw this.#error;
        return;
      }
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}

/**
 * A registration's events as a client stream: `ready` once it is in place,
 * then what the queue receives. The registration is removed when the call
 * ends (its signal aborts), even if the stream is never read again, and when
 * the stream ends; `remove` must be safe to call twice.
 */
export async function* registeredEvents<T>(signal: AbortSignal, queue: EventQueue<T>, remove: () => void): AsyncGenerator<T | { type: "ready" }> {
  const onAbort = (): void => {
    queue.end();
    remove();
  };
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    if (signal.aborted) return;
    yield { type: "ready" };
    yield* queue;
  } finally {
    signal.removeEventListener("abort", onAbort);
    remove();
  }
}
