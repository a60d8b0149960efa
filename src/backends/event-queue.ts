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
