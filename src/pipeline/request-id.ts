import { randomUUID } from "node:crypto";
import type { CallMiddleware } from "./call-pipeline.js";

/** The header that carries a request id in both directions. */
export const REQUEST_ID_HEADER = "x-request-id";

/** Printable ASCII, bounded, so a client's id can go into logs as it is. */
const ACCEPTABLE_ID = /^[\x21-\x7e]{1,128}$/;

/** Accepts the client's x-request-id (when sane) or makes one, and returns it in the response header. */
export const requestIdMiddleware: CallMiddleware = {
  name: "request-id",
  onStart(call) {
    const given = call.requestHeader(REQUEST_ID_HEADER);
    call.requestId = given && ACCEPTABLE_ID.test(given) ? given : randomUUID();
    call.setResponseHeader(REQUEST_ID_HEADER, call.requestId);
  },
};
