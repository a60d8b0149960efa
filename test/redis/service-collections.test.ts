import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BitOperation, BitUnit } from "../../gen/ts/dbx/redis/v1/bitmaps_pb.js";
import { ListEnd, SetCondition } from "../../gen/ts/dbx/redis/v1/common_pb.js";
import { Aggregate, RangeBy, ScoreComparison } from "../../gen/ts/dbx/redis/v1/sorted_sets_pb.js";
import { blockedClients as blockedOn } from "../support/redis-blocked-clients.js";
import { expectError } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";
import { b, binary, startRedisServiceFixture, type RedisServiceFixture } from "./service-fixture.js";

let fx: RedisServiceFixture;
beforeAll(async () => {
  fx = await startRedisServiceFixture({ keyPrefix: "col:" });
});
afterAll(() => fx?.close());

const blockedClients = () => blockedOn(fx.server.port);

const sorted = (list: Uint8Array[]) => list.map((x) => Buffer.from(x).toString("hex")).sort();

describe("RedisService hashes", () => {
  const key = binary(0x48);
  it("HSET, HGET, HMGET, HGETALL with binary fields and values", async () => {
    expect((await fx.client.hSet({ key, fields: [{ field: binary(1), value: binary(2) }, { field: b("n"), value: b("1") }] })).added).toBe(2n);
    expect((await fx.client.hSet({ key, fields: [{ field: b("n"), value: b("5") }] })).added).toBe(0n);
    expect((await fx.client.hGet({ key, field: binary(1) })).value).toEqual(binary(2));
    expect((await fx.client.hGet({ key, field: b("nope") })).value).toBeUndefined();
    expect((await fx.client.hMGet({ key, fields: [b("n"), b("nope"), binary(1)] })).values.map((v) => v.value)).toEqual([b("5"), undefined, binary(2)]);
    const all = await fx.client.hGetAll({ key });
    expect(all.fields.map((f) => [f.field, f.value])).toEqual(
      expect.arrayContaining([
        [binary(1), binary(2)],
        [b("n"), b("5")],
      ]),
    );
    expect((await fx.client.hGetAll({ key: b("missing") })).fields).toEqual([]);
  });

  it("HDEL, HEXISTS, HLEN, HKEYS, HVALS", async () => {
    const k = b("h2");
    await fx.client.hSet({ key: k, fields: [{ field: b("a"), value: b("1") }, { field: binary(), value: b("2") }, { field: b("c"), value: binary(3) }] });
    expect((await fx.client.hExists({ key: k, field: binary() })).exists).toBe(true);
    expect((await fx.client.hLen({ key: k })).length).toBe(3n);
    expect(sorted((await fx.client.hKeys({ key: k })).fields)).toEqual(sorted([b("a"), binary(), b("c")]));
    expect(sorted((await fx.client.hVals({ key: k })).values)).toEqual(sorted([b("1"), b("2"), binary(3)]));
    expect((await fx.client.hDel({ key: k, fields: [b("a"), b("zz")] })).deleted).toBe(1n);
    expect((await fx.client.hExists({ key: k, field: b("a") })).exists).toBe(false);
  });

  it("HINCRBY, HINCRBYFLOAT, HSETNX", async () => {
    const k = b("h3");
    expect((await fx.client.hIncrBy({ key: k, field: b("i"), increment: -9223372036854775807n })).value).toBe(-9223372036854775807n);
    expect((await fx.client.hIncrByFloat({ key: k, field: b("f"), increment: 2.5 })).value).toBe(2.5);
    expect((await fx.client.hSetNx({ key: k, field: b("i"), value: b("x") })).set).toBe(false);
    expect((await fx.client.hSetNx({ key: k, field: b("new"), value: b("x") })).set).toBe(true);
  });

  it("HRANDFIELD with and without count and values", async () => {
    const k = b("h4");
    await fx.client.hSet({ key: k, fields: [{ field: b("a"), value: b("1") }, { field: b("b"), value: b("2") }] });
    expect((await fx.client.hRandField({ key: k })).fields).toHaveLength(1);
    expect((await fx.client.hRandField({ key: b("none") })).fields).toEqual([]);
    expect((await fx.client.hRandField({ key: k, count: 5n })).fields).toHaveLength(2);
    expect((await fx.client.hRandField({ key: k, count: -5n })).fields).toHaveLength(5);
    const withValues = await fx.client.hRandField({ key: k, count: 2n, withValues: true });
    expect(withValues.fields.map((f) => new TextDecoder().decode(f.field) + "=" + new TextDecoder().decode(f.value)).sort()).toEqual(["a=1", "b=2"]);
    await expectError(fx.client.hRandField({ key: k, withValues: true }), Code.InvalidArgument, { message: /with_values/ });
  });

  it("HSCAN iterates every field", async () => {
    const k = b("h5");
    await fx.client.hSet({ key: k, fields: Array.from({ length: 300 }, (_, i) => ({ field: b(`f${i}`), value: b(`${i}`) })) });
    const seen = new Set<string>();
    let cursor = "";
    do {
      const page = await fx.client.hScan({ key: k, cursor, count: 50n, match: b("f*") });
      page.fields.forEach((f) => seen.add(new TextDecoder().decode(f.field)));
      cursor = page.cursor;
    } while (cursor !== "0");
    expect(seen.size).toBe(300);
  });
});

