/**
 * The keys of a key-value store (Redis) that one call touches, as far as DBX
 * can tell before running it, without the backend's key prefix, as the
 * client names them. Authorization rules with `keys` patterns decide on it.
 *
 * - `keys`: exactly these keys; an empty list is a call that touches none
 *   (PING, INFO).
 * - `prefix`: every key that starts with `prefix` (a collection of the
 *   universal services on Redis: `<collection>:`).
 * - `any`: DBX cannot tell (a command line, a script, SCAN, FLUSHDB,
 *   Pub/Sub): possibly every key.
 */
export type KeyScope =
  | { readonly kind: "keys"; readonly keys: readonly Uint8Array[] }
  | { readonly kind: "prefix"; readonly prefix: string }
  | { readonly kind: "any" };

export const ANY_KEY: KeyScope = { kind: "any" };
export const NO_KEY: KeyScope = { kind: "keys", keys: [] };
