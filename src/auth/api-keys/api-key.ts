/** A key's own token bucket; unset on a key means its role's limit applies. */
export interface ApiKeyRateLimit {
  /** Calls per second, sustained (more than 0). */
  readonly callsPerSecond: number;
  /** Calls at once above the sustained rate; unset means callsPerSecond, rounded up. */
  readonly burst?: number;
}

/** An API key as the store keeps it, without its secret. Times are milliseconds since the epoch. */
export interface ApiKeyRecord {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly createdAtMs: number;
  /** When the current secret was made: createdAtMs until a rotation. */
  readonly rotatedAtMs: number;
  readonly expiresAtMs?: number;
  readonly revokedAtMs?: number;
  readonly rateLimit?: ApiKeyRateLimit;
}

/** Who a call made with an accepted API key acts as. */
export interface AuthenticatedKey {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  /** When the key stops working: streams it opened should end then. */
  readonly expiresAtMs?: number;
  readonly rateLimit?: ApiKeyRateLimit;
}

/** What a new key is made of. */
export interface NewApiKey {
  /** For people; letters, digits, spaces and "._-", at most 100 characters. */
  readonly name?: string;
  /** The role the key acts as; the caller checks it is configured. */
  readonly role: string;
  /** How long the key works; unset for no expiry. */
  readonly ttlMs?: number;
  readonly rateLimit?: ApiKeyRateLimit;
}

/** A key with its secret: answered once, by create and rotate. */
export interface IssuedApiKey {
  readonly key: ApiKeyRecord;
  readonly secret: string;
}

/** One page of ListApiKeys. */
export interface ApiKeyPage {
  /** The keys, by id. */
  readonly keys: readonly ApiKeyRecord[];
  /** The id to pass as `afterId` for the next page; unset on the last. */
  readonly nextAfterId?: string;
}
