import type Database from "better-sqlite3";
import { LRUCache } from "lru-cache";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, invalidField, unauthenticated } from "../../errors/dbx-error.js";
import type { ApiKeyPage, ApiKeyRecord, AuthenticatedKey, IssuedApiKey, NewApiKey } from "./api-key.js";
import { hashSecret, isKeyId, newKeyId, newSecret, sameHash, secretKeyId } from "./api-key-secret.js";
import { checkGraceMs, checkKeyName, checkRateLimit, checkRole, checkTtlMs } from "./key-field-checks.js";
import type { ApiKeyStoreOptions } from "./options.js";
import { openStoreDatabase } from "./store-database.js";

interface KeyRow {
  id: string;
  name: string;
  role: string;
  secret_hash: Buffer;
  previous_hash: Buffer | null;
  previous_valid_until_ms: number | null;
  created_ms: number;
  rotated_ms: number;
  expires_ms: number | null;
  revoked_ms: number | null;
  calls_per_second: number | null;
  burst: number | null;
}

/** What authentication needs of a key, kept in memory. */
interface KnownKey {
  readonly known: true;
  readonly secretHash: Buffer;
  readonly previousHash?: Buffer;
  readonly previousValidUntilMs?: number;
  readonly revokedAtMs?: number;
  readonly identity: AuthenticatedKey;
}

/** An id with no key, remembered so that repeated bad secrets do not each cost a query. */
const UNKNOWN_KEY = Object.freeze({ known: false as const });
type CachedKey = KnownKey | typeof UNKNOWN_KEY;

/** A secret already checked against the hashes of `key`, and which of them it matched. */
interface MatchedSecret {
  readonly key: KnownKey;
  readonly current: boolean;
}

const COLUMNS =
  "id, name, role, secret_hash, previous_hash, previous_valid_until_ms, created_ms, rotated_ms, expires_ms, revoked_ms, calls_per_second, burst";

/**
 * API keys in a SQLite file of their own. Secrets are answered once (create,
 * rotate) and never stored: only their SHA-256. Authentication reads keys
 * through an in-memory cache; a timer watches `PRAGMA data_version`, which
 * changes when another connection (another worker, `dbx keys`) commits, and
 * then empties the cache and announces the revocations made elsewhere.
 */
export class ApiKeyStore {
  readonly #db: Database.Database;
  readonly #now: () => number;
  readonly #cache: LRUCache<string, CachedKey>;
  /**
   * Secrets presented before, so that a caller's next call skips hashing
   * (SHA-256 is most of what a key check costs). An entry holds the very
   * record it matched: once that record leaves #cache (rotate, revoke, a
   * change by another process), the entry no longer counts. Only secrets
   * that matched get in, so callers cannot fill it with made-up ones.
   */
  readonly #matched: LRUCache<string, MatchedSecret>;
  readonly #revokedListeners = new Set<(id: string) => void>();
  /** Revoked ids already announced: each is announced once, whichever process revoked it. */
  readonly #announced = new Set<string>();
  readonly #timer: NodeJS.Timeout;
  #dataVersion: number;
  #lastRevokeSeq: number;
  readonly #statements;

  readonly #onError: ((err: unknown) => void) | undefined;