describe("RedisService lists", () => {
  it("LPUSH/RPUSH (and X), LPOP/RPOP with count, LRANGE, LLEN, LINDEX", async () => {
    const k = binary(0x4c);
    expect((await fx.client.lPush({ key: k, values: [b("x")], onlyIfExists: true })).length).toBe(0n);
    expect((await fx.client.rPush({ key: k, values: [b("b"), binary()] })).length).toBe(2n);
    expect((await fx.client.lPush({ key: k, values: [b("a")] })).length).toBe(3n);
    expect((await fx.client.rPush({ key: k, values: [b("z")], onlyIfExists: true })).length).toBe(4n);
    expect((await fx.client.lRange({ key: k, start: 0n, stop: -1n })).values).toEqual([b("a"), b("b"), binary(), b("z")]);
    expect((await fx.client.lLen({ key: k })).length).toBe(4n);
    expect((await fx.client.lIndex({ key: k, index: -2n })).value).toEqual(binary());
    expect((await fx.client.lIndex({ key: k, index: 99n })).value).toBeUndefined();
    expect((await fx.client.lPop({ key: k })).values).toEqual([b("a")]);
    expect((await fx.client.rPop({ key: k, count: 2n })).values).toEqual([b("z"), binary()]);
    expect((await fx.client.lPop({ key: b("empty") })).values).toEqual([]);
    expect((await fx.client.rPop({ key: b("empty"), count: 3n })).values).toEqual([]);
  });

  it("LSET, LREM, LTRIM, LMOVE", async () => {
    const k = b("l2");
    await fx.client.rPush({ key: k, values: ["a", "x", "b", "x", "c", "x"].map(b) });
    await fx.client.lSet({ key: k, index: 0n, value: binary() });
    expect((await fx.client.lRem({ key: k, count: -2n, value: b("x") })).removed).toBe(2n);
    expect((await fx.client.lRange({ key: k, start: 0n, stop: -1n })).values).toEqual([binary(), b("x"), b("b"), b("c")]);
    await fx.client.lTrim({ key: k, start: 1n, stop: 2n });
    expect((await fx.client.lRange({ key: k, start: 0n, stop: -1n })).values).toEqual([b("x"), b("b")]);
    expect((await fx.client.lMove({ source: k, destination: b("l3"), sourceEnd: ListEnd.RIGHT, destinationEnd: ListEnd.LEFT })).value).toEqual(b("b"));
    expect((await fx.client.lRange({ key: b("l3"), start: 0n, stop: -1n })).values).toEqual([b("b")]);
    expect((await fx.client.lMove({ source: b("none"), destination: b("l3"), sourceEnd: ListEnd.LEFT, destinationEnd: ListEnd.LEFT })).value).toBeUndefined();
    await expectError(fx.client.lMove({ source: k, destination: k }), Code.InvalidArgument, { message: /source_end/ });
    await expectError(fx.client.lSet({ key: k, index: 50n, value: b("v") }), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED" });
  });

  it("BLPOP and BRPOP wait for an element on their own connection", async () => {
    const waiting = fx.client.bLPop({ keys: [b("q1"), binary(7)], timeout: { seconds: 20n } });
    await waitFor(async () => (await blockedClients()) === 1, { what: "BLPOP to block in Redis" });
    // The shared connection stays free while BLPOP waits.
    expect((await fx.client.ping({})).reply).toEqual(b("PONG"));
    await fx.client.rPush({ key: binary(7), values: [b("job")] });
    expect(await waiting).toMatchObject({ timedOut: false, list: binary(7), value: b("job") });
    await fx.client.rPush({ key: b("q2"), values: [b("1"), b("2")] });
    expect(await fx.client.bRPop({ keys: [b("q2")], timeout: { seconds: 1n } })).toMatchObject({ list: b("q2"), value: b("2") });
  });

  it("blocking pops end at their timeout, and never outlast the call's deadline", async () => {
    let start = Date.now();
    expect((await fx.client.bLPop({ keys: [b("never")], timeout: { nanos: 200_000_000 } })).timedOut).toBe(true);
    expect(Date.now() - start).toBeGreaterThanOrEqual(190);
    start = Date.now();
    // Without a timeout these block for ever: a few seconds is slow, not a hang.
    const res = await fx.client.bRPop({ keys: [b("never")] }, { timeoutMs: 400 });
    expect(res.timedOut).toBe(true);
    expect(Date.now() - start).toBeLessThan(5_000);
    start = Date.now();
    expect((await fx.client.bLMove({ source: b("never"), destination: b("d"), sourceEnd: ListEnd.LEFT, destinationEnd: ListEnd.RIGHT }, { timeoutMs: 300 })).timedOut).toBe(true);
    expect(Date.now() - start).toBeLessThan(5_000);
  });

  it("BLMOVE moves when an element arrives; a cancelled BLPOP frees its connection", async () => {
    const waiting = fx.client.bLMove({ source: b("bsrc"), destination: b("bdst"), sourceEnd: ListEnd.LEFT, destinationEnd: ListEnd.RIGHT, timeout: { seconds: 20n } });
    await waitFor(async () => (await blockedClients()) === 1, { what: "BLMOVE to block in Redis" });
    await fx.client.rPush({ key: b("bsrc"), values: [binary()] });
    expect((await waiting).value).toEqual(binary());
    expect((await fx.client.lRange({ key: b("bdst"), start: 0n, stop: -1n })).values).toEqual([binary()]);

    const ac = new AbortController();
    const cancelled = fx.client.bLPop({ keys: [b("cancel-me")] }, { signal: ac.signal });
    await waitFor(async () => (await blockedClients()) === 1, { what: "BLPOP to block in Redis" });
    ac.abort();
    await expectError(cancelled, Code.Canceled);
    // The cancelled BLPOP leaves Redis: an element pushed after the cancel is not taken by an orphan.
    await waitFor(async () => (await blockedClients()) === 0, { what: "the cancelled BLPOP to leave Redis" });
    await fx.client.rPush({ key: b("cancel-me"), values: [b("kept")] });
    expect((await fx.client.lLen({ key: b("cancel-me") })).length).toBe(1n);
  });
});

describe("RedisService sets", () => {
  it("SADD, SREM, SMEMBERS, SISMEMBER, SMISMEMBER, SCARD", async () => {
    const k = binary(0x53);
    expect((await fx.client.sAdd({ key: k, members: [binary(), b("a"), b("a")] })).added).toBe(2n);
    expect(sorted((await fx.client.sMembers({ key: k })).members)).toEqual(sorted([binary(), b("a")]));
    expect((await fx.client.sIsMember({ key: k, member: binary() })).isMember).toBe(true);
    expect((await fx.client.sMIsMember({ key: k, members: [b("a"), b("z"), binary()] })).isMember).toEqual([true, false, true]);
    expect((await fx.client.sCard({ key: k })).count).toBe(2n);
    expect((await fx.client.sRem({ key: k, members: [b("a"), b("q")] })).removed).toBe(1n);
  });

  it("SPOP, SRANDMEMBER, SMOVE", async () => {
    const k = b("s2");
    await fx.client.sAdd({ key: k, members: ["a", "b", "c", "d"].map(b) });
    expect((await fx.client.sRandMember({ key: k })).members).toHaveLength(1);
    expect((await fx.client.sRandMember({ key: k, count: -6n })).members).toHaveLength(6);
    expect((await fx.client.sPop({ key: k })).members).toHaveLength(1);
    expect((await fx.client.sPop({ key: k, count: 2n })).members).toHaveLength(2);
    const [last] = (await fx.client.sMembers({ key: k })).members;
    expect((await fx.client.sMove({ source: k, destination: b("s3"), member: last })).moved).toBe(true);
    expect((await fx.client.sMove({ source: k, destination: b("s3"), member: last })).moved).toBe(false);
    expect((await fx.client.sPop({ key: b("nothing") })).members).toEqual([]);
  });

  it("SINTER, SUNION, SDIFF and their STORE forms", async () => {
    await fx.client.sAdd({ key: b("x"), members: ["1", "2", "3"].map(b) });
    await fx.client.sAdd({ key: b("y"), members: ["2", "3", "4"].map(b) });
    const text = (l: Uint8Array[]) => l.map((m) => new TextDecoder().decode(m)).sort();
    expect(text((await fx.client.sInter({ keys: [b("x"), b("y")] })).members)).toEqual(["2", "3"]);
    expect(text((await fx.client.sUnion({ keys: [b("x"), b("y")] })).members)).toEqual(["1", "2", "3", "4"]);
    expect(text((await fx.client.sDiff({ keys: [b("x"), b("y")] })).members)).toEqual(["1"]);
    expect((await fx.client.sInterStore({ destination: b("i"), keys: [b("x"), b("y")] })).count).toBe(2n);
    expect((await fx.client.sUnionStore({ destination: b("u"), keys: [b("x"), b("y")] })).count).toBe(4n);
    expect((await fx.client.sDiffStore({ destination: b("d"), keys: [b("y"), b("x")] })).count).toBe(1n);
    expect(text((await fx.client.sMembers({ key: b("d") })).members)).toEqual(["4"]);
  });

  it("SSCAN iterates every member", async () => {
    await fx.client.sAdd({ key: b("big"), members: Array.from({ length: 200 }, (_, i) => b(`m${i}`)) });
    const seen = new Set<string>();
    let cursor = "";
    do {
      const page = await fx.client.sScan({ key: b("big"), cursor, count: 30n });
      page.members.forEach((m) => seen.add(new TextDecoder().decode(m)));
      cursor = page.cursor;
    } while (cursor !== "0");
    expect(seen.size).toBe(200);
  });
});

describe("RedisService sorted sets", () => {
  const k = binary(0x5a);
  const names = (members: { member: Uint8Array }[]) => members.map((m) => new TextDecoder().decode(m.member));

  it("ZADD with NX/XX/GT/LT/CH/INCR, ZSCORE, ZMSCORE, ZCARD", async () => {
    expect((await fx.client.zAdd({ key: k, members: [{ member: b("a"), score: 1 }, { member: b("b"), score: 2 }, { member: binary(), score: -Infinity }] })).count).toBe(3n);
    expect((await fx.client.zAdd({ key: k, members: [{ member: b("a"), score: 5 }, { member: b("c"), score: 3 }], condition: SetCondition.NX })).count).toBe(1n);
    expect((await fx.client.zScore({ key: k, member: b("a") })).score).toBe(1);
    expect((await fx.client.zAdd({ key: k, members: [{ member: b("a"), score: 0.5 }], comparison: ScoreComparison.GT, changed: true })).count).toBe(0n);
    expect((await fx.client.zAdd({ key: k, members: [{ member: b("a"), score: 0.5 }], comparison: ScoreComparison.LT, changed: true })).count).toBe(1n);
    expect((await fx.client.zAdd({ key: k, members: [{ member: b("zz"), score: 1 }], condition: SetCondition.XX })).count).toBe(0n);
    expect(await fx.client.zAdd({ key: k, members: [{ member: b("b"), score: 10 }], incr: true })).toMatchObject({ count: 1n, score: 12 });
    expect((await fx.client.zAdd({ key: k, members: [{ member: b("new"), score: 1 }], incr: true, condition: SetCondition.XX })).score).toBeUndefined();
    expect((await fx.client.zMScore({ key: k, members: [binary(), b("nope"), b("c")] })).scores.map((s) => s.score)).toEqual([-Infinity, undefined, 3]);
    expect((await fx.client.zCard({ key: k })).count).toBe(4n);
    await expectError(fx.client.zAdd({ key: k, members: [{ member: b("x") }] }), Code.InvalidArgument, { message: /members\[0\]\.score/ });
  });

  it("ZRANGE by rank, score and lex, reversed, limited, with scores", async () => {
    expect(names((await fx.client.zRange({ key: k, start: "0", stop: "-1" })).members)).toEqual(["\u0000\ufffd\ufffd\u0000\ufffd(", "a", "c", "b"]);
    const byScore = await fx.client.zRange({ key: k, start: "(0.5", stop: "+inf", by: RangeBy.SCORE, withScores: true });
    expect(byScore.members.map((m) => [new TextDecoder().decode(m.member), m.score])).toEqual([
      ["c", 3],
      ["b", 12],
    ]);
    const rev = await fx.client.zRange({ key: k, start: "+inf", stop: "-inf", by: RangeBy.SCORE, rev: true, limit: { offset: 1n, count: 2n } });
    expect(names(rev.members)).toEqual(["c", "a"]);
    expect(rev.members[0].score).toBeUndefined();
    await fx.client.zAdd({ key: b("lex"), members: ["a", "b", "c", "d"].map((m) => ({ member: b(m), score: 0 })) });
    expect(names((await fx.client.zRange({ key: b("lex"), start: "[b", stop: "(d", by: RangeBy.LEX })).members)).toEqual(["b", "c"]);
    await expectError(fx.client.zRange({ key: k, start: "0", stop: "1", limit: { offset: 0n, count: 1n } }), Code.InvalidArgument, { message: /limit/ });
  });

  it("ZINCRBY, ZCOUNT, ZRANK, ZREVRANK, ZREM", async () => {
    expect((await fx.client.zIncrBy({ key: k, member: b("c"), increment: 0.25 })).score).toBe(3.25);
    expect((await fx.client.zCount({ key: k, min: "-inf", max: "(3.25" })).count).toBe(2n);
    expect((await fx.client.zRank({ key: k, member: b("b") })).rank).toBe(3n);
    expect((await fx.client.zRevRank({ key: k, member: b("b") })).rank).toBe(0n);
    expect((await fx.client.zRank({ key: k, member: b("nope") })).rank).toBeUndefined();
    expect((await fx.client.zRem({ key: k, members: [b("c"), b("nope")] })).removed).toBe(1n);
  });

  it("ZREMRANGEBYSCORE, ZREMRANGEBYRANK, ZPOPMIN, ZPOPMAX", async () => {
    const z = b("z2");
    await fx.client.zAdd({ key: z, members: [1, 2, 3, 4, 5, 6].map((i) => ({ member: b(`m${i}`), score: i })) });
    expect((await fx.client.zRemRangeByScore({ key: z, min: "(5", max: "+inf" })).removed).toBe(1n);
    expect((await fx.client.zRemRangeByRank({ key: z, start: 0n, stop: 0n })).removed).toBe(1n);
    expect((await fx.client.zPopMin({ key: z })).members).toEqual([expect.objectContaining({ member: b("m2"), score: 2 })]);
    expect((await fx.client.zPopMax({ key: z, count: 2n })).members.map((m) => m.score)).toEqual([5, 4]);
    expect((await fx.client.zPopMin({ key: b("none") })).members).toEqual([]);
  });

  it("ZUNIONSTORE and ZINTERSTORE with weights and aggregate", async () => {
    await fx.client.zAdd({ key: b("za"), members: [{ member: b("x"), score: 1 }, { member: b("y"), score: 2 }] });
    await fx.client.zAdd({ key: b("zb"), members: [{ member: b("y"), score: 10 }, { member: b("z"), score: 20 }] });
    expect((await fx.client.zUnionStore({ destination: b("zu"), keys: [b("za"), b("zb")], weights: [2, 1] })).count).toBe(3n);
    expect((await fx.client.zScore({ key: b("zu"), member: b("y") })).score).toBe(14);
    expect((await fx.client.zInterStore({ destination: b("zi"), keys: [b("za"), b("zb")], aggregate: Aggregate.MAX })).count).toBe(1n);
    expect((await fx.client.zScore({ key: b("zi"), member: b("y") })).score).toBe(10);
    await expectError(fx.client.zUnionStore({ destination: b("zu"), keys: [b("za")], weights: [1, 2] }), Code.InvalidArgument, { message: /weights/ });
  });

  it("ZSCAN iterates members with scores", async () => {
    await fx.client.zAdd({ key: b("zbig"), members: Array.from({ length: 200 }, (_, i) => ({ member: b(`m${i}`), score: i })) });
    const seen = new Map<string, number>();
    let cursor = "";
    do {
      const page = await fx.client.zScan({ key: b("zbig"), cursor, count: 40n });
      page.members.forEach((m) => seen.set(new TextDecoder().decode(m.member), m.score!));
      cursor = page.cursor;
    } while (cursor !== "0");
    expect(seen.size).toBe(200);
    expect(seen.get("m150")).toBe(150);
  });
});

describe("RedisService bitmaps and HyperLogLog", () => {
  it("SETBIT, GETBIT, BITCOUNT (BYTE/BIT), BITOP, BITPOS", async () => {
    const k = binary(0x42);
    expect((await fx.client.setBit({ key: k, offset: 7n, value: true })).previous).toBe(false);
    expect((await fx.client.setBit({ key: k, offset: 7n, value: true })).previous).toBe(true);
    await fx.client.setBit({ key: k, offset: 9n, value: true });
    expect((await fx.client.getBit({ key: k, offset: 9n })).value).toBe(true);
    expect((await fx.client.getBit({ key: k, offset: 8n })).value).toBe(false);
    expect((await fx.client.bitCount({ key: k })).count).toBe(2n);
    expect((await fx.client.bitCount({ key: k, range: { start: 1n, end: 1n } })).count).toBe(1n);
    expect((await fx.client.bitCount({ key: k, range: { start: 0n, end: 8n, unit: BitUnit.BIT } })).count).toBe(1n);
    expect((await fx.client.bitPos({ key: k, bit: true })).position).toBe(7n);
    expect((await fx.client.bitPos({ key: k, bit: true, range: { start: 8n, unit: BitUnit.BIT } })).position).toBe(9n);
    expect((await fx.client.bitPos({ key: k, bit: true, range: { start: 1n } })).position).toBe(9n);
    await fx.client.set({ key: b("b1"), value: Uint8Array.from([0b1100]) });
    await fx.client.set({ key: b("b2"), value: Uint8Array.from([0b1010]) });
    expect((await fx.client.bitOp({ operation: BitOperation.AND, destination: b("band"), keys: [b("b1"), b("b2")] })).length).toBe(1n);
    expect((await fx.client.get({ key: b("band") })).value).toEqual(Uint8Array.from([0b1000]));
    await fx.client.bitOp({ operation: BitOperation.XOR, destination: b("bxor"), keys: [b("b1"), b("b2")] });
    expect((await fx.client.get({ key: b("bxor") })).value).toEqual(Uint8Array.from([0b0110]));
    await fx.client.bitOp({ operation: BitOperation.NOT, destination: b("bnot"), keys: [b("b1")] });
    expect((await fx.client.get({ key: b("bnot") })).value).toEqual(Uint8Array.from([0b11110011]));
    await fx.client.bitOp({ operation: BitOperation.OR, destination: b("bor"), keys: [b("b1"), b("b2")] });
    expect((await fx.client.get({ key: b("bor") })).value).toEqual(Uint8Array.from([0b1110]));
    await expectError(fx.client.bitOp({ operation: BitOperation.NOT, destination: b("x"), keys: [b("b1"), b("b2")] }), Code.InvalidArgument);
  });

  it("PFADD, PFCOUNT, PFMERGE", async () => {
    expect((await fx.client.pfAdd({ key: b("hll1"), elements: [binary(), b("a"), b("b")] })).changed).toBe(true);
    expect((await fx.client.pfAdd({ key: b("hll1"), elements: [b("a")] })).changed).toBe(false);
    await fx.client.pfAdd({ key: b("hll2"), elements: [b("b"), b("c")] });
    expect((await fx.client.pfCount({ keys: [b("hll1")] })).count).toBe(3n);
    expect((await fx.client.pfCount({ keys: [b("hll1"), b("hll2")] })).count).toBe(4n);
    await fx.client.pfMerge({ destination: b("hll3"), sources: [b("hll1"), b("hll2")] });
    expect((await fx.client.pfCount({ keys: [b("hll3")] })).count).toBe(4n);
  });
});
