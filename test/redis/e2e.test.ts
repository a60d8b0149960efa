import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisService } from "../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { PROTOCOLS, startTestServer, type TestServer } from "../support/dbx-server.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { expectError, record, v } from "../support/values.js";
import { b, binary } from "./service-fixture.js";


let redis: RedisServer;
let server: TestServer;
beforeAll(async () => {
  redis = await startRedisServer();
  server = await startTestServer({
    defaultBackend: "cache",
    backends: { cache: { url: redis.url, keyPrefix: "e2e:" }, files: { url: "sqlite::memory:" } },
  });
});
afterAll(async () => {
  await server?.close();
  await redis?.stop();
});

describe("RedisService through the DBX server", () => {
  for (const protocol of PROTOCOLS) {
    it(`binary-safe SET/GET, a pipeline and a subscription over ${protocol}`, async () => {
      const client = server.client(RedisService, protocol);
      const key = binary(protocol.length);
      await client.set({ key, value: binary(1, 2) });
      expect((await client.get({ key })).value).toEqual(binary(1, 2));
      const res = await client.pipeline({ commands: [{ name: "GET", args: [key] }, { name: "INCR", args: [key] }] });
      expect(res.results.map((r) => r.outcome.case)).toEqual(["reply", "error"]);

      const ac = new AbortController();
      const sub = client.subscribe({ channels: [b(protocol)] }, { signal: ac.signal })[Symbol.asyncIterator]();
      expect((await sub.next()).value?.event.case).toBe("ready");
      await client.publish({ channel: b(protocol), message: binary() });
      const msg = (await sub.next()).value!;
      expect(msg.event.case === "message" && msg.event.value.payload).toEqual(binary());
      ac.abort();
    });
  }

  it("answers FAILED_PRECONDITION for a backend that is not Redis", async () => {
    await expectError(server.client(RedisService).get({ target: { backend: "files" }, key: b("k") }), Code.FailedPrecondition, { reason: "ERROR_REASON_WRONG_BACKEND_KIND" });
  });

  it("lists Redis with its capabilities and service, and serves records through DataService", async () => {
    const caps = await server.client(AdminService).getCapabilities({ backend: "cache" });
    expect(caps.services).toEqual(["dbx.redis.v1.RedisService"]);
    expect(caps.capabilities).toContain("stream.watch");
    const data = server.client(DataService, "grpc");
    await data.put({ target: { collection: "users" }, key: v.bytes([0, 255]), record: record({ avatar: v.bytes([0, 1, 2]) }) });
    expect((await data.get({ target: { collection: "users" }, key: v.bytes([0, 255]) })).record?.fields.avatar).toEqual(v.bytes([0, 1, 2]));
  });
});
