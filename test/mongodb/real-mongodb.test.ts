import { Decimal128, Double } from "mongodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FullDocument, MongoService, ReturnDocument } from "../../gen/ts/dbx/mongodb/v1/mongodb_pb.js";
import { Code } from "@connectrpc/connect";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { expectError, record, rejection, v, write } from "../support/values.js";
import { ejson, decoded } from "../support/bson-documents.js";

/**
 * What FerretDB lacks and MongoDB has, built to MongoDB's documented
 * behaviour: these run when DBX_TEST_MONGODB_URL names a MongoDB (a replica
 * set), each in a database of its own, and are otherwise skipped under
 * names that say so. scripts/test.sh lists them at the end of every run
 * and fails on any other skipped test.
 */
const REAL_MONGODB = process.env.DBX_TEST_MONGODB_URL;
const needsMongoDb = it.skipIf(!REAL_MONGODB);


describe("MongoDB itself (DBX_TEST_MONGODB_URL)", () => {
  let server: TestServer | undefined;

  beforeAll(async () => {
    if (!REAL_MONGODB) return;
    const url = new URL(REAL_MONGODB);
    url.pathname = `/dbx_real_${Date.now().toString(36)}`;
    server = await startTestServer({ defaultBackend: "docs", backends: { docs: { url: url.href } } });
  });
  afterAll(async () => {
    await server?.close();
  });

  const data = () => server!.client(DataService, "grpc");
  const mongo = () => server!.client(MongoService, "grpc");

  needsMongoDb("needs a real MongoDB: decimals keep their digits, NaN, ±Infinity and -0 both ways (Decimal128)", async () => {
    const target = { collection: "decimals" };
    const samples = ["12345678901234567890.123456789", "0.000000000000000000000000000001", "-0", "NaN", "Infinity", "-Infinity", "1.50"];
    for (const [i, text] of samples.entries()) {
      await data().put({ target, key: v.int(i), record: record({ d: v.decimal(text) }) });
      expect((await data().get({ target, key: v.int(i) })).record?.fields.d).toEqual(v.decimal(text));
    }
    const found = await mongo().findOne({ target, filter: ejson({ _id: 0 }) });
    expect(decoded(found.document).d).toEqual(Decimal128.fromString("12345678901234567890.123456789"));
  });

  needsMongoDb("needs a real MongoDB: nested arrays round-trip through both APIs", async () => {
    const target = { collection: "nested" };
    const matrix = v.list([v.list([v.int(1), v.int(2)]), v.list([]), v.list([v.list([v.str("deep")])])]);
    await data().put({ target, key: v.str("m"), record: record({ matrix }) });
    expect((await data().get({ target, key: v.str("m") })).record?.fields.matrix).toEqual(matrix);
    await mongo().insertOne({ target, document: ejson({ _id: "raw", grid: [[1, 2], [], [["deep"]]] }) });
    expect(decoded((await mongo().findOne({ target, filter: ejson({ _id: "raw" }) })).document).grid).toEqual([[1, 2], [], [["deep"]]]);
  });

  needsMongoDb("needs a real MongoDB: a double -0.0 stays -0.0 through DBX (FerretDB stores 0.0)", async () => {
    const target = { collection: "doubles" };
    await data().put({ target, key: v.str("z"), record: record({ x: v.double(-0) }) });
    expect(Object.is((await data().get({ target, key: v.str("z") })).record?.fields.x.kind.value, -0)).toBe(true);
    await mongo().insertOne({ target, document: ejson({ _id: "m", x: new Double(-0) }) });
    expect(Object.is(decoded((await mongo().findOne({ target, filter: ejson({ _id: "m" }) })).document).x.valueOf(), -0)).toBe(true);
  });

  needsMongoDb("needs a real MongoDB: MinKey, MaxKey, JavaScript and symbol values round-trip as native values", async () => {
    const target = { collection: "natives" };
    const natives = {
      low: v.native("minKey", '{"$minKey":1}'),
      high: v.native("maxKey", '{"$maxKey":1}'),
      code: v.native("javascript", '{"$code":"function () { return 1; }"}'),
      sym: v.native("symbol", '{"$symbol":"s"}'),
    };
    await data().put({ target, key: v.str("n"), record: record(natives) });
    const { _id, ...fields } = (await data().get({ target, key: v.str("n") })).record!.fields;
    expect(_id).toEqual(v.str("n"));
    expect(fields).toEqual(natives);
  });

  needsMongoDb("needs a real MongoDB: array filters, update pipelines and find-and-modify projections", async () => {
    const target = { collection: "updates" };
    await mongo().insertOne({ target, document: ejson({ _id: 1, grades: [80, 90, 95] }) });
    await mongo().updateOne({ target, filter: ejson({ _id: 1 }), change: { case: "update", value: ejson({ $set: { "grades.$[g]": 100 } }) }, arrayFilters: [ejson({ g: { $gte: 90 } })] });
    await mongo().updateOne({ target, filter: ejson({ _id: 1 }), change: { case: "pipeline", value: { stages: [ejson({ $set: { total: { $sum: "$grades" } } })] } } });
    const after = await mongo().findOneAndUpdate({ target, filter: ejson({ _id: 1 }), change: { case: "update", value: ejson({ $inc: { total: 1 } }) }, projection: ejson({ total: 1 }), returnDocument: ReturnDocument.AFTER });
    expect(decoded(after.document)).toEqual({ _id: 1, total: 281 });
  });

  needsMongoDb("needs a real MongoDB: interactive transactions commit or roll back together, read-only ones refuse writes, and batches are atomic", async () => {
    const target = { collection: "tx" };
    const tx = server!.client(TransactionService, "grpc");
    const committed = await tx.begin({});
    await data().put({ target, key: v.str("a"), record: record({ n: v.int(1) }), transactionId: committed.transactionId });
    // Snapshot isolation: outside the transaction nothing shows yet.
    expect((await data().exists({ target, key: v.str("a") })).exists).toBe(false);
    await tx.commit({ transactionId: committed.transactionId });
    expect((await data().exists({ target, key: v.str("a") })).exists).toBe(true);
    const rolledBack = await tx.begin({});
    await data().put({ target, key: v.str("b"), record: record({ n: v.int(2) }), transactionId: rolledBack.transactionId });
    await tx.rollback({ transactionId: rolledBack.transactionId });
    expect((await data().exists({ target, key: v.str("b") })).exists).toBe(false);
    const readOnly = await tx.begin({ readOnly: true });
    await expectError(data().put({ target, key: v.str("c"), record: record({}), transactionId: readOnly.transactionId }), Code.InvalidArgument, { message: /read-only/ });
    await tx.rollback({ transactionId: readOnly.transactionId });
    // An atomic batch whose second write fails leaves nothing of the first.
    const batch = await rejection(data().batchWrite({ target, requireAtomic: true, operations: [write.put(v.str("d"), record({})), write.insert(v.str("a"), record({}))] }));
    expect(batch.code).toBe(Code.AlreadyExists);
    expect((await data().exists({ target, key: v.str("d") })).exists).toBe(false);
  });

  needsMongoDb("needs a real MongoDB: change streams of a collection and a database, filtered, resumed after a disconnect without loss", async () => {
    const target = { collection: "watched" };
    const opened = mongo().watchChanges({ target, pipeline: [ejson({ $match: { operationType: "insert" } })], fullDocument: FullDocument.UPDATE_LOOKUP });
    const events = opened[Symbol.asyncIterator]();
    expect((await events.next()).value?.event.case).toBe("ready");
    await mongo().insertOne({ target, document: ejson({ _id: 1 }) });
    await mongo().updateOne({ target, filter: ejson({ _id: 1 }), change: { case: "update", value: ejson({ $set: { n: 1 } }) } });
    await mongo().insertOne({ target, document: ejson({ _id: 2 }) });
    const first = (await events.next()).value!;
    expect(decoded(first.event.case === "change" ? first.event.value : undefined)).toMatchObject({ operationType: "insert", documentKey: { _id: 1 } });
    await events.return?.();
    // Resumed after the first insert: the second comes, the update was filtered out, nothing lost.
    const resumed = mongo().watchChanges({ target, pipeline: [ejson({ $match: { operationType: "insert" } })], resumeAfter: first.resumeToken })[Symbol.asyncIterator]();
    expect((await resumed.next()).value?.event.case).toBe("ready");
    const second = (await resumed.next()).value!;
    expect(decoded(second.event.case === "change" ? second.event.value : undefined)).toMatchObject({ documentKey: { _id: 2 } });
    await resumed.return?.();
    // A database's stream sees every collection.
    const whole = mongo().watchChanges({ target: {} })[Symbol.asyncIterator]();
    expect((await whole.next()).value?.event.case).toBe("ready");
    await mongo().insertOne({ target: { collection: "elsewhere" }, document: ejson({ _id: "x" }) });
    const change = (await whole.next()).value!;
    expect(decoded(change.event.case === "change" ? change.event.value : undefined)).toMatchObject({ ns: { coll: "elsewhere" } });
    await whole.return?.();
  });

  needsMongoDb("needs a real MongoDB: $text search sorted by score, and $near and $geoWithin on a 2dsphere index", async () => {
    const target = { collection: "places" };
    await mongo().createIndexes({ target, indexes: [{ keys: ejson({ body: "text" }) }, { keys: ejson({ at: "2dsphere" }) }] });
    await mongo().insertMany({
      target,
      documents: [
        ejson({ _id: "louvre", body: "museum paintings museum", at: { type: "Point", coordinates: [2.3376, 48.8606] } }),
        ejson({ _id: "orsay", body: "museum station", at: { type: "Point", coordinates: [2.3266, 48.86] } }),
        ejson({ _id: "tower", body: "iron tower", at: { type: "Point", coordinates: [2.2945, 48.8584] } }),
      ],
    });
    const text = await mongo().find({ target, filter: ejson({ $text: { $search: "museum" } }), projection: ejson({ score: { $meta: "textScore" } }), sort: ejson({ score: { $meta: "textScore" } }) });
    expect(text.documents.map((d) => decoded(d)._id)).toEqual(["louvre", "orsay"]);
    const near = await mongo().find({ target, filter: ejson({ at: { $near: { $geometry: { type: "Point", coordinates: [2.295, 48.858] }, $maxDistance: 3000 } } }) });
    expect(near.documents.map((d) => decoded(d)._id)).toEqual(["tower", "orsay", "louvre"]);
    const within = await mongo().countDocuments({ target, filter: ejson({ at: { $geoWithin: { $centerSphere: [[2.3376, 48.8606], 0.5 / 6378.1] } } }) });
    expect(within.count).toBe(1n);
  });
});
