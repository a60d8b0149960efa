import { Code, ConnectError } from "@connectrpc/connect";
import { ReplyError } from "ioredis";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import { ReplyTimeoutError } from "./reply-timeout.js";
import type { CallAbort } from "../operation-context.js";

/** Redis error codes (the first word of an error reply) that mean "try again later". */
const UNAVAILABLE_CODES = new Set(["LOADING", "CLUSTERDOWN", "MASTERDOWN", "TRYAGAIN", "BUSY", "READONLY", "OOM", "NOAUTH", "WRONGPASS"]);

/** Messages of ioredis errors raised when no connection can carry the command: their wording is ioredis's, never shown. */
const CONNECTION_MESSAGES = [
  "Connection is closed",
  "Stream isn't writeable",
  "Command timed out",
  "Reached the max retries per request limit",
  "None of startup nodes is available",
  "Failed to refresh slots cache",
  "Cluster isn't ready",
  "All sentinels are unreachable",
];

/** What a backend knows of its connections to Redis, so that an UNAVAILABLE can say why. */
export interface ConnectionTrouble {
  /** The error that keeps the backend's connection down, if one was reported. */
  readonly lastConnectionError: Error | undefined;
}

/** The code of a Redis error reply ("WRONGTYPE", "ERR", "CROSSSLOT", ...). */
export function redisErrorCode(err: Error): string {
  return /^[A-Z][A-Z_]+/.exec(err.message)?.[0] ?? "ERR";
}

/** True when an error is an error reply from Redis itself (not a connection failure). */
export function isReplyError(err: unknown): err is Error {
  return err instanceof (ReplyError as typeof Error);
}

/**
 * The one place where Redis and ioredis failures become DBX errors:
 * error replies → STATEMENT_FAILED with metadata `native_code` (CROSSSLOT
 * explained), NOPERM (an ACL) → PERMISSION_DENIED, connection trouble, replies that did not
 * come within commandTimeoutMs and server states that pass (LOADING,
 * CLUSTERDOWN...) → BACKEND_UNAVAILABLE, in DBX's words: the cause comes
 * from `trouble` (what the backend's connections last reported) where the
 * error itself tells nothing.
 */
export function toDbxError(err: unknown, backend: string, trouble?: ConnectionTrouble): ConnectError {
  if (err instanceof ConnectError) return err;
  if (isReplyError(err)) return fromReply(err, backend);
  const e = err instanceof Error ? err : new Error(String(err));
  // ioredis checks a cluster transaction's keys before sending it; say it as Redis would.
  if (/should belong to the same slot/.test(e.message)) return crossSlot(backend, e);
  if (e instanceof ReplyTimeoutError) return unavailable(backend, e.message, e);
  if (e instanceof ConnectTimeoutError || isSocketError(e)) return unavailable(backend, connectionFailure(e), e);
  if (e.name === "MaxRetriesPerRequestError" || e.name === "ClusterAllFailedError" || CONNECTION_MESSAGES.some((m) => e.message.includes(m))) {
    // ioredis reconnects a connection it lost by itself (retryStrategy).
    const known = trouble?.lastConnectionError ?? (e as { lastNodeError?: Error }).lastNodeError;
    const why = known ? connectionFailure(known) : connectionDown(e);
    return unavailable(backend, `${why}; DBX keeps reconnecting`, e);
  }
  return dbxError(ErrorReason.INTERNAL, `Redis backend "${backend}": ${e.message}`, { backend }, e);
}

/** Connecting to Redis took longer than connectTimeoutMs. */
export class ConnectTimeoutError extends Error {
  override readonly name = "ConnectTimeoutError";

  constructor(readonly timeoutMs: number) {
    super(`connecting to Redis took longer than ${timeoutMs} ms (connectTimeoutMs)`);
  }
}

function unavailable(backend: string, why: string, cause: Error): ConnectError {
  return dbxError(ErrorReason.BACKEND_UNAVAILABLE, `backend "${backend}" is unavailable: ${why}`, { backend }, cause);
}

