import { invalidField } from "../../errors/dbx-error.js";
import type { ApiKeyRateLimit } from "./api-key.js";

/** The longest name a key may have. */
export const MAX_NAME_CHARS = 100;
/** The longest a rotated-out secret keeps working. */
export const MAX_GRACE_MS = 86_400_000;
/** The longest TTL accepted: far beyond any use, yet well inside a Date. */
export const MAX_TTL_MS = 100 * 365 * 86_400_000;

/**
 * These checks guard the store whoever calls it (the service, the CLI); their
 * errors name the ApiKeyService request fields.
 */
export function checkKeyName(name: string): void {
  if (name.length > MAX_NAME_CHARS) throw invalidField("name", `at most ${MAX_NAME_CHARS} characters (got ${name.length})`);
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    const digit = c >= 48 && c <= 57;
    // space . _ -
    if (!letter && !digit && c !== 32 && c !== 46 && c !== 95 && c !== 45) {
      throw invalidField("name", `only letters, digits, spaces and "._-" (character ${i + 1} is not one)`);
    }
  }
}

export function checkRole(role: string): void {
  if (role === "") throw invalidField("role", "required");
}

export function checkTtlMs(ttlMs: number): void {
  if (!Number.isSafeInteger(ttlMs) || ttlMs <= 0 || ttlMs > MAX_TTL_MS) {
    throw invalidField("ttl", `must be more than 0 and at most 100 years (got ${ttlMs} ms)`);
  }
}

export function checkRateLimit(limit: ApiKeyRateLimit): void {
  if (!Number.isFinite(limit.callsPerSecond) || limit.callsPerSecond <= 0) {
    throw invalidField("rate_limit.calls_per_second", `must be more than 0 (got ${limit.callsPerSecond})`);
  }
  if (limit.burst !== undefined && (!Number.isSafeInteger(limit.burst) || limit.burst <= 0 || limit.burst > 0xffff_ffff)) {
    throw invalidField("rate_limit.burst", `must be a whole number from 1 to 4294967295, or unset (got ${limit.burst})`);
  }
}

export function checkGraceMs(graceMs: number): void {
  if (!Number.isSafeInteger(graceMs) || graceMs < 0 || graceMs > MAX_GRACE_MS) {
    throw invalidField("grace_period", `must be from 0 to a day (got ${graceMs} ms)`);
  }
}
