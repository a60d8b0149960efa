import { cors as connectCors } from "@connectrpc/connect";
import { REQUEST_ID_HEADER } from "../pipeline/request-id.js";
import type { NodeHandler } from "./node-handler.js";

const ALLOW_METHODS = connectCors.allowedMethods.join(", ");
// The credentials (docs/security.md) and, back, the rate-limit state: a browser may neither send nor read a header not listed.
const ALLOW_HEADERS = [...connectCors.allowedHeaders, REQUEST_ID_HEADER, "authorization", "x-api-key"].join(", ");
const EXPOSE_HEADERS = [...connectCors.exposedHeaders, REQUEST_ID_HEADER, "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset", "ratelimit-policy", "retry-after"].join(", ");

/** How long a browser may reuse a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE_S = "7200";

/**
 * Lets browser scripts from `origins` ("*" for any) call the API: answers
 * CORS preflights itself and marks the responses to allowed origins. No
 * origins: CORS stays off and the handler is returned as it is.
 */
export function withCors(origins: readonly string[], handler: NodeHandler): NodeHandler {
  if (origins.length === 0) return handler;
  const anyOrigin = origins.includes("*");
  const allowed = new Set(origins);
  return (req, res) => {
    const origin = req.headers.origin;
    const isAllowed = origin !== undefined && (anyOrigin || allowed.has(origin));
    // The answer depends on the origin: shared caches must keep one per origin.
    res.setHeader("vary", "Origin");
    if (isAllowed) res.setHeader("access-control-allow-origin", origin);
    if (req.method === "OPTIONS" && req.headers["access-control-request-method"] !== undefined) {
      if (isAllowed) {
        res.setHeader("access-control-allow-methods", ALLOW_METHODS);
        res.setHeader("access-control-allow-headers", ALLOW_HEADERS);
        res.setHeader("access-control-max-age", PREFLIGHT_MAX_AGE_S);
      }
      // A refused origin gets no CORS headers, which is how browsers learn the refusal.
      res.statusCode = 204;
      res.end();
      return;
    }
    if (isAllowed) res.setHeader("access-control-expose-headers", EXPOSE_HEADERS);
    handler(req, res);
  };
}
