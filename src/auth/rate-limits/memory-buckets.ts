import { LRUCache } from "lru-cache";
import type { BucketStore } from "./bucket-store.js";
import type { BucketShape } from "./rate-limit.js";
import { takeToken, type BucketLevel, type Taken } from "./token-bucket.js";

/** Buckets a process keeps at most, by default: about 30 MB of heap with client addresses as keys. */
export const DEFAULT_MAX_BUCKETS = 100_000;

/**
 * Token buckets in this process, one per key, at most `max` of them. A key
 * without a bucket gets a full one, so forgetting a bucket that is full
 * again loses nothing; the least recently used bucket goes first, and it is
 * the one most likely full. Only when more than `max` keys call within one
 * refill period is a bucket forgotten before it is full (its key then
 * starts full again): that is the price of memory that stays bounded however
 * many identities (anonymous client addresses) call.
 */
export class MemoryBuckets implements BucketStore {
  readonly #levels: LRUCache<string, BucketLevel>;

  constructor(
    max: number = DEFAULT_MAX_BUCKETS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#levels = new LRUCache({ max });
  }

  /** Buckets kept. */
  get size(): number {
    return this.#levels.size;
  }

  take(key: string, shape: BucketShape): Taken {
    const now = this.now();
    let level = this.#levels.get(key);
    if (level === undefined) {
      level = { tokens: shape.capacity, at: now };
      this.#levels.set(key, level);
    }
    return takeToken(level, shape, now);
  }
}
