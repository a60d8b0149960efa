import { ConnectError } from "@connectrpc/connect";
import type { Call } from "./call.js";

/**
 * A piece of the call pipeline. `onStart` runs before the handler and may
 * reject the call by throwing a ConnectError (auth, rate limits); `onEnd`
 * runs once when the call ends, with its error if it failed (streams: when
 * the stream ends). Both transport paths run the same middleware in order.
 */
export interface CallMiddleware {
  readonly name: string;
  onStart?(call: Call): void | Promise<void>;
  onEnd?(call: Call, error: ConnectError | undefined): void;
}

/** The middleware around every call, in order. */
export class CallPipeline {
  readonly #starts: CallMiddleware[];
  readonly #ends: CallMiddleware[];

  constructor(readonly middleware: readonly CallMiddleware[]) {
    this.#starts = middleware.filter((m) => m.onStart);
    // Ends run innermost first, like unwinding a stack.
    this.#ends = middleware.filter((m) => m.onEnd).reverse();
  }

  /** Runs every onStart; a throw rejects the call (and still runs onEnd). */
  async start(call: Call): Promise<void> {
    for (const m of this.#starts) {
      const pending = m.onStart!(call);
      if (pending) await pending;
    }
  }

  end(call: Call, error: unknown): void {
    const connectError = error === undefined ? undefined : ConnectError.from(error);
    for (const m of this.#ends) m.onEnd!(call, connectError);
  }
}