  private constructor(db: Database.Database, options: ApiKeyStoreOptions) {
    this.#db = db;
    this.#onError = options.onChangeCheckError;
    this.#now = options.now ?? Date.now;
    this.#cache = new LRUCache({ max: options.cacheSize ?? 10_000 });
    this.#matched = new LRUCache({ max: options.cacheSize ?? 10_000 });
    this.#statements = {
      byId: db.prepare<[string], KeyRow>(`SELECT ${COLUMNS} FROM api_keys WHERE id = ?`),
      insert: db.prepare(
        `INSERT INTO api_keys (id, name, role, secret_hash, created_ms, rotated_ms, expires_ms, calls_per_second, burst)
         VALUES (@id, @name, @role, @secretHash, @now, @now, @expiresMs, @callsPerSecond, @burst)`,
      ),
      pageAll: db.prepare<[string, number], KeyRow>(`SELECT ${COLUMNS} FROM api_keys WHERE id > ? ORDER BY id LIMIT ?`),
      pageActive: db.prepare<[string, number, number], KeyRow>(
        `SELECT ${COLUMNS} FROM api_keys
         WHERE id > ? AND revoked_ms IS NULL AND (expires_ms IS NULL OR expires_ms > ?) ORDER BY id LIMIT ?`,
      ),
      revoke: db.prepare(
        `UPDATE api_keys SET revoked_ms = ?, revoke_seq = (SELECT coalesce(max(revoke_seq), 0) + 1 FROM api_keys) WHERE id = ?`,
      ),
      rotate: db.prepare(
        `UPDATE api_keys SET secret_hash = @secretHash, previous_hash = secret_hash, previous_valid_until_ms = @previousValidUntilMs,
         rotated_ms = @now WHERE id = @id`,
      ),
      revokedSince: db.prepare<[number], { id: string; revoke_seq: number }>(
        "SELECT id, revoke_seq FROM api_keys WHERE revoke_seq > ? ORDER BY revoke_seq",
      ),
      lastRevokeSeq: db.prepare<[], { seq: number }>("SELECT coalesce(max(revoke_seq), 0) AS seq FROM api_keys"),
    };
    this.#dataVersion = this.#readDataVersion();
    // Revocations before this store opened have no streams here to end.
    this.#lastRevokeSeq = this.#statements.lastRevokeSeq.get()!.seq;
    this.#timer = setInterval(() => this.#checkForChanges(), options.changeCheckIntervalMs ?? 500).unref();
  }

  /** Opens the store at `options.path`, creating the file (mode 0600) when missing. */
  static open(options: ApiKeyStoreOptions): ApiKeyStore {
    return new ApiKeyStore(openStoreDatabase(options.path), options);
  }

  /** Makes a key; the secret in the answer is the only copy there will ever be. */
  create(input: NewApiKey): IssuedApiKey {
    const name = input.name ?? "";
    checkKeyName(name);
    checkRole(input.role);
    if (input.ttlMs !== undefined) checkTtlMs(input.ttlMs);
    if (input.rateLimit !== undefined) checkRateLimit(input.rateLimit);
    const now = this.#now();
    // 64 random bits: a clash is as unlikely as guessing; the primary key would refuse it.
    const id = newKeyId();
    const secret = newSecret(id);
    this.#statements.insert.run({
      id,
      name,
      role: input.role,
      secretHash: hashSecret(secret),
      now,
      expiresMs: input.ttlMs === undefined ? null : now + input.ttlMs,
      callsPerSecond: input.rateLimit?.callsPerSecond ?? null,
      burst: input.rateLimit?.burst ?? null,
    });
    this.#cache.delete(id);
    return { key: this.#record(this.#statements.byId.get(id)!), secret };
  }

  /** Keys by id, after `afterId`; without `includeInactive`, only those neither revoked nor expired. */
  list(page: { readonly limit: number; readonly afterId?: string; readonly includeInactive?: boolean }): ApiKeyPage {
    const after = page.afterId ?? "";
    const rows = page.includeInactive
      ? this.#statements.pageAll.all(after, page.limit + 1)
      : this.#statements.pageActive.all(after, this.#now(), page.limit + 1);
    const keys = rows.slice(0, page.limit).map((row) => this.#record(row));
    return rows.length > page.limit ? { keys, nextAfterId: keys[keys.length - 1]!.id } : { keys };
  }

  /**
   * Revokes a key: authentication refuses it from now on, here at once and in
   * other processes within changeCheckIntervalMs. False when it was revoked
   * already. NOT_FOUND for an unknown id.
   */
  revoke(id: string): boolean {
    const revoked = this.#db
      .transaction(() => {
        const row = this.#row(id);
        if (row.revoked_ms !== null) return false;
        this.#statements.revoke.run(this.#now(), id);
        return true;
      })
      .immediate();
    this.#cache.delete(id);
    if (revoked) this.#announceRevoked(id);
    return revoked;
  }

  /**
   * Gives a key a new secret, keeping its id, role, expiry and limits; the old
   * secret keeps working for `graceMs` (at most a day). NOT_FOUND for an
   * unknown, revoked or expired key: only a working key is rotated.
   */
  rotate(id: string, graceMs = 0): IssuedApiKey {
    checkGraceMs(graceMs);
    const secret = newSecret(id);
    const row = this.#db
      .transaction(() => {
        const now = this.#now();
        const current = this.#row(id);
        if (current.revoked_ms !== null) throw notFound(id, "was revoked: make a new key instead");
        if (current.expires_ms !== null && current.expires_ms <= now) throw notFound(id, "expired: make a new key instead");
        this.#statements.rotate.run({ id, secretHash: hashSecret(secret), previousValidUntilMs: now + graceMs, now });
        return this.#statements.byId.get(id)!;
      })
      .immediate();
    this.#cache.delete(id);
    return { key: this.#record(row), secret };
  }

  /**
   * Who a secret belongs to. UNAUTHENTICATED (scheme `api_key`) when it is
   * malformed, unknown, replaced by a rotation past its grace, revoked or
   * expired. The message never repeats the secret.
   */
  authenticate(secret: string): AuthenticatedKey {
    const id = secretKeyId(secret);
    if (id === undefined) throw unauthenticated("the API key is malformed: DBX API keys look like dbx_<id>_<secret>", "api_key");
    const { key, current } = this.#match(id, secret);
    const now = this.#now();
    if (!current && now >= key.previousValidUntilMs!) {
      throw unauthenticated("the API key was replaced by a rotation", "api_key");
    }
    if (key.revokedAtMs !== undefined) throw unauthenticated("the API key was revoked", "api_key");
    if (key.identity.expiresAtMs !== undefined && now >= key.identity.expiresAtMs) throw unauthenticated("the API key expired", "api_key");
    return key.identity;
  }

  /**
   * Calls `listener` with the id of each key revoked from now on, by this
   * process or another, so that streams opened with it can end. Returns the
   * unsubscribe function. Listeners must not throw.
   */
  onRevoked(listener: (id: string) => void): () => void {
    this.#revokedListeners.add(listener);
    return () => this.#revokedListeners.delete(listener);
  }

  /** Stops watching for changes and closes the file. */
  close(): void {
    clearInterval(this.#timer);
    this.#revokedListeners.clear();
    this.#db.close();
  }

  /** The key `secret` belongs to, and whether it is the key's current secret; UNAUTHENTICATED when it is neither secret of key `id`. */
  #match(id: string, secret: string): MatchedSecret {
    const cached = this.#cachedKey(id);
    const matched = this.#matched.get(secret);
    if (matched !== undefined && matched.key === cached) return matched;
    const hash = hashSecret(secret);
    let key = cached;
    // A rotation in another process may not have reached the cache yet: read the key again before refusing a secret.
    if (key.known && !matchesEither(key, hash)) key = this.#loadKey(id);
    if (!key.known || !matchesEither(key, hash)) throw unauthenticated("the API key is not known", "api_key");
    const match = { key, current: sameHash(hash, key.secretHash) };
    this.#matched.set(secret, match);
    return match;
  }

  #cachedKey(id: string): CachedKey {
    return this.#cache.get(id) ?? this.#loadKey(id);
  }

  #loadKey(id: string): CachedKey {
    const row = this.#statements.byId.get(id);
    const key = row === undefined ? UNKNOWN_KEY : knownKey(row);
    this.#cache.set(id, key);
    return key;
  }

  #row(id: string): KeyRow {
    if (!isKeyId(id)) throw invalidField("id", "not an API key id (16 lowercase hex digits)");
    const row = this.#statements.byId.get(id);
    if (row === undefined) throw notFound(id, "does not exist");
    return row;
  }

  #record(row: KeyRow): ApiKeyRecord {
    return {
      id: row.id,
      name: row.name,
      role: row.role,
      createdAtMs: row.created_ms,
      rotatedAtMs: row.rotated_ms,
      ...(row.expires_ms !== null && { expiresAtMs: row.expires_ms }),
      ...(row.revoked_ms !== null && { revokedAtMs: row.revoked_ms }),
      ...(row.calls_per_second !== null && { rateLimit: rateLimitOf(row.calls_per_second, row.burst) }),
    };
  }

  #readDataVersion(): number {
    return this.#db.pragma("data_version", { simple: true }) as number;
  }

  /** data_version changes only for commits of other connections: this process's own changes update the cache directly. */
  #checkForChanges(): void {
    try {
      const version = this.#readDataVersion();
      if (version === this.#dataVersion) return;
      this.#dataVersion = version;
      this.#cache.clear();
      for (const { id, revoke_seq } of this.#statements.revokedSince.all(this.#lastRevokeSeq)) {
        this.#lastRevokeSeq = revoke_seq;
        this.#announceRevoked(id);
      }
    } catch (err) {
      this.#onError?.(err);
    }
  }

  #announceRevoked(id: string): void {
    if (this.#announced.has(id)) return;
    this.#announced.add(id);
    for (const listener of this.#revokedListeners) listener(id);
  }
}

