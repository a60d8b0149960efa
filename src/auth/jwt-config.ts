import { readFileSync } from "node:fs";
import type { JwtConfig } from "../config/auth-schema.js";
import { ConfigError } from "../config/config-error.js";
import { readJwksFile, type JwtKeySource, type JwtVerifierOptions } from "./jwt/index.js";

/** The token verifier's options from `auth.jwt`: every key source it names, read now (a missing file stops the start). */
export function jwtVerifierOptions(config: JwtConfig): JwtVerifierOptions {
  const keys: JwtKeySource[] = [];
  if (config.secret) keys.push({ kind: "secret", secret: config.secret, label: "auth.jwt.secret" });
  if (config.secretFile) keys.push({ kind: "secret", secret: readKeyFile(config.secretFile, "auth.jwt.secretFile").trim(), label: "auth.jwt.secretFile" });
  for (const [i, file] of (config.publicKeyFiles ?? []).entries()) {
    keys.push({ kind: "publicKey", pem: readKeyFile(file, `auth.jwt.publicKeyFiles[${i}]`), label: `auth.jwt.publicKeyFiles[${i}]` });
  }
  if (config.jwksFile) keys.push({ kind: "jwks", jwks: readJwksFile(config.jwksFile, "auth.jwt.jwksFile"), label: "auth.jwt.jwksFile" });
  if (config.jwksUrl) keys.push({ kind: "jwksUrl", url: config.jwksUrl, cacheMaxAgeMs: config.jwksCacheMs, label: "auth.jwt.jwksUrl" });
  return {
    keys,
    algorithms: config.algorithms,
    issuer: config.issuer,
    audience: config.audience,
    clockToleranceMs: config.clockSkewMs,
    maxTokenBytes: config.maxTokenBytes,
    subjectClaim: config.subjectClaim,
    roleClaim: config.roleClaim,
    defaultRole: config.defaultRole,
  };
}

function readKeyFile(path: string, setting: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw new ConfigError(`${setting}: ${path}: ${(err as Error).message}`);
  }
}
