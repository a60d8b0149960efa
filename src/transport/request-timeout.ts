import { Code, ConnectError } from "@connectrpc/connect";

/**
 * DEADLINE_EXCEEDED for a call whose request message did not arrive whole
 * within server.requestTimeoutMs. Node bounds an HTTP/1.1 request's arrival
 * (`requestTimeout`, answered 408), but nothing bounds an HTTP/2 stream's:
 * a client without a deadline could trickle a unary body for ever and hold
 * the call, its stream and its buffered bytes. Only calls whose request is
 * one message get this bound; a client stream's messages come as long as the
 * call lasts (its deadline, if any, bounds it).
 */
export function requestTimedOut(timeoutMs: number): ConnectError {
  return new ConnectError(`the request message did not arrive whole within server.requestTimeoutMs (${timeoutMs} ms)`, Code.DeadlineExceeded);
}
