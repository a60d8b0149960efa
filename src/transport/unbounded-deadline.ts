import { parseTimeout as parseConnectTimeout } from "@connectrpc/connect/protocol-connect";
import { parseTimeout as parseGrpcTimeout } from "@connectrpc/connect/protocol-grpc";
import type { IncomingHttpHeaders } from "node:http";
import { MAX_TIMER_DELAY_MS } from "../limits/max-timer-delay.js";

/**
 * A deadline longer than any timer holds (connect-es's would fire after 1 ms
 * and end the call with DEADLINE_EXCEEDED) is no deadline for a database call:
 * undefined. Both paths (the fast path and connect-node) read deadlines
 * through this, so that they treat a long one identically.
 */
export function boundedDeadline(timeoutMs: number | undefined): number | undefined {
  return exceedsTimers(timeoutMs) ? undefined : timeoutMs;
}

/**
 * Removes a `grpc-timeout` or `connect-timeout-ms` header that asks for more
 * than MAX_TIMER_DELAY_MS before connect-node reads it: its option maxTimeoutMs
 * would refuse the call, and without it the timer overflows.
 */
export function dropUnboundedDeadline(headers: IncomingHttpHeaders): void {
  if (exceedsTimers(parseGrpcTimeout(stringHeader(headers, "grpc-timeout"), Infinity).timeoutMs)) delete headers["grpc-timeout"];
  if (exceedsTimers(parseConnectTimeout(stringHeader(headers, "connect-timeout-ms"), Infinity).timeoutMs)) delete headers["connect-timeout-ms"];
}

function exceedsTimers(timeoutMs: number | undefined): boolean {
  return timeoutMs !== undefined && timeoutMs > MAX_TIMER_DELAY_MS;
}

function stringHeader(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  return typeof value === "string" ? value : null;
}
