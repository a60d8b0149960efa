import type { KeyObject } from "node:crypto";

/** The HMAC algorithms: verified with a shared secret only. */
export const HMAC_ALGORITHMS = ["HS256", "HS384", "HS512"] as const;

/** The public-key algorithms: verified with a public key only. */
export const ASYMMETRIC_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"] as const;

export type HmacAlgorithm = (typeof HMAC_ALGORITHMS)[number];
export type AsymmetricAlgorithm = (typeof ASYMMETRIC_ALGORITHMS)[number];

/** The JWS algorithms DBX accepts; `none` is not one of them and no option can add it. */
export type JwtAlgorithm = HmacAlgorithm | AsymmetricAlgorithm;

const RSA_PKCS1 = ["RS256", "RS384", "RS512"] as const;
const RSA_PSS = ["PS256", "PS384", "PS512"] as const;
const EC_BY_CURVE: Readonly<Record<string, AsymmetricAlgorithm>> = { prime256v1: "ES256", secp384r1: "ES384", secp521r1: "ES512" };

/** RFC 7518 3.3: RS* and PS* keys of fewer bits are refused (jose refuses them at verify time too). */
export const MIN_RSA_MODULUS_BITS = 2048;

/**
 * The algorithms a public key can verify, from the key's own type: an RSA
 * key verifies RS* and PS*, an EC key the one ES* of its curve, an Ed25519
 * key EdDSA. Empty for a key type JWT has no algorithm for.
 */
export function algorithmsOfPublicKey(key: KeyObject): readonly AsymmetricAlgorithm[] {
  switch (key.asymmetricKeyType) {
    case "rsa":
      return [...RSA_PKCS1, ...RSA_PSS];
    case "rsa-pss":
      return RSA_PSS;
    case "ec": {
      const curve = key.asymmetricKeyDetails?.namedCurve;
      const algorithm = curve === undefined ? undefined : EC_BY_CURVE[curve];
      return algorithm === undefined ? [] : [algorithm];
    }
    case "ed25519":
      return ["EdDSA"];
    default:
      return [];
  }
}
