import { unauthenticated } from "../errors/dbx-error.js";

/** The credential a call carries: a bearer token (a JWT) or an API key. */
export type Credential = { readonly kind: "bearer"; readonly token: string } | { readonly kind: "api_key"; readonly secret: string };

/** API keys start so (ApiKeyService), which tells them from a JWT sent as a bearer token. */
const API_KEY_PREFIX = "dbx_";

/**
 * The credential in a call's headers: `authorization: Bearer <token>` (an API
 * key may come this way too, for clients that only send bearer tokens) or
 * `x-api-key: <key>`; undefined when there is none. Two credentials, another
 * scheme or an empty one are refused rather than guessed at.
 */
export function credentialOf(header: (name: string) => string | null): Credential | undefined {
  const authorization = header("authorization");
  const apiKey = header("x-api-key");
  if (authorization !== null && apiKey !== null) throw unauthenticated("send one credential: authorization or x-api-key, not both");
  if (apiKey !== null) {
    if (apiKey === "") throw unauthenticated("x-api-key is empty", "api_key");
    return { kind: "api_key", secret: apiKey };
  }
  if (authorization === null) return undefined;
  const space = authorization.indexOf(" ");
  const scheme = space === -1 ? authorization : authorization.slice(0, space);
  if (scheme.toLowerCase() !== "bearer") throw unauthenticated("authorization: only the Bearer scheme is accepted");
  const token = authorization.slice(space + 1).trim();
  if (space === -1 || token === "") throw unauthenticated("authorization: the bearer token is empty", "bearer");
  return token.startsWith(API_KEY_PREFIX) ? { kind: "api_key", secret: token } : { kind: "bearer", token };
}
