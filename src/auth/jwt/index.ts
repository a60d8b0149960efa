export { createTokenVerifier } from "./token-verifier.js";
export { readJwksFile } from "./jwks-file.js";
export type { AsymmetricAlgorithm, HmacAlgorithm, JwtAlgorithm } from "./algorithms.js";
export type {
  JwksKeySource,
  JwksUrlKeySource,
  JwtKeySource,
  JwtVerifierOptions,
  PublicKeySource,
  SecretKeySource,
  TokenVerifier,
  VerifiedToken,
  VerifiedTokenCacheOptions,
} from "./verifier-options.js";
