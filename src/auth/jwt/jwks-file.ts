import { readFileSync } from "node:fs";
import type { JSONWebKeySet } from "jose";
import { ConfigError } from "../../config/config-error.js";

/**
 * Reads a JSON Web Key Set file once, at startup, for a `jwks` key source.
 * Throws a ConfigError naming the file (and `label`, the setting that names
 * it) when it cannot be read or holds no key set.
 */
export function readJwksFile(path: string, label = path): JSONWebKeySet {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new ConfigError(`${label}: cannot read the JWKS file ${path}: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${label}: the JWKS file ${path} is not JSON: ${(err as Error).message}`);
  }
  if (typeof parsed !== "object" || parsed === null || !Array.isArray((parsed as { keys?: unknown }).keys)) {
    throw new ConfigError(`${label}: the JWKS file ${path} is not a key set: it needs a "keys" array`);
  }
  return parsed as JSONWebKeySet;
}
