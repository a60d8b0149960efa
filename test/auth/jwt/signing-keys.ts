import { generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";
import { Code, ConnectError } from "@connectrpc/connect";
import { exportJWK, SignJWT, type JWK, type JWTPayload } from "jose";
import { expect } from "vitest";
import { errorMetadata } from "../../support/values.js";
import { reasonOf } from "../../../src/errors/dbx-error.js";

/** A key pair an issuer signs with; `pem` is the public half as a verifier is configured with it. */
export interface SigningKey {
  readonly alg: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly pem: string;
}

export type KeyKind = "RS256" | "PS256" | "ES256" | "ES384" | "EdDSA";

export function signingKey(alg: KeyKind): SigningKey {
  const { privateKey, publicKey } =
    alg === "RS256" || alg === "PS256"
      ? generateKeyPairSync("rsa", { modulusLength: 2048 })
      : alg === "ES256"
        ? generateKeyPairSync("ec", { namedCurve: "P-256" })
        : alg === "ES384"
          ? generateKeyPairSync("ec", { namedCurve: "P-384" })
          : generateKeyPairSync("ed25519");
  return { alg, privateKey, publicKey, pem: publicKey.export({ type: "spki", format: "pem" }).toString() };
}

/** The public JWK of a key, with its kid (and alg when given), as a key set publishes it. */
export async function publicJwk(key: SigningKey, kid: string, withAlg = true): Promise<JWK> {
  return { ...(await exportJWK(key.publicKey)), kid, use: "sig", ...(withAlg ? { alg: key.alg } : {}) };
}

export const SECRET = randomBytes(32).toString("base64url");

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Claims of a good token: subject `alice`, role `reader`, expiring in an hour. */
export function goodClaims(extra: JWTPayload = {}): JWTPayload {
  return { sub: "alice", role: "reader", iat: nowSeconds(), exp: nowSeconds() + 3600, ...extra };
}

/** Signs `claims` with a key pair (its alg) or with a secret (HS256, or `alg`), naming `kid` when given. */
export async function sign(
  claims: JWTPayload,
  key: SigningKey | string | Uint8Array,
  header: { kid?: string; alg?: string } = {},
): Promise<string> {
  const alg = header.alg ?? (typeof key === "object" && "alg" in key ? key.alg : "HS256");
  const material = typeof key === "string" ? new TextEncoder().encode(key) : key instanceof Uint8Array ? key : key.privateKey;
  return new SignJWT(claims).setProtectedHeader({ alg, typ: "JWT", ...(header.kid === undefined ? {} : { kid: header.kid }) }).sign(material);
}

export function base64url(text: string): string {
  return Buffer.from(text).toString("base64url");
}

/**
 * Awaits a verification that must be refused: UNAUTHENTICATED, reason
 * UNAUTHENTICATED, scheme `bearer`, a message matching `why` that does not
 * quote the token (nor its signature, the part a log must never hold).
 */
export async function expectRefused(verification: Promise<unknown>, token: string, why: RegExp): Promise<ConnectError> {
  let error: unknown;
  try {
    await verification;
  } catch (err) {
    error = err;
  }
  expect(error, "expected a refusal").toBeInstanceOf(ConnectError);
  const refusal = error as ConnectError;
  expect(Code[refusal.code], refusal.message).toBe(Code[Code.Unauthenticated]);
  expect(reasonOf(refusal)).toBe("ERROR_REASON_UNAUTHENTICATED");
  expect(errorMetadata(refusal)).toEqual({ scheme: "bearer" });
  expect(refusal.rawMessage).toMatch(why);
  const signature = token.split(".")[2] ?? "";
  if (token.length >= 16) expect(refusal.rawMessage).not.toContain(token);
  if (signature.length >= 16) expect(refusal.rawMessage).not.toContain(signature);
  return refusal;
}
