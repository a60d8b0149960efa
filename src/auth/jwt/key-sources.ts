import { createPublicKey, type KeyObject } from "node:crypto";
import { createLocalJWKSet, createRemoteJWKSet, errors, type JWTVerifyGetKey } from "jose";
import { ConfigError } from "../../config/config-error.js";
import {
  algorithmsOfPublicKey,
  ASYMMETRIC_ALGORITHMS,
  HMAC_ALGORITHMS,
  MIN_RSA_MODULUS_BITS,
  type HmacAlgorithm,
  type JwtAlgorithm,
} from "./algorithms.js";
import { KeySetFailure } from "./key-set-failure.js";
import type { JwksKeySource, JwksUrlKeySource, JwtKeySource, PublicKeySource, SecretKeySource } from "./verifier-options.js";

/** RFC 7518 3.2: an HMAC key is at least as long as the hash. */
const HMAC_MIN_SECRET_BYTES: Readonly<Record<HmacAlgorithm, number>> = { HS256: 32, HS384: 48, HS512: 64 };
const HMAC_HASHES: Readonly<Record<HmacAlgorithm, string>> = { HS256: "SHA-256", HS384: "SHA-384", HS512: "SHA-512" };
const JWKS_DEFAULTS = { cacheMaxAgeMs: 600_000, cooldownMs: 30_000, timeoutMs: 5_000 } as const;

/**
 * A key source made ready to verify: the algorithms it accepts and the
 * function jose asks for the key. jose checks the header's `alg` against
 * `algorithms` before it asks, so a source is only ever asked for a key of
 * an algorithm of its own key type.
 */
export interface KeyResolver {
  readonly algorithms: readonly JwtAlgorithm[];
  readonly key: JWTVerifyGetKey;
}

/**
 * Makes each key source ready, in order. Throws a ConfigError naming the
 * source when its key is unusable or when it would accept no algorithm.
 *
 * Algorithm confusion cannot happen by construction: a source's algorithms
 * are those its key type can verify (a secret: HS*; an RSA key: RS* and PS*; an
 * EC key: the ES* of its curve; Ed25519: EdDSA; a key set: public-key
 * algorithms only), narrowed by the options and never widened. So an HS256
 * token only ever meets the configured secret, never a public key used as an
 * HMAC secret, and `none` is in no list (nor does jose's jwtVerify accept
 * unsecured tokens at all).
 */
export function resolveKeySources(sources: readonly JwtKeySource[], narrowedTo: readonly JwtAlgorithm[] | undefined): KeyResolver[] {
  if (sources.length === 0) throw new ConfigError("a JWT verifier needs at least one key source");
  return sources.map((source, index) => {
    const label = source.label ?? `keys[${index}]`;
    switch (source.kind) {
      case "secret":
        return secretResolver(source, label, narrowedTo);
      case "publicKey":
        return publicKeyResolver(source, label, narrowedTo);
      case "jwks":
        return jwksResolver(source, label, narrowedTo);
      case "jwksUrl":
        return jwksUrlResolver(source, label, narrowedTo);
    }
  });
}

function secretResolver(source: SecretKeySource, label: string, narrowedTo: readonly JwtAlgorithm[] | undefined): KeyResolver {
  const bytes = typeof source.secret === "string" ? Buffer.from(source.secret, "utf8") : source.secret;
  if (bytes.byteLength < HMAC_MIN_SECRET_BYTES.HS256) throw new ConfigError(`${label}: an HS256 secret needs at least ${HMAC_MIN_SECRET_BYTES.HS256} bytes`);
  const family = HMAC_ALGORITHMS.filter((algorithm) => bytes.byteLength >= HMAC_MIN_SECRET_BYTES[algorithm]);
  const secret = Uint8Array.from(bytes);
  // Imported once per algorithm: jose would import raw bytes (or a KeyObject's) again on every verification.
  const imported = new Map<string, Promise<CryptoKey>>();
  return {
    algorithms: acceptedAlgorithms(label, family, source.algorithms, narrowedTo),
    key: (header) => {
      const alg = header.alg as HmacAlgorithm;
      let key = imported.get(alg);
      if (key === undefined) {
        key = crypto.subtle.importKey("raw", secret, { name: "HMAC", hash: HMAC_HASHES[alg] }, false, ["verify"]);
        imported.set(alg, key);
      }
      return key;
    },
  };
}

