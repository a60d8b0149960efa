import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { Binary, BSON, BSONRegExp, Decimal128, Double, Int32, Long, ObjectId, Timestamp } from "mongodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BsonDocumentSchema,
  BulkOperationStatus,
  BulkWriteResponseSchema,
  DocumentEncoding,
  MongoService,
  ReturnDocument,
  type BsonDocument,
} from "../../gen/ts/dbx/mongodb/v1/mongodb_pb.js";
import type { Protocol } from "../support/dbx-server.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { startFerretDb, type FerretDbServer } from "../support/ferretdb-server.js";
import { expectError, expectUnsupported, rejection } from "../support/values.js";
import { ejson, bson, decoded } from "../support/bson-documents.js";


/**
 * dbx.mongodb.v1.MongoService against FerretDB, over Connect JSON and gRPC:
 * documents in both encodings with their BSON types kept, MongoDB's own
 * filters, updates and pipelines, and what is refused.
 */
describe("MongoService (FerretDB)", () => {
  let ferretdb: FerretDbServer;
  let server: TestServer;

  beforeAll(async () => {
    ferretdb = await startFerretDb();
    server = await startTestServer({
      defaultBackend: "docs",
      backends: { docs: { url: `${ferretdb.url}service` }, other: { url: "sqlite::memory:" } },
      server: { maxRowsPerResponse: 100 },
    });
  });
  afterAll(async () => {
    await server?.close();
    await ferretdb?.stop();
  });

  for (const protocol of ["connect", "grpc"] satisfies Protocol[]) {
    const mongo = () => server.client(MongoService, protocol);
    let n = 0;
    const collection = () => ({ collection: `${protocol}.c${++n}` });

    it(`inserts and finds documents with every BSON type kept, in either encoding (${protocol})`, async () => {
      const target = collection();
      // Every BSON type FerretDB stores (real-mongodb.test.ts has the others, and -0.0, which FerretDB stores as 0.0).
      const original = {
        _id: "a",
        small: new Int32(7),
        big: Long.fromString("9007199254740993"),
        ratio: new Double(2),
        text: "héllo",
        flag: false,
        nothing: null,
        bytes: new Binary(Buffer.from([0, 255]), 0),
        uuid: new Binary(Buffer.from("0b7e9b1a4e6f4c1e9d3a6f1e2d3c4b5a", "hex"), 4),
        id: new ObjectId("65a1b2c3d4e5f60718293a4b"),
        when: new Date("2026-12-02T08:00:00.123Z"),
        stamp: new Timestamp({ t: 1_700_000_000, i: 3 }),
        pattern: new BSONRegExp("^a.c$", "i"),
        nested: { z: new Int32(1), a: [new Int32(1), "two", { deep: null }] },
      };
      const inserted = await mongo().insertOne({ target, document: bson(original), encoding: DocumentEncoding.BSON });
      expect(decoded(inserted.insertedId)).toEqual({ _id: "a" });
      for (const encoding of [DocumentEncoding.BSON, DocumentEncoding.EXTENDED_JSON, DocumentEncoding.UNSPECIFIED]) {
        const found = await mongo().findOne({ target, filter: ejson({ _id: "a" }), encoding });
        expect(found.document?.encoding.case).toBe(encoding === DocumentEncoding.BSON ? "bson" : "extendedJson");
        expect(BSON.EJSON.stringify(decoded(found.document), { relaxed: false })).toBe(BSON.EJSON.stringify(original, { relaxed: false }));
      }
      // Without an _id the document gets an ObjectId.
      const generated = await mongo().insertOne({ target, document: ejson({ name: "x" }) });
      expect(decoded(generated.insertedId)._id).toBeInstanceOf(ObjectId);
      expect((await mongo().countDocuments({ target })).count).toBe(2n);
    });

    it(`InsertMany says how many went in when one fails, ordered or not (${protocol})`, async () => {
      const target = collection();
      await mongo().insertOne({ target, document: ejson({ _id: 2 }) });
      const docs = [1, 2, 3].map((i) => ejson({ _id: i }));
      const ordered = await rejection(mongo().insertMany({ target, documents: docs }));
      expect(ordered.code).toBe(Code.AlreadyExists);
      expect(ordered.rawMessage).toMatch(/^documents\[1\]: .*\(1 of the documents were inserted\)/);
      await mongo().deleteMany({ target, filter: ejson({ _id: { $ne: 2 } }) });
      const unordered = await rejection(mongo().insertMany({ target, documents: docs, unordered: true }));
      expect(unordered.rawMessage).toMatch(/\(2 of the documents were inserted\)/);
      expect((await mongo().countDocuments({ target })).count).toBe(3n);
      const all = await mongo().insertMany({ target, documents: [ejson({ _id: 10 }), ejson({ _id: 11 })] });
      expect(all.insertedIds.map((d) => decoded(d)._id)).toEqual([new Int32(10), new Int32(11)]);
    });

    it(`pages a find by _id, and by position under a sort (${protocol})`, async () => {
      const target = collection();
      await mongo().insertMany({ target, documents: Array.from({ length: 25 }, (_, i) => ejson({ _id: i, group: i % 3 })) });
      const pages = async (request: { sort?: BsonDocument; filter?: BsonDocument; limit?: bigint }) => {
        const ids: number[] = [];
        let pageToken = "";
        do {
          const page = await mongo().find({ target, ...request, pageSize: 10, pageToken });
          ids.push(...page.documents.map((d) => Number(decoded(d)._id)));
          pageToken = page.nextPageToken;
        } while (pageToken);
        return ids;
      };
      expect(await pages({})).toEqual(Array.from({ length: 25 }, (_, i) => i));
      const byGroup = await pages({ sort: ejson({ group: -1 }), filter: ejson({ _id: { $lt: 9 } }) });
      expect(byGroup).toEqual([2, 5, 8, 1, 4, 7, 0, 3, 6]);
      expect(await pages({ limit: 12n })).toHaveLength(12);
      // A token belongs to its request.
      const first = await mongo().find({ target, pageSize: 5 });
      await expectError(mongo().find({ target, pageSize: 5, filter: ejson({ group: 1 }), pageToken: first.nextPageToken }), Code.InvalidArgument, { message: /page_token/ });
    });

    // Array filters and update pipelines need a real MongoDB (FerretDB 1.24 has neither): mongodb-only.test.ts.
    it(`updates with operators, replaces and deletes (${protocol})`, async () => {
      const target = collection();
      await mongo().insertMany({ target, documents: [ejson({ _id: 1, n: 1, grades: [80, 90] }), ejson({ _id: 2, n: 2, grades: [70] })] });
      const one = await mongo().updateOne({ target, filter: ejson({ _id: 1 }), change: { case: "update", value: ejson({ $inc: { n: 10 }, $push: { grades: 100 } }) } });
      expect([one.matchedCount, one.modifiedCount]).toEqual([1n, 1n]);
      expect(decoded((await mongo().findOne({ target, filter: ejson({ _id: 1 }) })).document)).toMatchObject({ n: new Int32(11), grades: [new Int32(80), new Int32(90), new Int32(100)] });
      const many = await mongo().updateMany({ target, filter: ejson({}), change: { case: "update", value: ejson({ $set: { seen: true } }) } });
      expect(many.modifiedCount).toBe(2n);
      const upserted = await mongo().updateOne({ target, filter: ejson({ _id: 3 }), change: { case: "update", value: ejson({ $set: { n: 3 } }) }, upsert: true });
      expect(decoded(upserted.upsertedId)).toEqual({ _id: new Int32(3) });
      const replaced = await mongo().replaceOne({ target, filter: ejson({ _id: 2 }), replacement: ejson({ only: "this" }) });
      expect(replaced.modifiedCount).toBe(1n);
      expect(decoded((await mongo().findOne({ target, filter: ejson({ _id: 2 }) })).document)).toEqual({ _id: new Int32(2), only: "this" });
      await expectError(mongo().replaceOne({ target, filter: ejson({ _id: 2 }), replacement: ejson({ $set: { a: 1 } }) }), Code.InvalidArgument, { message: /replacement/ });
      expect((await mongo().deleteOne({ target, filter: ejson({ n: { $gte: 3 } }) })).deletedCount).toBe(1n);
      expect((await mongo().deleteMany({ target, filter: ejson({}) })).deletedCount).toBe(2n);
    });

    it(`finds and modifies one document atomically, counts and lists distinct values (${protocol})`, async () => {
      const target = collection();
      await mongo().insertMany({ target, documents: [ejson({ _id: 1, n: 1, tag: "a" }), ejson({ _id: 2, n: 2, tag: "b" }), ejson({ _id: 3, n: 3, tag: "a" })] });
      const before = await mongo().findOneAndUpdate({ target, filter: ejson({ tag: "a" }), sort: ejson({ n: -1 }), change: { case: "update", value: ejson({ $inc: { n: 10 } }) } });
      expect(decoded(before.document)).toEqual({ _id: new Int32(3), n: new Int32(3), tag: "a" });
      const after = await mongo().findOneAndUpdate({ target, filter: ejson({ _id: 9 }), change: { case: "update", value: ejson({ $set: { tag: "c" } }) }, upsert: true, returnDocument: ReturnDocument.AFTER });
      expect(decoded(after.document)).toEqual({ _id: new Int32(9), tag: "c" });
      const replaced = await mongo().findOneAndReplace({ target, filter: ejson({ _id: 2 }), replacement: ejson({ fresh: true }), returnDocument: ReturnDocument.AFTER });
      expect(decoded(replaced.document)).toEqual({ _id: new Int32(2), fresh: true });
      const deleted = await mongo().findOneAndDelete({ target, filter: ejson({ _id: 1 }) });
      expect(decoded(deleted.document)).toMatchObject({ _id: new Int32(1), tag: "a" });
      expect((await mongo().findOneAndDelete({ target, filter: ejson({ _id: 1 }) })).document).toBeUndefined();
      const tags = decoded((await mongo().distinct({ target, key: "tag" })).values).values as unknown[];
      expect([...tags].sort()).toEqual(["a", "c"]);
      expect((await mongo().estimatedDocumentCount({ target })).count).toBe(3n);
    });

    it(`bulk writes with a failing operation: ordered stops there, unordered runs the rest, and the error lists every outcome (${protocol})`, async () => {
      const target = collection();
      await mongo().insertOne({ target, document: ejson({ _id: "taken" }) });
      const operations = (id: string) => [
        { operation: { case: "insertOne" as const, value: { document: ejson({ _id: `${id}1` }) } } },
        { operation: { case: "insertOne" as const, value: { document: ejson({ _id: "taken" }) } } },
        { operation: { case: "updateOne" as const, value: { filter: ejson({ _id: `${id}1` }), change: { case: "update" as const, value: ejson({ $set: { n: 1 } }) } } } },
        { operation: { case: "deleteMany" as const, value: { filter: ejson({ _id: "nothing" }) } } },
      ];
      for (const unordered of [false, true]) {
        const id = unordered ? "u" : "o";
        const err = await rejection(mongo().bulkWrite({ target, operations: operations(id), unordered }));
        expect(err.code).toBe(Code.AlreadyExists);
        expect(err.rawMessage).toMatch(/^operations\[1\]: /);
        const [details] = err.findDetails(BulkWriteResponseSchema);
        const statuses = details.results.map((r) => BulkOperationStatus[r.status]);
        expect(statuses).toEqual(unordered ? ["SUCCEEDED", "FAILED", "SUCCEEDED", "SUCCEEDED"] : ["SUCCEEDED", "FAILED", "SKIPPED", "SKIPPED"]);
        expect(details.results[1].errorCode).toBe(11000);
        expect(decoded(details.results[0].insertedId)).toEqual({ _id: `${id}1` });
        expect(details.modifiedCount).toBe(unordered ? 1n : 0n);
      }
      const ok = await mongo().bulkWrite({
        target,
        operations: [
          { operation: { case: "replaceOne", value: { filter: ejson({ _id: "new" }), replacement: ejson({ made: true }), upsert: true } } },
          { operation: { case: "deleteOne", value: { filter: ejson({ _id: "taken" }) } } },
        ],
      });
      expect([ok.upsertedCount, ok.deletedCount]).toEqual([1n, 1n]);
      expect(decoded(ok.results[0].upsertedId)).toEqual({ _id: "new" });
    });

    it(`aggregates unary up to the row limit, and streams any size (${protocol})`, async () => {
      const target = collection();
      await mongo().insertMany({ target, documents: Array.from({ length: 250 }, (_, i) => ejson({ _id: i, group: i % 5 })) });
      const grouped = await mongo().aggregate({ target, pipeline: [ejson({ $group: { _id: "$group", n: { $sum: 1 } } }), ejson({ $sort: { _id: 1 } })] });
      expect(grouped.documents.map((d) => decoded(d))).toEqual([0, 1, 2, 3, 4].map((g) => ({ _id: new Int32(g), n: new Int32(50) })));
      const tooMany = await rejection(mongo().aggregate({ target, pipeline: [ejson({ $match: {} })] }));
      expect(tooMany.code).toBe(Code.ResourceExhausted);
      expect(tooMany.rawMessage).toMatch(/AggregateStream/);
      let streamed = 0;
      let batches = 0;
      for await (const batch of mongo().aggregateStream({ target, pipeline: [ejson({ $match: {} })], batchSize: 60 })) {
        streamed += batch.documents.length;
        batches++;
      }
      expect([streamed, batches]).toEqual([250, 5]);
      let found = 0;
      for await (const batch of mongo().findStream({ target, filter: ejson({ group: 1 }), batchSize: 7 })) found += batch.documents.length;
      expect(found).toBe(50);
    });
  }

  const mongo = () => server.client(MongoService, "connect");

  it("refuses server-side JavaScript unless the backend allows it (PERMISSION_DENIED)", async () => {
    const target = { collection: "js" };
    await expectError(mongo().find({ target, filter: ejson({ $where: "sleep(100) || true" }) }), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED", message: /\$where/ });
    await expectError(
      mongo().aggregate({ target, pipeline: [ejson({ $group: { _id: null, x: { $accumulator: { init: "function() {}", accumulate: "", accumulateArgs: [], merge: "", lang: "js" } } } })] }),
      Code.PermissionDenied,
      { message: /\$accumulator/ },
    );
    await expectError(
      mongo().updateOne({ target, filter: ejson({}), change: { case: "pipeline", value: { stages: [ejson({ $set: { x: { $function: { body: "function() {}", args: [], lang: "js" } } } })] } } }),
      Code.PermissionDenied,
      { message: /\$function/ },
    );
  });

  it("refuses malformed documents naming the field, and a filter MongoDB refuses with its message", async () => {
    const target = { collection: "bad" };
    await expectError(mongo().insertOne({ target, document: create(BsonDocumentSchema, { encoding: { case: "bson", value: new Uint8Array([1, 2, 3]) } }) }), Code.InvalidArgument, { message: /^document: not one BSON document/ });
    await expectError(mongo().insertOne({ target, document: create(BsonDocumentSchema, { encoding: { case: "extendedJson", value: "[1, 2]" } }) }), Code.InvalidArgument, { message: /^document: must be a document/ });
    await expectError(mongo().insertOne({ target }), Code.InvalidArgument, { message: /^document: a document is required/ });
    await mongo().insertOne({ target, document: ejson({ n: 1 }) });
    await expectError(mongo().find({ target, filter: ejson({ n: { $in: 5 } }) }), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED", message: /\$in/ });
    await expectError(mongo().countDocuments({ target, skip: -1n }), Code.InvalidArgument, { message: /skip/ });
  });

  it("refuses requests missing what they need, naming the field, before anything is sent", async () => {
    const target = { collection: "incomplete" };
    await expectError(mongo().insertMany({ target, documents: [] }), Code.InvalidArgument, { message: /^documents: / });
    await expectError(mongo().insertMany({ target, documents: [ejson({ a: 1 }), create(BsonDocumentSchema, {})] }), Code.InvalidArgument, { message: /^documents\[1\]: / });
    await expectError(mongo().distinct({ target }), Code.InvalidArgument, { message: /^key: / });
    await expectError(mongo().updateOne({ target, filter: ejson({}) }), Code.InvalidArgument, { message: /^update: / });
    await expectError(mongo().updateOne({ target, filter: ejson({}), change: { case: "update", value: ejson({}) } }), Code.InvalidArgument, { message: /^update: / });
    await expectError(mongo().updateMany({ target, filter: ejson({}), change: { case: "pipeline", value: { stages: [] } } }), Code.InvalidArgument, { message: /^pipeline\.stages: / });
    await expectError(mongo().deleteMany({ target }), Code.InvalidArgument, { message: /^filter: / });
    await expectError(mongo().bulkWrite({ target, operations: [] }), Code.InvalidArgument, { message: /^operations: / });
    await expectError(mongo().bulkWrite({ target, operations: [{}] }), Code.InvalidArgument, { message: /^operations\[0\]: / });
    await expectError(
      mongo().bulkWrite({ target, operations: [{ operation: { case: "updateOne", value: { filter: ejson({}), change: { case: "update", value: ejson({ $set: { a: 1 } }) }, hint: create(BsonDocumentSchema, { encoding: { case: "extendedJson", value: "nope" } }) } } }] }),
      Code.InvalidArgument,
      { message: /^operations\[0\]\.update_one\.hint: / },
    );
    await expectError(mongo().createIndexes({ target, indexes: [] }), Code.InvalidArgument, { message: /^indexes: / });
    await expectError(mongo().dropIndex({ target }), Code.InvalidArgument, { message: /^name: / });
    await expectError(mongo().renameCollection({ target }), Code.InvalidArgument, { message: /^new_name: / });
    await expectError(mongo().getFile({ target, fileId: ejson({ notId: 1 }) }), Code.InvalidArgument, { message: /^file_id: / });
    await expectError(mongo().startFileUpload({ target, chunkSizeBytes: -1 }), Code.InvalidArgument, { message: /^chunk_size_bytes: / });
    await expectError(mongo().findOne({ target: {} }), Code.InvalidArgument, { message: /target\.collection/ });
    expect((await mongo().countDocuments({ target })).count).toBe(0n);
  });

  it("refuses on FerretDB what FerretDB cannot store, before sending it", async () => {
    const target = { collection: "gaps" };
    await expectError(mongo().insertOne({ target, document: bson({ price: Decimal128.fromString("1.5") }) }), Code.Unimplemented, { message: /value\.decimal/ });
    expect((await mongo().insertOne({ target, document: ejson({ after: 1 }) })).insertedId).toBeDefined();
  });

  it("answers UNIMPLEMENTED naming stream.watch for change streams, which FerretDB has not", async () => {
    await expectUnsupported(mongo().watchChanges({ target: { collection: "c" } })[Symbol.asyncIterator]().next(), "stream.watch");
  });

  it("answers FAILED_PRECONDITION on a backend that is not MongoDB", async () => {
    await expectError(mongo().findOne({ target: { backend: "other", collection: "t" } }), Code.FailedPrecondition, { reason: "ERROR_REASON_WRONG_BACKEND_KIND" });
  });
});

describe("MongoService collections and indexes (FerretDB)", () => {
  let ferretdb: FerretDbServer;
  let server: TestServer;

  beforeAll(async () => {
    ferretdb = await startFerretDb();
    server = await startTestServer({ defaultBackend: "docs", backends: { docs: { url: `${ferretdb.url}admin_ops` } }, server: { maxRowsPerResponse: 3 } });
  });
  afterAll(async () => {
    await server?.close();
    await ferretdb?.stop();
  });

  const mongo = () => server.client(MongoService, "grpc");

  it("creates, lists by pages, renames, describes and drops collections", async () => {
    for (const name of ["e", "b", "d", "a", "c"]) await mongo().createCollection({ target: { collection: name } });
    await expectError(mongo().createCollection({ target: { collection: "a" } }), Code.AlreadyExists);
    const names: string[] = [];
    let pageToken = "";
    do {
      const page = await mongo().listCollections({ target: {}, pageToken });
      names.push(...page.collections.map((c) => String(decoded(c).name)));
      pageToken = page.nextPageToken;
    } while (pageToken);
    expect(names).toEqual(["a", "b", "c", "d", "e"]);
    await mongo().renameCollection({ target: { collection: "e" }, newName: "f" });
    await expectError(mongo().renameCollection({ target: { collection: "f" }, newName: "a" }), Code.AlreadyExists);
    await mongo().insertOne({ target: { collection: "f" }, document: ejson({ x: 1 }) });
    const stats = decoded((await mongo().getCollectionStats({ target: { collection: "f" } })).stats);
    expect(Number(stats.count)).toBe(1);
    expect((await mongo().dropCollection({ target: { collection: "f" } })).dropped).toBe(true);
    expect((await mongo().dropCollection({ target: { collection: "f" } })).dropped).toBe(false);
    await expectError(mongo().renameCollection({ target: { collection: "a" }, newName: "bad$name" }), Code.InvalidArgument, { message: /new_name/ });
  });

  it("creates, lists and drops indexes, a unique one enforced", async () => {
    const target = { collection: "indexed" };
    const { names } = await mongo().createIndexes({
      target,
      indexes: [{ keys: ejson({ email: 1 }), options: ejson({ unique: true }) }, { keys: ejson({ last: 1, first: -1 }), options: ejson({ name: "by_name" }) }],
    });
    expect(names).toEqual(["email_1", "by_name"]);
    const listed = (await mongo().listIndexes({ target })).indexes.map((i) => String(decoded(i).name)).sort();
    expect(listed).toEqual(["_id_", "by_name", "email_1"]);
    await mongo().insertOne({ target, document: ejson({ email: "a@x" }) });
    await expectError(mongo().insertOne({ target, document: ejson({ email: "a@x" }) }), Code.AlreadyExists);
    await mongo().dropIndex({ target, name: "email_1" });
    await mongo().insertOne({ target, document: ejson({ email: "a@x" }) });
    await expectError(mongo().dropIndex({ target, name: "email_1" }), Code.NotFound);
  });
});
