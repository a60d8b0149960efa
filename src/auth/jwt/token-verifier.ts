import { errors, jwtVerify, type JWTPayload, type JWTVerifyOptions } from "jose";
import { ConfigError } from "../../config/config-error.js";
import { unauthenticated } from "../../errors/dbx-error.js";
import { ClaimMapping } from "./claim-mapping.js";
import { resolveKeySources, shortRsaModulus, type KeyResolver } from "./key-sources.js";
import { isKeyMismatch, moreTelling, tokenRefusal } from "./token-refusal.js";
import { VerifiedTokenCache } from "./verified-token-cache.js";
import type { JwtVerifierOptions, TokenVerifier, VerifiedToken } from "./verifier-options.js";

const DEFAULT_MAX_TOKEN_BYTES = 8_192;
const DEFAULT_CLOCK_TOLERANCE_MS = 30_000;

/**
 * Builds the verifier of bearer JWTs. Throws a ConfigError when the options
 * cannot work (no key, an unusable key, no algorithm left for a key).
 */
export function createTokenVerifier(options: JwtVerifierOptions): TokenVerifier {
  return new JwtTokenVerifier(options);
}

class JwtTokenVerifier implements TokenVerifier {
  readonly #resolvers: readonly KeyResolver[];
  readonly #maxTokenBytes: number;
  readonly #claimOptions: JWTVerifyOptions;
  readonly #claimMapping: ClaimMapping;
  readonly #cache: VerifiedTokenCache;
  /** Verifications under way, by token; each entry leaves when its verification ends. */
  readonly #inFlight = new Map<string, Promise<VerifiedToken>>();
  readonly #now: (() => number) | undefined;

  constructor(options: JwtVerifierOptions) {
    this.#resolvers = resolveKeySources(options.keys, options.algorithms);
    this.#maxTokenBytes = options.maxTokenBytes ?? DEFAULT_MAX_TOKEN_BYTES;
    const toleranceMs = options.clockToleranceMs ?? DEFAULT_CLOCK_TOLERANCE_MS;
    if (!(toleranceMs >= 0)) throw new ConfigError("clockToleranceMs: must be 0 or more");
    this.#claimOptions = {
      issuer: options.issuer === undefined ? undefined : toList(options.issuer),
      audience: options.audience === undefined ? undefined : toList(options.audience),
      // jose counts in seconds.
      clockTolerance: toleranceMs / 1000,
      requiredClaims: options.requireExpiration === false ? [] : ["exp"],
    };
    const rolePath = options.roleClaim ?? "role";
    this.#claimMapping = new ClaimMapping({
      subjectClaim: options.subjectClaim ?? "sub",
      rolePath: typeof rolePath === "string" ? [rolePath] : rolePath,
      defaultRole: options.defaultRole,
    });
    this.#now = options.now;
    this.#cache = new VerifiedTokenCache(options.cache ?? {}, options.now ?? Date.now);
  }

  async verify(token: string): Promise<VerifiedToken> {
    // A JWT is ASCII, so characters are bytes; a token with other characters is refused as malformed.
    if (token.length > this.#maxTokenBytes) {
      throw unauthenticated(`bearer token refused: it is larger than ${this.#maxTokenBytes} bytes`, "bearer");
    }
    const cached = this.#cache.get(token);
    if (cached !== undefined) return cached;
    // A client often opens with a burst of calls carrying one new token: verify it once for all of them.
    let pending = this.#inFlight.get(token);
    if (pending === undefined) {
      pending = this.#verifyAndCache(token).finally(() => this.#inFlight.delete(token));
      this.#inFlight.set(token, pending);
    }
    return pending;
  }

  async #verifyAndCache(token: string): Promise<VerifiedToken> {
    const claims = await this.#verifiedClaims(token);
    const { subject, roles } = this.#claimMapping.identityOf(claims);
    const verified: VerifiedToken = Object.freeze({
      subject,
      roles,
      claims: Object.freeze(claims),
      expiresAtMs: claims.exp === undefined ? undefined : claims.exp * 1000,
    });
    this.#cache.set(token, verified);
    return verified;
  }

  /** The claims once the signature and the registered claims checked out, trying the key sources in order. */
  async #verifiedClaims(token: string): Promise<JWTPayload> {
    const claimOptions = this.#now === undefined ? this.#claimOptions : { ...this.#claimOptions, currentDate: new Date(this.#now()) };
    let refusal: unknown;
    for (const resolver of this.#resolvers) {
      const options = { ...claimOptions, algorithms: [...resolver.algorithms] };
      try {
        return (await jwtVerify(token, resolver.key, options)).payload;
      } catch (err) {
        if (err instanceof errors.JWKSMultipleMatchingKeys) {
          // A key set with several keys for the token's alg and kid (or no kid): jose hands them over to try in turn.
          const found = await this.#verifiedWithAny(token, err, options);
          if (found !== undefined) return found;
          refusal = moreTelling(refusal, new errors.JWSSignatureVerificationFailed());
          continue;
        }
        if (!isKeyMismatch(err)) throw tokenRefusal(err, token);
        refusal = moreTelling(refusal, err);
      }
    }
    throw tokenRefusal(refusal, token);
  }

  /** The claims verified by one of several candidate keys; undefined when none verifies the signature. */
  async #verifiedWithAny(token: string, candidates: errors.JWKSMultipleMatchingKeys, options: JWTVerifyOptions): Promise<JWTPayload | undefined> {
    for await (const key of candidates) {
      if (shortRsaModulus(key) !== undefined) continue;
      try {
        return (await jwtVerify(token, key, options)).payload;
      } catch (err) {
        if (!(err instanceof errors.JWSSignatureVerificationFailed)) throw tokenRefusal(err, token);
      }
    }
    return undefined;
  }
}

function toList(value: string | readonly string[]): string[] {
  return typeof value === "string" ? [value] : [...value];
}
