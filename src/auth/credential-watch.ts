import type { ConnectError } from "@connectrpc/connect";
import type { CallerIdentity } from "../backends/operation-context.js";
import { unauthenticated } from "../errors/dbx-error.js";

/** Ends a stream when its credential stops being valid; `stop` when the stream ended first. */
export interface CredentialEnd {
  /** Resolves with the error to end the stream with. */
  readonly ended: Promise<ConnectError>;
  stop(): void;
}

/** How an expired credential is named in the error that ends its stream, by how the caller authenticated. */
const EXPIRING: Partial<Record<CallerIdentity["via"], readonly [what: string, scheme: "bearer" | "api_key" | "client_certificate"]>> = {
  jwt: ["token", "bearer"],
  api_key: ["API key", "api_key"],
  client_certificate: ["client certificate", "client_certificate"],
};

/** What tells of revoked API keys (ApiKeyStore.onRevoked). */
export interface RevocationSource {
  onRevoked(listener: (id: string) => void): () => void;
}

/**
 * Streams outlive the check made when they opened: this ends each one with
 * UNAUTHENTICATED when its token expires or its API key is revoked (by this
 * process or another sharing the key store).
 */
export class CredentialWatch {
  readonly #byKey = new Map<string, Set<(error: ConnectError) => void>>();

  constructor(revocations: RevocationSource | undefined) {
    revocations?.onRevoked((id) => {
      const listeners = this.#byKey.get(id);
      if (!listeners) return;
      const error = unauthenticated("the API key was revoked while the stream ran", "api_key");
      for (const end of [...listeners]) end(error);
    });
  }

  /** Watches the credential of a stream's caller; undefined when nothing can end it (no expiry, not an API key). */
  watch(identity: CallerIdentity): CredentialEnd | undefined {
    const byKey = identity.via === "api_key";
    if (identity.expiresAtMs === undefined && !byKey) return undefined;
    let end!: (error: ConnectError) => void;
    const ended = new Promise<ConnectError>((resolve) => (end = resolve));
    let timer: NodeJS.Timeout | undefined;
    if (identity.expiresAtMs !== undefined) {
      const [what, scheme] = EXPIRING[identity.via] ?? EXPIRING.jwt!;
      // setTimeout fires early past 2^31-1 ms: a far expiry is checked again when it fires.
      const arm = () => {
        const left = identity.expiresAtMs! - Date.now();
        if (left <= 0) return end(unauthenticated(`the ${what} expired while the stream ran`, scheme));
        timer = setTimeout(arm, Math.min(left, 2 ** 31 - 1));
        timer.unref();
      };
      arm();
    }
    const listeners = byKey ? (this.#byKey.get(identity.subject) ?? new Set()) : undefined;
    if (listeners) {
      listeners.add(end);
      this.#byKey.set(identity.subject, listeners);
    }
    return {
      ended,
      stop: () => {
        clearTimeout(timer);
        if (!listeners) return;
        listeners.delete(end);
        if (listeners.size === 0) this.#byKey.delete(identity.subject);
      },
    };
  }
}
