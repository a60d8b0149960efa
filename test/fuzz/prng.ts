/**
 * A small seeded pseudo-random generator (sfc32), so a fuzz run is the same
 * run again from its seed. Never Math.random: a failure must be replayable.
 */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    // The first outputs of sfc32 still look like the seed; discard them.
    for (let i = 0; i < 15; i++) this.uint32();
  }

  /** A generator for item `index` of a run: the same item is the same whatever ran before it. */
  static forItem(seed: number, index: number): Prng {
    return new Prng(mix(seed, index));
  }

  uint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }

  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = this.uint32() & 0xff;
    return out;
  }

  /** A 64-bit value from two draws. */
  bigUint64(): bigint {
    return (BigInt(this.uint32()) << 32n) | BigInt(this.uint32());
  }
}

/** Mixes a run seed and an item index into one 32-bit seed (murmur3's finaliser). */
function mix(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** The run seed: DBX_FUZZ_SEED when set (a number), else one derived from the clock, printed by the caller. */
export function fuzzSeed(fromEnv: string | undefined = process.env.DBX_FUZZ_SEED): number {
  if (fromEnv !== undefined && fromEnv.trim() !== "") {
    const n = Number(fromEnv);
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`DBX_FUZZ_SEED must be an integer 0..4294967295, got "${fromEnv}"`);
    return n;
  }
  return (Date.now() ^ (process.hrtime()[1] << 7)) >>> 0;
}
