import type { JSONWebKeySet } from "jose";
import type { AsymmetricAlgorithm, HmacAlgorithm, JwtAlgorithm } from "./algorithms.js";

/** Settings every key source shares. */
interface KeySourceBase {
  /** Names the source in configuration errors, e.g. `auth.jwt.publicKeyFiles[0]`. */
  readonly label?: string;
}

/** A shared secret: verifies HS* tokens, and nothing else. */
export interface SecretKeySource extends KeySourceBase {
  readonly kind: "secret";
  /** At least 32 bytes (RFC 7518 3.2); a string counts as its UTF-8 bytes. */
  readonly secret: string | Uint8Array;
  /** Narrows the HS* algorithms accepted; by default each the secret is long enough for (HS256: 32 bytes, HS384: 48, HS512: 64). */
  readonly algorithms?: readonly HmacAlgorithm[];
}

/** One PEM public key (SPKI, or an X.509 certificate): verifies the algorithms of its key type only. */
export interface PublicKeySource extends KeySourceBase {
  readonly kind: "publicKey";
  readonly pem: string;
  /** When set, only tokens whose header names this `kid` (or no kid) are tried with the key. */
  readonly kid?: string;
  /** Narrows the algorithms of the key's type (RSA: RS* and PS*; EC: the ES* of its curve; Ed25519: EdDSA). */
  readonly algorithms?: readonly AsymmetricAlgorithm[];
}

/** A JSON Web Key Set held in memory, e.g. read from a file with readJwksFile (air-gapped deployments, tests). */
export interface JwksKeySource extends KeySourceBase {
  readonly kind: "jwks";
  readonly jwks: JSONWebKeySet;
  /** Narrows the public-key algorithms accepted; a key set never verifies HS* tokens. */
  readonly algorithms?: readonly AsymmetricAlgorithm[];
}

/** A JSON Web Key Set fetched over HTTP(S), cached, and fetched again when a token names a kid it lacks. */
export interface JwksUrlKeySource extends KeySourceBase {
  readonly kind: "jwksUrl";
  readonly url: string | URL;
  /** How long fetched keys are used before they are fetched again; 10 minutes by default. */
  readonly cacheMaxAgeMs?: number;
  /** After a fetch, an unknown kid is refused without fetching again for this long; 30 s by default. */
  readonly cooldownMs?: number;
  /** A fetch that takes longer fails; 5 s by default. */
  readonly timeoutMs?: number;
  /** Narrows the public-key algorithms accepted; a key set never verifies HS* tokens. */
  readonly algorithms?: readonly AsymmetricAlgorithm[];
}

export type JwtKeySource = SecretKeySource | PublicKeySource | JwksKeySource | JwksUrlKeySource;

/** How createTokenVerifier checks bearer tokens; the lead maps `auth.jwt` of the configuration to it. */
export interface JwtVerifierOptions {
  /** Tried in order until one holds the token's key; at least one. */
  readonly keys: readonly JwtKeySource[];
  /** Narrows the algorithms of every key source (`auth.jwt.algorithms`). */
  readonly algorithms?: readonly JwtAlgorithm[];
  /** Accepted `iss`; unset accepts any. */
  readonly issuer?: string | readonly string[];
  /** Accepted `aud` (the token must name one of them); unset accepts any. */
  readonly audience?: string | readonly string[];
  /** Tolerance for `exp` and `nbf`; 30 s by default. */
  readonly clockToleranceMs?: number;
  /** Whether a token without `exp` is refused; true by default, since nothing else would end such a token. */
  readonly requireExpiration?: boolean;
  /** Larger tokens are refused before any parsing; 8 KiB by default. */
  readonly maxTokenBytes?: number;
  /** The claim naming the caller; `sub` by default. It must be a non-empty string. */
  readonly subjectClaim?: string;
  /**
   * Where the roles are: a claim name, or a path of names into nested
   * objects (`["https://dbx.dev/claims", "roles"]`). Its value is a string
   * or an array of strings. `role` by default.
   */
  readonly roleClaim?: string | readonly string[];
  /** The role of a token whose role claim is absent or empty; unset refuses such a token. */
  readonly defaultRole?: string;
  /** The cache of verified tokens. */
  readonly cache?: VerifiedTokenCacheOptions;
  /** The clock, in ms since the epoch; for tests. */
  readonly now?: () => number;
}

export interface VerifiedTokenCacheOptions {
  /** Tokens kept at most; 10,000 by default; 0 turns the cache off. */
  readonly maxEntries?: number;
  /**
   * How long a verified token is answered from the cache at most, and never
   * past its `exp`; 60 s by default. Bounds how long a key removed from a
   * key set still lets its tokens in.
   */
  readonly maxAgeMs?: number;
}

/** What a verified token says about its caller. */
export interface VerifiedToken {
  readonly subject: string;
  readonly roles: readonly string[];
  readonly claims: Readonly<Record<string, unknown>>;
  /** The token's `exp` in ms since the epoch; undefined when it has none. */
  readonly expiresAtMs: number | undefined;
}

export interface TokenVerifier {
  /** Resolves to what the token says, or rejects with UNAUTHENTICATED (scheme `bearer`) saying why it was refused. */
  verify(token: string): Promise<VerifiedToken>;
}
