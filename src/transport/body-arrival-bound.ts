import { Code, ConnectError } from "@connectrpc/connect";
import { parseTimeout as parseConnectTimeout } from "@connectrpc/connect/protocol-connect";
import { parseTimeout as parseGrpcTimeout } from "@connectrpc/connect/protocol-grpc";
import type { IncomingMessage } from "node:http";
import type { Http2ServerRequest } from "node:http2";
import { requestTimedOut } from "./request-timeout.js";
import { boundedDeadline } from "./unbounded-deadline.js";

/** connect-es's words for a deadline; the call's answer is the one it would give. */
const deadlineError = () => new ConnectError("the operation timed out", Code.DeadlineExceeded);

/**
 * connect-node reads a unary request's body to its end (a server stream's
 * one message) before the call starts, and its deadline does not interrupt
 * that read: a body arriving slowly (a large upload on a busy connection, a
 * client that stalls) left the call unanswered past its deadline, as long
 * as the client waited.
 * connect-node reads the body with `for await`: the request's iteration
 * fails with DEADLINE_EXCEEDED at the deadline instead, which connect-node
 * answers like any failure of the body. The request is left as it is (no
 * destroy, which would reset the stream before the answer); what the client
 * still sends is dropped once the answer is out.
 * A call whose request is one message (`requestTimeoutMs` given) fails the
 * same way, DEADLINE_EXCEEDED, when its body has not arrived whole within
 * server.requestTimeoutMs, deadline or not (see request-timeout.ts).
 */
export function boundBodyArrival(req: IncomingMessage | Http2ServerRequest, requestTimeoutMs: number | undefined): void {
  const deadlineMs = deadlineOf(req);
  if (req.readableEnded) return;
  const byDeadline = deadlineMs !== undefined && (requestTimeoutMs === undefined || deadlineMs <= requestTimeoutMs);
  const timeoutMs = byDeadline ? deadlineMs : requestTimeoutMs;
  if (timeoutMs === undefined) return;
  const error = byDeadline ? deadlineError : () => requestTimedOut(timeoutMs);
  const deadline = performance.now() + timeoutMs;
  const iterate = req[Symbol.asyncIterator].bind(req);
  req[Symbol.asyncIterator] = () => {
    const chunks = iterate();
    let expired = false;
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      next: () => {
        const next = chunks.next();
        return new Promise<IteratorResult<unknown>>((resolve, reject) => {
          const timer = setTimeout(() => {
            expired = true;
            // The read left behind may still fail (the stream reset after the answer).
            next.catch(() => {});
            reject(error());
          }, Math.max(0, deadline - performance.now()));
          next.then(
            (result) => {
              clearTimeout(timer);
              resolve(result);
            },
            (err: unknown) => {
              clearTimeout(timer);
              reject(err);
            },
          );
        });
      },
      // A stream's iterator destroys it on return: not once the deadline has answered for it.
      return: (value?: unknown) =>
        expired || !chunks.return ? Promise.resolve({ done: true as const, value }) : chunks.return(value),
    };
  };
}

/** The deadline the request's protocol reads (the same parsing as connect-node's), in ms. */
function deadlineOf(req: IncomingMessage | Http2ServerRequest): number | undefined {
  const grpc = req.headers["content-type"]?.startsWith("application/grpc") ?? false;
  const value = req.headers[grpc ? "grpc-timeout" : "connect-timeout-ms"];
  if (typeof value !== "string") return undefined;
  const parsed = grpc ? parseGrpcTimeout(value, Number.MAX_SAFE_INTEGER) : parseConnectTimeout(value, Number.MAX_SAFE_INTEGER);
  return parsed.error ? undefined : boundedDeadline(parsed.timeoutMs);
}
