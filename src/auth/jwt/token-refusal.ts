import { decodeProtectedHeader, errors } from "jose";
import { unauthenticated } from "../../errors/dbx-error.js";
import { KeySetFailure } from "./key-set-failure.js";

/** Header values quoted in a refusal are cut to this: they come from the caller. */
const MAX_QUOTED_CHARS = 64;

/**
 * Whether an error only says that one key source could not verify the token
 * (another source may): its algorithm is not the source's, the source has no
 * key for its kid, the key did not verify the signature, or the key set
 * could not answer. Any other refusal (malformed, expired, wrong audience...)
 * is the token's own and ends verification.
 */
export function isKeyMismatch(err: unknown): boolean {
  return (
    err instanceof errors.JOSEAlgNotAllowed ||
    err instanceof errors.JWKSNoMatchingKey ||
    err instanceof errors.JWSSignatureVerificationFailed ||
    err instanceof KeySetFailure
  );
}

/**
 * Of two key-source refusals, the one that tells the caller most: a key set
 * that could not answer (the token may be good), then a bad signature, then
 * no key for the kid, then an algorithm not allowed.
 */
export function moreTelling(a: unknown, b: unknown): unknown {
  return mismatchRank(b) > mismatchRank(a) ? b : a;
}

function mismatchRank(err: unknown): number {
  if (err instanceof KeySetFailure) return 4;
  if (err instanceof errors.JWSSignatureVerificationFailed) return 3;
  if (err instanceof errors.JWKSNoMatchingKey) return 2;
  if (err instanceof errors.JOSEAlgNotAllowed) return 1;
  return 0;
}

/**
 * The UNAUTHENTICATED ConnectError for why jose (or a key source) refused a token.
 * It quotes the header's `alg` and `kid` at most, never the token. Errors
 * that are not refusals (a bug) are passed on as they are.
 */
export function tokenRefusal(err: unknown, token: string): unknown {
  const refuse = (why: string) => unauthenticated(`bearer token refused: ${why}`, "bearer");
  if (err instanceof KeySetFailure) return refuse(`its key could not be obtained from ${err.message}`);
  if (err instanceof errors.JWTExpired) return refuse("it has expired");
  if (err instanceof errors.JWTClaimValidationFailed) return refuse(claimRefusal(err));
  if (err instanceof errors.JOSEAlgNotAllowed) return refuse(`its algorithm ${headerValue(token, "alg")} is not allowed`);
  if (err instanceof errors.JWKSNoMatchingKey) return refuse(`no configured key matches its kid ${headerValue(token, "kid")} and algorithm ${headerValue(token, "alg")}`);
  if (err instanceof errors.JWSSignatureVerificationFailed) return refuse("its signature does not verify");
  if (err instanceof errors.JOSENotSupported) return refuse(`it uses something this server does not support: ${err.message}`);
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid) return refuse(`it is malformed: ${err.message}`);
  if (err instanceof errors.JOSEError) return refuse(err.message);
  return err;
}

function claimRefusal(err: errors.JWTClaimValidationFailed): string {
  if (err.reason === "missing") return `it has no "${err.claim}" claim`;
  if (err.reason === "invalid") return `its "${err.claim}" claim is malformed: ${err.message}`;
  switch (err.claim) {
    case "nbf":
      return "it is not valid yet (nbf)";
    case "iss":
      return "its issuer (iss) is not one this server accepts";
    case "aud":
      return "its audience (aud) names none this server accepts";
    default:
      return `its "${err.claim}" claim is not accepted`;
  }
}

/** A header value of a token already refused, quoted and cut short; "(none)" when absent or unreadable. */
function headerValue(token: string, name: "alg" | "kid"): string {
  let value: unknown;
  try {
    value = decodeProtectedHeader(token)[name];
  } catch {
    return "(none)";
  }
  if (value === undefined) return "(none)";
  return JSON.stringify(typeof value === "string" ? value.slice(0, MAX_QUOTED_CHARS) : typeof value);
}
