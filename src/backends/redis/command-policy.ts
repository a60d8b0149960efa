import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";

/** Server-changing or destructive commands: only with `allowDangerousCommands`. */
const DANGEROUS = new Set([
  "FLUSHDB",
  "FLUSHALL",
  "CONFIG",
  "SHUTDOWN",
  "DEBUG",
  "SWAPDB",
  "REPLICAOF",
  "SLAVEOF",
  "FAILOVER",
  "CLUSTER",
  "ACL",
  "MODULE",
  "SAVE",
  "BGSAVE",
  "BGREWRITEAOF",
  "CLIENT",
  "KEYS",
  "MIGRATE",
  "RESTORE",
  "RESTORE-ASKING",
  "LATENCY",
  "SLOWLOG",
  "MEMORY",
  "LASTSAVE",
  "LOLWUT",
  "PFDEBUG",
  "PFSELFTEST",
]);

/** Commands that run user code: only with `enableScripting`. */
const SCRIPTING = new Set(["EVAL", "EVALSHA", "EVAL_RO", "EVALSHA_RO", "SCRIPT", "FCALL", "FCALL_RO", "FUNCTION"]);

/**
 * Commands that change the state of the connection they run on, or block
 * it. DBX shares connections between calls, so these are never run as
 * plain commands; the RPC named here does the same thing safely.
 */
const CONNECTION_STATE: Readonly<Record<string, string>> = {
  SELECT: "a backend per database (the URL's path)",
  SUBSCRIBE: "Subscribe",
  PSUBSCRIBE: "PSubscribe",
  SSUBSCRIBE: "Subscribe",
  UNSUBSCRIBE: "cancelling the Subscribe call",
  PUNSUBSCRIBE: "cancelling the PSubscribe call",
  SUNSUBSCRIBE: "cancelling the Subscribe call",
  MULTI: "Multi",
  EXEC: "Multi",
  DISCARD: "Multi",
  WATCH: "Multi with watch_keys",
  UNWATCH: "Multi with watch_keys",
  QUIT: "closing the client",
  RESET: "closing the client",
  AUTH: "the backend URL's credentials",
  HELLO: "the backend configuration",
  READONLY: "the backend configuration",
  READWRITE: "the backend configuration",
  MONITOR: "no RPC (MONITOR takes over a connection)",
  SYNC: "no RPC",
  PSYNC: "no RPC",
  BLPOP: "BLPop",
  BRPOP: "BRPop",
  BLMOVE: "BLMove",
  BRPOPLPUSH: "BLMove",
  BLMPOP: "BLPop",
  BZPOPMIN: "ZPopMin",
  BZPOPMAX: "ZPopMax",
  BZMPOP: "ZPopMin",
  WAIT: "no RPC",
  WAITAOF: "no RPC",
};

export interface CommandPolicy {
  readonly enableScripting: boolean;
  readonly allowDangerousCommands: boolean;
}

/**
 * Refuses a command that the configuration does not allow (PERMISSION_DENIED,
 * reason DISABLED, metadata `setting`) or that would break a shared
 * connection (INVALID_ARGUMENT naming `field`). Answers the upper-case name.
 */
export function checkCommand(name: string, args: readonly unknown[], policy: CommandPolicy, field: string): string {
  const upper = name.toUpperCase();
  if (!/^[A-Z][A-Z0-9_|.-]*$/.test(upper)) throw invalidField(field, `"${name}" is not a Redis command name`);
  if (SCRIPTING.has(upper) && !policy.enableScripting) {
    throw dbxError(
      ErrorReason.DISABLED,
      `${upper} is disabled: scripting is off for this backend (enableScripting)`,
      { setting: "enableScripting", command: upper },
    );
  }
  if (DANGEROUS.has(upper) && !policy.allowDangerousCommands) {
    throw dbxError(
      ErrorReason.DISABLED,
      `${upper} is disabled: destructive and server-changing commands need allowDangerousCommands`,
      { setting: "allowDangerousCommands", command: upper },
    );
  }
  const instead = CONNECTION_STATE[upper];
  if (instead) throw invalidField(field, `${upper} changes or blocks a shared connection; use ${instead} instead`);
  if ((upper === "XREAD" || upper === "XREADGROUP") && args.some((a) => String(a).toUpperCase() === "BLOCK")) {
    throw invalidField(field, `${upper} with BLOCK blocks a shared connection; use the ${upper === "XREAD" ? "XRead" : "XReadGroup"} stream instead`);
  }
  return upper;
}
