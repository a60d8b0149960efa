import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Backend } from "../../src/backends/backend.js";
import { createRedisBackend } from "../../src/backends/redis/index.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { at, ctx, record, v } from "./values.js";

let master: RedisServer;
let sentinel: RedisServer;
let backend: Backend;

beforeAll(async () => {
  master = await startRedisServer();
  sentinel = await startRedisServer({ config: `sentinel monitor mymaster 127.0.0.1 ${master.port} 1\n`, args: ["--sentinel"] });
  backend = createRedisBackend("ha", { url: "redis://unused/0", sentinel: { name: "mymaster", sentinels: [`127.0.0.1:${sentinel.port}`] } });
  await backend.open();
});

afterAll(async () => {
  await backend?.close();
  await sentinel?.stop();
  await master?.stop();
});

describe("Redis through Sentinel", () => {
  it("finds the master through the sentinel and serves records and commands", async () => {
    await backend.put(ctx(), { target: at("s"), key: v.str("k"), record: record({ n: v.int(1) }), ttlMs: undefined });
    expect((await backend.get(ctx(), { target: at("s"), key: v.str("k"), fields: [] }))?.fields.n).toEqual(v.int(1));
    const facet = backend.facets.redis!;
    expect(facet.mode).toBe("sentinel");
    expect(await facet.call(new AbortController().signal, "EXISTS", ["s:k"])).toBe(1n);
    const role = (await facet.call(new AbortController().signal, "ROLE", [])) as Buffer[];
    expect(role[0].toString()).toBe("master");
    // INFO names the master Sentinel chose, not the sentinel's address.
    const [info] = await facet.callEveryMaster(new AbortController().signal, "INFO", ["server"]);
    expect(info.address).toBe(`127.0.0.1:${master.port}`);
    expect(backend.capabilities.has("transaction.interactive")).toBe(true);
  });
});
