import type { RedisArg } from "../facets/redis.js";

/** Blocking commands whose last argument is their timeout in seconds. */
const TIMEOUT_LAST = new Set(["BLPOP", "BRPOP", "BLMOVE", "BRPOPLPUSH", "BZPOPMIN", "BZPOPMAX"]);
/** Blocking commands whose first argument is their timeout in seconds. */
const TIMEOUT_FIRST = new Set(["BLMPOP", "BZMPOP"]);
/** Commands that block with a `BLOCK <milliseconds>` option. */
const BLOCK_OPTION = new Set(["XREAD", "XREADGROUP"]);

/**
 * How long Redis may rightly keep a command's reply back: the wait the
 * command asks for (0 for a command that answers at once, Infinity for
 * "until cancelled"). A reply is awaited this long plus commandTimeoutMs.
 */
export function blockingWaitMs(name: string, args: readonly RedisArg[]): number {
  const upper = name.toUpperCase();
  if (TIMEOUT_LAST.has(upper)) return waitOf(args.at(-1), 1_000);
  if (TIMEOUT_FIRST.has(upper)) return waitOf(args[0], 1_000);
  if (BLOCK_OPTION.has(upper)) return blockOption(args);
  return 0;
}

/** XREAD/XREADGROUP's BLOCK, looked for among the options only: group, consumer and key names come as arguments too. */
function blockOption(args: readonly RedisArg[]): number {
  for (let i = 0; i < args.length; i++) {
    const word = text(args[i]).toUpperCase();
    if (word === "STREAMS") break;
    if (word === "GROUP") i += 2;
    else if (word === "BLOCK") return waitOf(args[i + 1], 1);
  }
  return 0;
}

/** A timeout argument in milliseconds; 0 ("block forever") as Infinity, and so is an unreadable one. */
function waitOf(arg: RedisArg | undefined, msPerUnit: number): number {
  const n = arg === undefined ? NaN : Number(text(arg));
  return Number.isFinite(n) && n > 0 ? n * msPerUnit : Infinity;
}

function text(arg: RedisArg): string {
  return arg instanceof Uint8Array ? Buffer.from(arg.buffer, arg.byteOffset, arg.byteLength).toString("latin1") : String(arg);
}