function publicKeyResolver(source: PublicKeySource, label: string, narrowedTo: readonly JwtAlgorithm[] | undefined): KeyResolver {
  // createPublicKey derives the public half of a private key; a private key has no place in the configuration.
  if (source.pem.includes("PRIVATE KEY")) throw new ConfigError(`${label}: is a private key; configure its public key`);
  let key: KeyObject;
  try {
    key = createPublicKey(source.pem);
  } catch (err) {
    throw new ConfigError(`${label}: not a PEM public key: ${(err as Error).message}`);
  }
  const modulusBits = key.asymmetricKeyDetails?.modulusLength;
  if (modulusBits !== undefined && modulusBits < MIN_RSA_MODULUS_BITS) {
    throw new ConfigError(`${label}: an RSA key needs at least ${MIN_RSA_MODULUS_BITS} bits, this one has ${modulusBits}`);
  }
  const family = algorithmsOfPublicKey(key);
  if (family.length === 0) throw new ConfigError(`${label}: a ${key.asymmetricKeyType} key verifies no JWT algorithm`);
  const kid = source.kid;
  return {
    algorithms: acceptedAlgorithms(label, family, source.algorithms, narrowedTo),
    key: async (header) => {
      // A token that names another key was not signed with this one; one that names none may have been.
      if (kid !== undefined && header.kid !== undefined && header.kid !== kid) throw new errors.JWKSNoMatchingKey();
      return key;
    },
  };
}

function jwksResolver(source: JwksKeySource, label: string, narrowedTo: readonly JwtAlgorithm[] | undefined): KeyResolver {
  let keySet: JWTVerifyGetKey;
  try {
    keySet = createLocalJWKSet(source.jwks);
  } catch (err) {
    throw new ConfigError(`${label}: not a JSON Web Key Set: ${(err as Error).message}`);
  }
  return {
    algorithms: acceptedAlgorithms(label, ASYMMETRIC_ALGORITHMS, source.algorithms, narrowedTo),
    key: reportingFailures(keySet, `the key set ${label}`),
  };
}

function jwksUrlResolver(source: JwksUrlKeySource, label: string, narrowedTo: readonly JwtAlgorithm[] | undefined): KeyResolver {
  let url: URL;
  try {
    url = new URL(source.url);
  } catch {
    throw new ConfigError(`${label}: not a URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new ConfigError(`${label}: a JWKS URL is http or https`);
  const keySet = createRemoteJWKSet(url, {
    cacheMaxAge: source.cacheMaxAgeMs ?? JWKS_DEFAULTS.cacheMaxAgeMs,
    cooldownDuration: source.cooldownMs ?? JWKS_DEFAULTS.cooldownMs,
    timeoutDuration: source.timeoutMs ?? JWKS_DEFAULTS.timeoutMs,
  });
  // Not the full URL: it may carry credentials in its query.
  return {
    algorithms: acceptedAlgorithms(label, ASYMMETRIC_ALGORITHMS, source.algorithms, narrowedTo),
    key: reportingFailures(keySet, `the key set at ${url.origin}${url.pathname}`),
  };
}

/**
 * Passes on what a key set says about the token (no key for its kid, several
 * keys, an algorithm it has no key type for) and turns anything else (a
 * fetch that failed or timed out, a key that would not import, an RSA key
 * too short for jose to use) into a KeySetFailure, so that a refusal blames
 * the key set and not the token.
 */
function reportingFailures(keySet: JWTVerifyGetKey, name: string): JWTVerifyGetKey {
  return async (header, token) => {
    let key: Awaited<ReturnType<JWTVerifyGetKey>>;
    try {
      key = await keySet(header, token);
    } catch (err) {
      if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWKSMultipleMatchingKeys || err instanceof errors.JOSENotSupported) throw err;
      throw new KeySetFailure(name, err);
    }
    const modulusBits = shortRsaModulus(key);
    if (modulusBits !== undefined) throw new KeySetFailure(name, `its RSA key has ${modulusBits} bits, fewer than ${MIN_RSA_MODULUS_BITS}`);
    return key;
  };
}

/**
 * The size of an RSA key from a key set when it is below the minimum (jose
 * would throw a TypeError verifying with it); undefined for any other key.
 */
export function shortRsaModulus(key: unknown): number | undefined {
  const algorithm = (key as Partial<CryptoKey> | undefined)?.algorithm as { modulusLength?: unknown } | undefined;
  const bits = algorithm?.modulusLength;
  return typeof bits === "number" && bits < MIN_RSA_MODULUS_BITS ? bits : undefined;
}

/** The key type's algorithms, narrowed by the source's list and the verifier's; a ConfigError if none is left or a list names one the key cannot verify. */
function acceptedAlgorithms(
  label: string,
  family: readonly JwtAlgorithm[],
  ownList: readonly JwtAlgorithm[] | undefined,
  narrowedTo: readonly JwtAlgorithm[] | undefined,
): JwtAlgorithm[] {
  const foreign = ownList?.filter((algorithm) => !family.includes(algorithm)) ?? [];
  if (foreign.length > 0) throw new ConfigError(`${label}: this key cannot verify ${foreign.join(", ")}; it verifies ${family.join(", ")}`);
  const accepted = (ownList ?? family).filter((algorithm) => narrowedTo === undefined || narrowedTo.includes(algorithm));
  if (accepted.length === 0) {
    throw new ConfigError(`${label}: none of the allowed algorithms (${(narrowedTo ?? []).join(", ")}) is one this key verifies (${family.join(", ")})`);
  }
  return accepted;
}