/** Whether `hash` is the key's current secret or the one its last rotation replaced (in grace or not). */
function matchesEither(key: KnownKey, hash: Buffer): boolean {
  return sameHash(hash, key.secretHash) || (key.previousHash !== undefined && sameHash(hash, key.previousHash));
}

function knownKey(row: KeyRow): KnownKey {
  const identity: AuthenticatedKey = Object.freeze({
    id: row.id,
    name: row.name,
    role: row.role,
    ...(row.expires_ms !== null && { expiresAtMs: row.expires_ms }),
    ...(row.calls_per_second !== null && { rateLimit: rateLimitOf(row.calls_per_second, row.burst) }),
  });
  return {
    known: true,
    secretHash: row.secret_hash,
    ...(row.previous_hash !== null && { previousHash: row.previous_hash, previousValidUntilMs: row.previous_valid_until_ms ?? 0 }),
    ...(row.revoked_ms !== null && { revokedAtMs: row.revoked_ms }),
    identity,
  };
}

function rateLimitOf(callsPerSecond: number, burst: number | null) {
  return Object.freeze(burst === null ? { callsPerSecond } : { callsPerSecond, burst });
}

function notFound(id: string, what: string) {
  return dbxError(ErrorReason.NOT_FOUND, `API key "${id}" ${what}`, { key: id });
}
