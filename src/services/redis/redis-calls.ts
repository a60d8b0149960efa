import type { HandlerContext } from "@connectrpc/connect";
import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { NullValue } from "@bufbuild/protobuf/wkt";
import { ReplySchema, type Reply } from "../../../gen/ts/dbx/redis/v1/common_pb.js";
import { RedisService } from "../../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { Target } from "../../../gen/ts/dbx/v1/target_pb.js";
import type { RedisArg, RedisFacet, RedisReply } from "../../backends/facets/redis.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import type { ResolveOptions } from "../call-resolver.js";
import type { ServiceDeps } from "../service-deps.js";

/** What one handler call works with: the backend's facet and the call's signal. */
export interface RedisCall {
  /** The backend's name (the default one's when the request names none), for error metadata. */
  readonly backend: string;
  readonly facet: RedisFacet;
  readonly signal: AbortSignal;
  readonly ctx: HandlerContext;
  /** The largest answer the server sends (server.maxResponseBytes). */
  readonly maxResponseBytes: number;
  /**
   * Runs one command on the shared connection. It stops waiting for the
   * reply at the call's deadline; a disconnect or shutdown lets it finish,
   * since a pipelined command cannot be withdrawn and the backend's
   * commandTimeoutMs bounds the wait. (Building the call's signal and
   * racing every command against it cost ~7 µs of latency per call.)
   */
  run(name: string, ...args: RedisArg[]): Promise<RedisReply>;
}

/**
 * Resolves the Redis backend a request's Target names through the one call
 * resolver (NOT_FOUND when unknown, FAILED_PRECONDITION for another kind);
 * its namespace and collection must be empty.
 */
export type ResolveRedis = (target: Target | undefined, ctx: HandlerContext) => RedisCall;

const RESOLVE_OPTIONS: ResolveOptions = { collection: "forbidden" };

export function redisResolver(deps: ServiceDeps): ResolveRedis {
  const maxResponseBytes = deps.limits.maxResponseBytes;
  return (target, ctx) => {
    const { backend, facet } = deps.resolver.facet(target, ctx, "redis", RedisService, RESOLVE_OPTIONS);
    return {
      backend: backend.name,
      facet,
      get signal() {
        return ctx.signal;
      },
      ctx,
      maxResponseBytes,
      run: (name, ...args) => facet.call(ctx.timeoutMs() === undefined ? undefined : ctx.signal, name, args),
    };
  };
}

/** Throws INVALID_ARGUMENT naming `field` when a repeated field is empty. */
export function required<T>(values: readonly T[], field: string): readonly T[] {
  if (values.length === 0) throw invalidField(field, "at least one is required");
  return values;
}

// Replies, read by the shape each command documents. A reply of another
// shape means the server is not the Redis DBX expects: INTERNAL, never a guess.

export function asInt(reply: RedisReply): bigint {
  if (typeof reply === "bigint") return reply;
  if (Buffer.isBuffer(reply) && /^-?\d+$/.test(reply.toString())) return BigInt(reply.toString());
  throw unexpected(reply, "an integer");
}

export function asBool(reply: RedisReply): boolean {
  return asInt(reply) === 1n;
}

export function asBytes(reply: RedisReply): Buffer {
  if (Buffer.isBuffer(reply)) return reply;
  throw unexpected(reply, "a bulk string");
}

export function asOptionalBytes(reply: RedisReply): Buffer | undefined {
  return reply === null ? undefined : asBytes(reply);
}

export function asArray(reply: RedisReply): RedisReply[] {
  if (Array.isArray(reply)) return reply;
  if (reply === null) return [];
  throw unexpected(reply, "an array");
}

export function asBytesList(reply: RedisReply): Buffer[] {
  return asArray(reply).map(asBytes);
}

export function asText(reply: RedisReply): string {
  return asBytes(reply).toString();
}

/** A Redis double: decimal text, or "inf", "-inf". */
export function asDouble(reply: RedisReply): number {
  const text = asText(reply).toLowerCase();
  if (text === "inf" || text === "+inf") return Infinity;
  if (text === "-inf") return -Infinity;
  const n = Number(text);
  if (Number.isNaN(n)) throw unexpected(reply, "a number");
  return n;
}

export function asOptionalDouble(reply: RedisReply): number | undefined {
  return reply === null ? undefined : asDouble(reply);
}

/** A flat [a, b, a, b, ...] array as pairs. */
export function asPairs(reply: RedisReply): [RedisReply, RedisReply][] {
  const items = asArray(reply);
  const out: [RedisReply, RedisReply][] = [];
  for (let i = 0; i + 1 < items.length; i += 2) out.push([items[i], items[i + 1]]);
  return out;
}

/** A double for a command argument, Redis's way ("inf", "-inf"). */
export function scoreArg(score: number): string {
  if (score === Infinity) return "+inf";
  if (score === -Infinity) return "-inf";
  if (Number.isNaN(score)) throw invalidField("score", "NaN is not a score");
  return String(score);
}

/** A reply as the generic Reply message. */
export function toReplyMessage(reply: RedisReply): Reply {
  return create(ReplySchema, replyInit(reply));
}

function replyInit(reply: RedisReply): MessageInitShape<typeof ReplySchema> {
  if (reply === null) return { kind: { case: "nil", value: NullValue.NULL_VALUE } };
  if (typeof reply === "bigint") return { kind: { case: "integer", value: reply } };
  if (Buffer.isBuffer(reply)) return { kind: { case: "bulk", value: reply } };
  return { kind: { case: "array", value: { values: reply.map(replyInit) } } };
}

function unexpected(reply: RedisReply, wanted: string): Error {
  const shape = reply === null ? "nil" : typeof reply === "bigint" ? "an integer" : Buffer.isBuffer(reply) ? "a bulk string" : "an array";
  return dbxError(ErrorReason.INTERNAL, `Redis answered ${shape} where ${wanted} was expected`);
}
