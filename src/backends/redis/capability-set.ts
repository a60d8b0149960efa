import { Capability } from "../capabilities.js";

/**
 * What every Redis backend declares. Records are hashes of protobuf-encoded
 * values (record-codec.ts), so every value kind is stored without loss;
 * filters, field updates and array filters run in DBX (record-filter.ts,
 * field-updates.ts), each record's update atomically (record-scripts.ts).
 */
const EVERY_REDIS: readonly Capability[] = [
  Capability.DataRangedRead,
  Capability.DataUpsert,
  Capability.DataUpdateNumeric,
  Capability.DataUpdateArrays,
  Capability.DataBulkByFilter,
  Capability.QueryNative,
  Capability.QueryArrayFilters,
  Capability.StreamWatch,
  Capability.StreamPubSub,
  Capability.ValueDate,
  Capability.ValueTime,
  Capability.ValueDatetime,
  Capability.ValueInterval,
  Capability.ValueObjectId,
  Capability.ValueDocument,
  Capability.ValueNative,
  Capability.ValueDecimalSpecial,
];

/** MULTI and WATCH span one hash slot, and the records of a collection spread over all of them: not on Redis Cluster. */
const SINGLE_SERVER: readonly Capability[] = [
  Capability.DataAtomicBatch,
  Capability.TransactionAtomicBatch,
  Capability.TransactionInteractive,
];

/** What the server in front of a backend is, as far as capabilities go. */
export interface RedisServerTraits {
  readonly clustered: boolean;
  /** `redis_version` from INFO; "" when the server would not say (then the newest is assumed). */
  readonly version: string;
}

/**
 * The capabilities of a Redis backend on this server. `data.ttl` answers
 * Exists' expire time with PEXPIRETIME, which Redis has since 7.0: an older
 * server does not get it.
 */
export function redisCapabilities(server: RedisServerTraits): Set<Capability> {
  const set = new Set<Capability>([...EVERY_REDIS, ...(server.clustered ? [] : SINGLE_SERVER)]);
  if (atLeast(server.version, 7, 0)) set.add(Capability.DataTtl);
  return set;
}

/** True when `version` ("7.2.4") is at least major.minor, or unknown. */
function atLeast(version: string, major: number, minor: number): boolean {
  if (version === "") return true;
  const [vMajor = 0, vMinor = 0] = version.split(".").map((part) => Number.parseInt(part, 10) || 0);
  return vMajor > major || (vMajor === major && vMinor >= minor);
}
