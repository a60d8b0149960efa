import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageInitShape } from "@bufbuild/protobuf";
import { DataService, type ReadBytesRequestSchema } from "../../gen/ts/dbx/v1/data_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { maxChunkSize } from "../../src/services/byte-range-request.js";
import { PROTOCOLS, startTestServer, type TestServer } from "../support/dbx-server.js";
import { expectError, record, v } from "../support/values.js";

const MAX_RESPONSE = 1024 * 1024;
const BLOB = randomBytes(5 * 1024 * 1024 + 17);
// Multi-byte characters: a ranged read counts UTF-8 bytes, not characters.
const TEXT = "héllo wörld ✓ ".repeat(200_000);

type ReadInit = Omit<MessageInitShape<typeof ReadBytesRequestSchema>, "target" | "$typeName">;

/** DataService.ReadBytes on SQLite: the bytes read back are the bytes stored, over every protocol. */
describe("DataService.ReadBytes on SQLite", () => {
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dbx-ranged-read-"));
    server = await startTestServer({
      defaultBackend: "main",
      backends: { main: { url: `sqlite:${join(dir, "main.db")}` } },
      server: { maxRequestBytes: 16 * 1024 * 1024, maxResponseBytes: MAX_RESPONSE },
    });
    await server.client(QueryService).execute({ statement: "CREATE TABLE files (id TEXT PRIMARY KEY, body BLOB, notes TEXT, size INTEGER)" });
    await server.client(DataService, "grpc").put({
      target: { collection: "files" },
      key: v.str("big"),
      record: record({ body: v.bytes(BLOB), notes: v.str(TEXT), size: v.int(BLOB.length) }),
    });
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function readAll(protocol: (typeof PROTOCOLS)[number], req: ReadInit) {
    const chunks: { offset: bigint; data: Uint8Array; totalSize: bigint }[] = [];
    const stream = server.client(DataService, protocol).readBytes({ target: { collection: "files" }, key: v.str("big"), ...req });
    for await (const chunk of stream) chunks.push(chunk);
    return chunks;
  }

  describe.each(PROTOCOLS)("over %s", (protocol) => {
    it("reads a multi-megabyte BLOB back identical, in chunks that fit in one answer", async () => {
      const chunks = await readAll(protocol, { field: "body" });
      expect(Buffer.concat(chunks.map((c) => c.data)).equals(BLOB)).toBe(true);
      expect(chunks.length).toBeGreaterThan(1);
      let offset = 0n;
      for (const chunk of chunks) {
        expect(chunk.offset).toBe(offset);
        expect(chunk.totalSize).toBe(BigInt(BLOB.length));
        expect(chunk.data.length).toBeLessThanOrEqual(maxChunkSize(MAX_RESPONSE));
        offset += BigInt(chunk.data.length);
      }
    });

    it("reads a range with a chosen chunk size", async () => {
      const chunks = await readAll(protocol, { field: "body", offset: 1_000_001n, length: 2_500_000n, chunkSize: 700_000 });
      expect(chunks.map((c) => c.data.length)).toEqual([700_000, 700_000, 700_000, 400_000]);
      expect(Buffer.concat(chunks.map((c) => c.data)).equals(BLOB.subarray(1_000_001, 3_500_001))).toBe(true);
    });

    it("reads TEXT as its UTF-8 bytes", async () => {
      const chunks = await readAll(protocol, { field: "notes" });
      const utf8 = Buffer.from(TEXT, "utf8");
      expect(chunks[0].totalSize).toBe(BigInt(utf8.length));
      expect(Buffer.concat(chunks.map((c) => c.data)).equals(utf8)).toBe(true);
    });

    it("answers one empty chunk with the size for a range past the end", async () => {
      const chunks = await readAll(protocol, { field: "body", offset: 10_000_000n });
      expect(chunks).toHaveLength(1);
      expect(chunks[0].data.length).toBe(0);
      expect(chunks[0].totalSize).toBe(BigInt(BLOB.length));
    });

    it("refuses what is not a ranged read of bytes or text", async () => {
      const read = (req: ReadInit) => readAll(protocol, req);
      await expectError(read({ field: "size" }), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD", message: /not bytes or a string/ });
      await expectError(read({ field: "nope" }), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD" });
      await expectError(read({ field: "" }), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD" });
      await expectError(read({ field: "body", offset: -1n }), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD" });
      await expectError(read({ key: v.str("none"), field: "body" }), Code.NotFound, { reason: "ERROR_REASON_NOT_FOUND" });
    });

    it("answers Get of the record RESPONSE_TOO_LARGE pointing to ReadBytes", async () => {
      const err = await expectError(
        server.client(DataService, protocol).get({ target: { collection: "files" }, key: v.str("big") }),
        Code.ResourceExhausted,
        { reason: "ERROR_REASON_RESPONSE_TOO_LARGE" },
      );
      expect(err.rawMessage).toContain("dbx.v1.DataService/ReadBytes");
    });
  });
});
