import type { Interceptor } from "@connectrpc/connect";

/** How the client identifies itself: sent as request headers on every call. */
export interface Credentials {
  /** Sent as `Authorization: Bearer <token>`: a JWT (or an API key, for DBX reads `dbx_...` bearer tokens as keys). */
  token?: string;
  /** Sent as `x-api-key: <apiKey>` (an ApiKeyService secret, `dbx_...`), or in the header `apiKeyHeader` names. */
  apiKey?: string;
  apiKeyHeader?: string;
  /** Any other headers for every call. */
  headers?: Readonly<Record<string, string>>;
}

/**
 * Attaches the configured credentials and headers to every call; undefined
 * when there are none. A bearer token and an API key in `x-api-key` together
 * are refused here: DBX answers such calls UNAUTHENTICATED ("send one
 * credential"), so the mistake is reported when the client is made.
 */
export function credentialsInterceptor(credentials: Credentials): Interceptor | undefined {
  const apiKeyHeader = (credentials.apiKeyHeader ?? "x-api-key").toLowerCase();
  if (credentials.token !== undefined && credentials.apiKey !== undefined && apiKeyHeader === "x-api-key") {
    throw new TypeError("give a token or an apiKey, not both: DBX refuses calls that carry two credentials");
  }
  const headers = new Headers(credentials.headers);
  if (credentials.token !== undefined) headers.set("authorization", `Bearer ${credentials.token}`);
  if (credentials.apiKey !== undefined) headers.set(apiKeyHeader, credentials.apiKey);
  if ([...headers.keys()].length === 0) return undefined;
  return (next) => (req) => {
    for (const [name, value] of headers) req.header.set(name, value);
    return next(req);
  };
}
