/** Thrown into a producer whose consumer stopped reading. */
export class ConsumerStopped extends Error {
  constructor() {
    super("the consumer stopped reading");
  }
}

/**
 * Yields what `produce` emits, one item at a time: `emit` resolves once the
 * consumer asks for the next item (backpressure: nothing is read ahead), and
 * rejects with ConsumerStopped once the consumer stopped, so the producer
 * unwinds through its own cleanup (a cursor closed, a transaction ended).
 * The producer is stopped the same way when `signal` aborts. However the
 * consumer ends, the generator returns only after the producer has finished.
 */
export async function* handOff<T>(signal: AbortSignal, produce: (emit: (item: T) => Promise<void>) => Promise<void>): AsyncGenerator<T> {
  let slot: { item: T } | undefined;
  let resumeProducer: ((stop: boolean) => void) | undefined;
  let wakeConsumer: (() => void) | undefined;
  let stopped = false;
  let outcome: { failed: false } | { failed: true; error: unknown } | undefined;
  const wake = () => {
    const w = wakeConsumer;
    wakeConsumer = undefined;
    w?.();
  };
  const emit = (item: T) =>
    new Promise<void>((resolve, reject) => {
      if (stopped) return reject(new ConsumerStopped());
      slot = { item };
      resumeProducer = (stop) => (stop ? reject(new ConsumerStopped()) : resolve());
      wake();
    });
  const running = produce(emit).then(
    () => {
      outcome = { failed: false };
      wake();
    },
    (error: unknown) => {
      outcome = { failed: true, error };
      wake();
    },
  );
  const resume = (stop: boolean) => {
    const r = resumeProducer;
    resumeProducer = undefined;
    r?.(stop);
  };
  // A caller that left (a cancelled call) may never ask for the next item nor
  // end the generator: its producer stops all the same.
  const onAbort = () => {
    stopped = true;
    resume(true);
  };
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    for (;;) {
      if (!slot && !outcome) await new Promise<void>((resolve) => (wakeConsumer = resolve));
      if (slot) {
        const { item } = slot;
        slot = undefined;
        yield item;
        resume(false);
        continue;
      }
      if (outcome?.failed) throw outcome.error;
      return;
    }
  } finally {
    signal.removeEventListener("abort", onAbort);
    stopped = true;
    resume(true);
    await running;
  }
}
