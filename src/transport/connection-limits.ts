import type { Socket } from "node:net";

/** The most connections open at once, in total and from one client address. */
export interface ConnectionLimitOptions {
  maxConnections: number;
  maxConnectionsPerAddress: number;
}

/**
 * Counts connections from accept to close and tells which ones are over
 * the limits. Counted per process: with `server.workers`, per worker.
 */
export class ConnectionLimits {
  readonly #byAddress = new Map<string, number>();
  #open = 0;

  constructor(private readonly options: ConnectionLimitOptions) {}

  /** Counts `socket` until it closes and answers true, or answers false (and counts nothing) when it is over a limit. */
  admit(socket: Socket): boolean {
    const address = socket.remoteAddress;
    // No address: the client is already gone.
    if (address === undefined) return false;
    const fromAddress = this.#byAddress.get(address) ?? 0;
    if (this.#open >= this.options.maxConnections || fromAddress >= this.options.maxConnectionsPerAddress) return false;
    this.#open++;
    this.#byAddress.set(address, fromAddress + 1);
    socket.once("close", () => {
      this.#open--;
      const left = this.#byAddress.get(address)! - 1;
      if (left === 0) this.#byAddress.delete(address);
      else this.#byAddress.set(address, left);
    });
    return true;
  }
}
