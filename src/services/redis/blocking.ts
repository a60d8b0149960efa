import type { HandlerContext } from "@connectrpc/connect";
import type { Duration } from "@bufbuild/protobuf/wkt";
import type { RedisArg, RedisReply } from "../../backends/facets/redis.js";
import type { RedisCall } from "./redis-calls.js";

/**
 * Time kept back from the deadline so that Redis answers nil before the call
 * is cut off: Redis checks blocking timeouts when its event loop wakes,
 * which may be up to 1000/hz ms (100 ms by default) late.
 */
const DEADLINE_MARGIN_MS = 150;

/**
 * The timeout argument (seconds, fractional) of a blocking command: the one
 * asked for, never past the call's deadline; 0 (wait until cancelled) only
 * when neither is set.
 */
export function blockingTimeout(timeout: Duration | undefined, ctx: HandlerContext): string {
  const asked = timeout ? Number(timeout.seconds) * 1_000 + timeout.nanos / 1e6 : 0;
  let ms = asked > 0 ? asked : Infinity;
  const remaining = ctx.timeoutMs();
  if (remaining !== undefined) ms = Math.min(ms, Math.max(remaining - DEADLINE_MARGIN_MS, 1));
  return ms === Infinity ? "0" : (Math.max(ms, 1) / 1_000).toFixed(3);
}

/** Runs a blocking command on a leased connection, dropped if the call is cancelled meanwhile. */
export async function callBlocking(call: RedisCall, name: string, args: readonly RedisArg[]): Promise<RedisReply> {
  const lease = await call.facet.lease(call.signal);
  try {
    return await lease.call(name, args);
  } finally {
    lease.release();
  }
}
