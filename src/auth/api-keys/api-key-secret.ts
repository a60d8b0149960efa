import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** How every API key secret starts: tells it from a JWT (`eyJ...`) in `authorization: Bearer`. */
export const API_KEY_PREFIX = "dbx_";
const ID_BYTES = 8;
const ID_CHARS = ID_BYTES * 2;
/** 256 bits: guessing a secret, or inverting its hash, is out of reach. */
const RANDOM_BYTES = 32;
const RANDOM_CHARS = Math.ceil((RANDOM_BYTES * 4) / 3);
const SECRET_CHARS = API_KEY_PREFIX.length + ID_CHARS + 1 + RANDOM_CHARS;

/**
 * A key id: lowercase hex, so that it never holds the "_" that separates it
 * from the random part (base64url may).
 */
export function newKeyId(): string {
  return randomBytes(ID_BYTES).toString("hex");
}

/** Whether `text` has the shape of a key id. */
export function isKeyId(text: string): boolean {
  if (text.length !== ID_CHARS) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    const lowerHex = c >= 97 && c <= 102;
    if (!digit && !lowerHex) return false;
  }
  return true;
}

/** A new secret for key `id`: `dbx_<id>_<32 random bytes, base64url>`. */
export function newSecret(id: string): string {
  return `${API_KEY_PREFIX}${id}_${randomBytes(RANDOM_BYTES).toString("base64url")}`;
}

/** The key id a secret names, or undefined when the text cannot be a DBX secret. */
export function secretKeyId(secret: string): string | undefined {
  if (secret.length !== SECRET_CHARS || !secret.startsWith(API_KEY_PREFIX) || secret.charCodeAt(API_KEY_PREFIX.length + ID_CHARS) !== 95 /* _ */) {
    return undefined;
  }
  const id = secret.slice(API_KEY_PREFIX.length, API_KEY_PREFIX.length + ID_CHARS);
  return isKeyId(id) ? id : undefined;
}

/**
 * What the store keeps instead of a secret. A plain SHA-256 is enough here:
 * slow password hashes (scrypt, argon2) exist to make guessing low-entropy
 * passwords expensive, but these secrets are 256 random bits that no amount
 * of guessing reaches, and a slow hash would cost far more than the 10 us a
 * call may spend authenticating.
 */
export function hashSecret(secret: string): Buffer {
  return createHash("sha256").update(secret).digest();
}

/** Constant-time comparison of two hashes, so that timing tells nothing about how much of a secret matched. */
export function sameHash(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
