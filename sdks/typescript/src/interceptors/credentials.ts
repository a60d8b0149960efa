import type { Interceptor } from "@connectrpc/connect";

/** How the client identifies itself: sent as request headers on every call. */
export interface Credentials {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Sent as `x-api-key: <apiKey>`, or in the header `apiKeyHeader` names. */
  apiKey?: string;
  apiKeyHeader?: string;
  /** Any other headers for every call. */
  headers?: Readonly<Record<string, string>>;
}

/** Attaches the configured credentials and headers to every call; undefined when there are none. */
export function credentialsInterceptor(credentials: Credentials): Interceptor | undefined {
  const headers = new Headers(credentials.headers);
  if (credentials.token !== undefined) headers.set("authorization", `Bearer ${credentials.token}`);
  if (credentials.apiKey !== undefined) headers.set(credentials.apiKeyHeader ?? "x-api-key", credentials.apiKey);
  if ([...headers.keys()].length === 0) return undefined;
  return (next) => (req) => {
    for (const [name, value] of headers) req.header.set(name, value);
    return next(req);
  };
}