/** A failure of Node's sockets or name lookups (ECONNREFUSED, ENOTFOUND, ...). */
type SocketError = Error & { code: string; address?: string; port?: number; hostname?: string };

function isSocketError(err: Error): err is SocketError {
  const code = (err as NodeJS.ErrnoException).code;
  return code !== undefined && /^E[A-Z_]+$/.test(code);
}

/** Why a connection to Redis failed, in DBX's words. */
function connectionFailure(err: Error): string {
  if (err instanceof ConnectTimeoutError) return err.message;
  if (isReplyError(err)) return `Redis refused the connection: ${err.message}`;
  return isSocketError(err) ? socketFailure(err) : connectionDown(err);
}

function socketFailure(err: SocketError): string {
  const server = err.address === undefined ? "Redis" : `Redis at ${err.address}${err.port === undefined ? "" : `:${err.port}`}`;
  switch (err.code) {
    case "ECONNREFUSED":
      return `${server} refused the connection (is it running?)`;
    case "ETIMEDOUT":
      return `connecting to ${server} timed out`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `the host name ${err.hostname ?? "of Redis"} was not found`;
    case "ECONNRESET":
    case "EPIPE":
      return `${server} closed the connection`;
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `${server} cannot be reached (no route: ${err.code})`;
    default:
      return `the connection to ${server} failed (${err.code})`;
  }
}

/** What an ioredis error without a socket error behind it means. */
function connectionDown(err: Error): string {
  if (err.message.includes("All sentinels are unreachable")) return "no Redis Sentinel can be reached";
  if (err.name === "ClusterAllFailedError" || /startup nodes|slots cache|Cluster isn't ready/.test(err.message)) {
    return "no Redis Cluster node can be reached";
  }
  return "the connection to Redis is down";
}

/**
 * An EXEC that got no reply in time may have been applied (Redis reads what
 * was sent when it resumes): its error says so. Other errors pass unchanged.
 */
export function explainExecTimeout(err: unknown, backend: string): unknown {
  if (!(err instanceof ReplyTimeoutError)) return err;
  return dbxError(
    ErrorReason.BACKEND_UNAVAILABLE,
    `${err.message}: whether the transaction was applied is unknown (read its keys to find out)`,
    { backend },
    err,
  );
}

function fromReply(err: Error, backend: string): ConnectError {
  const code = redisErrorCode(err);
  const metadata = { backend, native_code: code };
  if (UNAVAILABLE_CODES.has(code)) {
    return dbxError(ErrorReason.BACKEND_UNAVAILABLE, `Redis backend "${backend}": ${err.message}`, metadata, err);
  }
  if (code === "NOPERM") return dbxError(ErrorReason.PERMISSION_DENIED, `Redis refused the command for the user DBX connects as: ${err.message}`, metadata, err);
  if (code === "CROSSSLOT") return crossSlot(backend, err);
  return dbxError(ErrorReason.STATEMENT_FAILED, `Redis: ${err.message}`, metadata, err);
}

function crossSlot(backend: string, err: Error): ConnectError {
  return dbxError(
    ErrorReason.STATEMENT_FAILED,
    "the keys of this command hash to different Redis Cluster slots; multi-key commands and transactions need keys in one slot (use a {hash tag})",
    { backend, native_code: "CROSSSLOT" },
    err,
  );
}

/** The error a call answers when its signal aborted: the ConnectError connect put there, or CANCELED. */
export function abortError(abort: Pick<CallAbort, "reason">): ConnectError {
  const reason = abort.reason;
  if (reason instanceof ConnectError) return reason;
  if (reason instanceof Error && reason.name === "TimeoutError") return dbxError(ErrorReason.DEADLINE_EXCEEDED, "the deadline passed");
  return new ConnectError("the call was cancelled", Code.Canceled);
}
