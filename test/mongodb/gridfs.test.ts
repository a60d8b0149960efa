import { Code } from "@connectrpc/connect";
import { createHash, randomBytes } from "node:crypto";
import { MongoClient, ObjectId } from "mongodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MongoService, type BsonDocument } from "../../gen/ts/dbx/mongodb/v1/mongodb_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { startFerretDb, type FerretDbServer } from "../support/ferretdb-server.js";
import { errorMetadata, expectError, rejection } from "../support/values.js";
import { ejson, decoded } from "../support/bson-documents.js";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const MB = 1024 * 1024;

/**
 * GridFS through MongoService against FerretDB: a 20 MB file uploaded in
 * unary calls (as a browser would), resumed after a wrong offset, stored as
 * GridFS drivers lay it out, and downloaded identical, whole and in ranges.
 */
describe("MongoService GridFS (FerretDB)", () => {
  let ferretdb: FerretDbServer;
  let server: TestServer;
  const target = { collection: "media" };

  beforeAll(async () => {
    ferretdb = await startFerretDb();
    server = await startTestServer({ defaultBackend: "docs", backends: { docs: { url: `${ferretdb.url}files` } }, server: { maxRequestBytes: 2 * MB } });
  });
  afterAll(async () => {
    await server?.close();
    await ferretdb?.stop();
  });

  const mongo = () => server.client(MongoService, "grpc");

  async function download(fileId: BsonDocument, offset = 0n, length = 0n): Promise<Buffer> {
    const parts: Uint8Array[] = [];
    for await (const message of server.client(MongoService, "connect").downloadFile({ target, fileId, offset, length })) parts.push(message.data);
    return Buffer.concat(parts);
  }

  it("uploads 20 MB in chunks, resumes after a wrong offset, and downloads the same bytes", async () => {
    const content = randomBytes(20 * MB);
    const { uploadId, chunkSizeBytes } = await mongo().startFileUpload({ target, filename: "video.bin", metadata: ejson({ owner: "ada" }) });
    expect(chunkSizeBytes).toBe(255 * 1024);
    const step = MB + 12_345; // not a multiple of the chunk size: the tail carries over
    let offset = 0;
    for (; offset < content.length; offset += step) {
      const data = content.subarray(offset, offset + step);
      const answer = await mongo().uploadFileChunk({ target, uploadId, offset: BigInt(offset), data });
      expect(answer.offset).toBe(BigInt(offset + data.length));
      if (offset === 5 * step) {
        // A retried chunk (its answer lost): refused, naming where the upload stands; nothing stored twice.
        const retry = await rejection(mongo().uploadFileChunk({ target, uploadId, offset: BigInt(offset), data }));
        expect(retry.code).toBe(Code.InvalidArgument);
        expect(errorMetadata(retry)).toMatchObject({ field: "offset", offset: String(offset + data.length) });
        const { offset: resumeAt } = await mongo().getFileUpload({ target, uploadId });
        expect(resumeAt).toBe(BigInt(offset + data.length));
      }
    }
    await expectError(mongo().finishFileUpload({ target, uploadId, length: 1n }), Code.InvalidArgument, { message: /^length: / });
    const { fileId } = await mongo().finishFileUpload({ target, uploadId, length: BigInt(content.length) });
    expect(decoded(fileId)._id).toBeInstanceOf(ObjectId);
    await expectError(mongo().getFileUpload({ target, uploadId }), Code.NotFound);


    expect(sha256(await download(fileId!))).toBe(sha256(content));
    expect((await download(fileId!, BigInt(3 * MB + 7), 1000n)).equals(content.subarray(3 * MB + 7, 3 * MB + 7 + 1000))).toBe(true);
    const file = decoded((await mongo().getFile({ target, fileId })).file);
    expect(file).toMatchObject({ filename: "video.bin", metadata: { owner: "ada" } });
    expect(Number(file.length)).toBe(content.length);

    // Stored as GridFS drivers lay it out: the driver's own GridFS reads it.
    const client = new MongoClient(ferretdb.url, { directConnection: true });
    try {
      const { GridFSBucket } = await import("mongodb");
      const parts: Buffer[] = [];
      for await (const chunk of new GridFSBucket(client.db("files"), { bucketName: "media" }).openDownloadStream(decoded(fileId)._id as ObjectId)) parts.push(chunk as Buffer);
      expect(sha256(Buffer.concat(parts))).toBe(sha256(content));
    } finally {
      await client.close();
    }
  }, 120_000);

  it("lists, deletes, and aborts an upload leaving nothing behind", async () => {
    const small = async (name: string) => {
      const { uploadId } = await mongo().startFileUpload({ target, filename: name, chunkSizeBytes: 4 });
      await mongo().uploadFileChunk({ target, uploadId, offset: 0n, data: Buffer.from(`${name} bytes`) });
      return (await mongo().finishFileUpload({ target, uploadId, length: BigInt(`${name} bytes`.length) })).fileId!;
    };
    const a = await small("a.txt");
    await small("b.txt");
    expect((await download(a)).toString()).toBe("a.txt bytes");
    const listed = await mongo().listFiles({ target, filter: ejson({ filename: { $in: ["a.txt", "b.txt"] } }), pageSize: 1 });
    expect(listed.files).toHaveLength(1);
    expect(listed.nextPageToken).not.toBe("");
    expect((await mongo().deleteFile({ target, fileId: a })).deleted).toBe(true);
    expect((await mongo().deleteFile({ target, fileId: a })).deleted).toBe(false);
    await expectError(download(a), Code.NotFound);

    const { uploadId } = await mongo().startFileUpload({ target, filename: "dropped", chunkSizeBytes: 4 });
    await mongo().uploadFileChunk({ target, uploadId, offset: 0n, data: Buffer.from("0123456789") });
    await mongo().abortFileUpload({ target, uploadId });
    await expectError(mongo().uploadFileChunk({ target, uploadId, offset: 10n, data: Buffer.from("x") }), Code.NotFound);
    const client = new MongoClient(ferretdb.url, { directConnection: true });
    try {
      const chunks = client.db("files").collection("media.chunks");
      const files = await client.db("files").collection("media.files").find().toArray();
      expect(await chunks.countDocuments({ files_id: { $nin: files.map((f) => f._id) } })).toBe(0);
    } finally {
      await client.close();
    }
    await expectError(mongo().uploadFileChunk({ target, uploadId: "not-an-id", offset: 0n, data: new Uint8Array() }), Code.InvalidArgument, { message: /upload_id/ });
  });
});
