import { randomBytes } from "node:crypto";
import type { MessageInitShape } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisService } from "../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import { DataService, type ReadBytesRequestSchema } from "../../gen/ts/dbx/v1/data_pb.js";
import { maxChunkSize } from "../../src/services/byte-range-request.js";
import { PROTOCOLS, startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { expectError, record, v } from "../support/values.js";

const MAX_RESPONSE = 1024 * 1024;
const BLOB = randomBytes(5 * 1024 * 1024 + 17);
const TEXT = "héllo wörld ✓ ".repeat(200_000);

type ReadInit = Omit<MessageInitShape<typeof ReadBytesRequestSchema>, "target" | "$typeName">;

interface Chunk {
  offset: bigint;
  data: Uint8Array;
  totalSize: bigint;
}

async function collect(stream: AsyncIterable<Chunk>): Promise<Chunk[]> {
  const chunks: Chunk[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

function joined(chunks: Chunk[]): Buffer {
  return Buffer.concat(chunks.map((c) => c.data));
}

/** Ranged reads on Redis: DataService.ReadBytes on records and RedisService.GetRangeStream on values. */
describe("ranged reads on Redis", () => {
  let redis: RedisServer;
  let server: TestServer;
  beforeAll(async () => {
    redis = await startRedisServer();
    server = await startTestServer({
      defaultBackend: "cache",
      backends: { cache: { url: redis.url } },
      server: { maxRequestBytes: 16 * 1024 * 1024, maxResponseBytes: MAX_RESPONSE },
    });
    await server.client(DataService, "grpc").put({
      target: { collection: "files" },
      key: v.str("big"),
      record: record({ body: v.bytes(BLOB), notes: v.str(TEXT), size: v.int(BLOB.length) }),
    });
    await server.client(RedisService, "grpc").set({ key: Buffer.from("blob"), value: BLOB });
  });
  afterAll(async () => {
    await server?.close();
    await redis?.stop();
  });

  describe.each(PROTOCOLS)("over %s", (protocol: Protocol) => {
    const readBytes = (req: ReadInit) =>
      collect(server.client(DataService, protocol).readBytes({ target: { collection: "files" }, key: v.str("big"), ...req }));

    it("ReadBytes reads a multi-megabyte record field back identical", async () => {
      const chunks = await readBytes({ field: "body" });
      expect(joined(chunks).equals(BLOB)).toBe(true);
      expect(chunks.length).toBeGreaterThan(1);
      for (const chunk of chunks) {
        expect(chunk.totalSize).toBe(BigInt(BLOB.length));
        expect(chunk.data.length).toBeLessThanOrEqual(maxChunkSize(MAX_RESPONSE));
      }
    });

    it("ReadBytes reads a range, and strings as UTF-8", async () => {
      const range = await readBytes({ field: "body", offset: 1_000_001n, length: 2_500_000n, chunkSize: 700_000 });
      expect(range.map((c) => c.offset)).toEqual([1_000_001n, 1_700_001n, 2_400_001n, 3_100_001n]);
      expect(joined(range).equals(BLOB.subarray(1_000_001, 3_500_001))).toBe(true);
      expect(joined(await readBytes({ field: "notes" })).equals(Buffer.from(TEXT, "utf8"))).toBe(true);
    });

    it("ReadBytes refuses missing records and fields, and values that are not bytes or a string", async () => {
      await expectError(readBytes({ key: v.str("none"), field: "body" }), Code.NotFound, { reason: "ERROR_REASON_NOT_FOUND" });
      await expectError(readBytes({ field: "nope" }), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD" });
      await expectError(readBytes({ field: "size" }), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD", message: /not bytes or a string/ });
    });

    it("GetRangeStream reads a multi-megabyte value back identical, and a range of it (chunk sizes past the limit are lowered)", async () => {
      const client = server.client(RedisService, protocol);
      const all = await collect(client.getRangeStream({ key: Buffer.from("blob"), chunkSize: 100_000_000 }));
      expect(joined(all).equals(BLOB)).toBe(true);
      expect(all.length).toBeGreaterThan(1);
      expect(all[0].totalSize).toBe(BigInt(BLOB.length));
      for (const chunk of all) expect(chunk.data.length).toBeLessThanOrEqual(maxChunkSize(MAX_RESPONSE));
      const part = await collect(client.getRangeStream({ key: Buffer.from("blob"), offset: 5n, length: 1_500_000n, chunkSize: 600_000 }));
      expect(part.map((c) => c.data.length)).toEqual([600_000, 600_000, 300_000]);
      expect(joined(part).equals(BLOB.subarray(5, 1_500_005))).toBe(true);
    });

    it("GetRangeStream of a missing key answers one empty chunk of size 0, as GETRANGE does", async () => {
      const chunks = await collect(server.client(RedisService, protocol).getRangeStream({ key: Buffer.from("missing") }));
      expect(chunks).toHaveLength(1);
      expect(chunks[0].data.length).toBe(0);
      expect(chunks[0].totalSize).toBe(0n);
    });
  });
});
