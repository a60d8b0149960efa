import type { BucketShape } from "./rate-limit.js";
import type { Taken } from "./token-bucket.js";

/** Where the token buckets of a RateLimits live: one per key, each of the shape the call brings. */
export interface BucketStore {
  take(key: string, shape: BucketShape): Taken | Promise<Taken>;
}
