import { Code } from "@connectrpc/connect";
import { Binary, BSON, BSONRegExp, Double, Int32, Long, MongoClient, ObjectId, Timestamp, type Document } from "mongodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import type { Item } from "../../gen/ts/dbx/v1/value_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { startFerretDb, type FerretDbServer } from "../support/ferretdb-server.js";
import { expectError, expectUnsupported, record, v } from "../support/values.js";

const DATABASE = "roundtrip";
const COLLECTION = "types.with.dots";

/**
 * Every BSON type FerretDB stores, written by another application (the
 * driver), read through DBX and written back through DBX: the document
 * comes back with every field of the same BSON type and value (issue 10:
 * "a Get then Put must not change a BSON type").
 */
describe("MongoDB values through DBX keep their BSON types (FerretDB)", () => {
  let ferretdb: FerretDbServer;
  let mongo: MongoClient;
  let server: TestServer;

  beforeAll(async () => {
    ferretdb = await startFerretDb();
    mongo = new MongoClient(ferretdb.url, { directConnection: true });
    await mongo.connect();
    server = await startTestServer({ defaultBackend: "docs", backends: { docs: { url: `${ferretdb.url}${DATABASE}` } } });
  });
  afterAll(async () => {
    await server?.close();
    await mongo?.close();
    await ferretdb?.stop();
  });

  const data = () => server.client(DataService, "connect");
  const target = { collection: COLLECTION };
  const stored = async (id: string): Promise<Document> => {
    const doc = await mongo.db(DATABASE).collection(COLLECTION).findOne({ _id: id as never }, { promoteValues: false, promoteLongs: false, promoteBuffers: false, bsonRegExp: true });
    if (!doc) throw new Error(`no document ${id}`);
    const { _id, ...fields } = doc;
    return fields;
  };

  it("a Get then a Put writes back every field with its BSON type and value", async () => {
    const original = {
      small: new Int32(7),
      big: Long.fromString("9007199254740993"),
      ratio: new Double(0.5),
      whole: new Double(2),
      text: "héllo",
      flag: true,
      nothing: null,
      bytes: new Binary(Buffer.from([0x00, 0xff]), 0),
      uuid: new Binary(Buffer.from("0b7e9b1a4e6f4c1e9d3a6f1e2d3c4b5a", "hex"), 4),
      oid: new ObjectId("65a1b2c3d4e5f60718293a4b"),
      when: new Date("2026-12-02T08:00:00.123Z"),
      stamp: new Timestamp({ t: 1_700_000_000, i: 3 }),
      pattern: new BSONRegExp("^a.c$", "i"),
      nested: { z: new Int32(1), a: { y: "n", b: [new Int32(1), null] } },
      list: [new Int32(1), "two", { three: new Double(3) }],
    };
    await mongo.db(DATABASE).collection(COLLECTION).insertOne({ _id: "original" as never, ...original });

    const got = await data().get({ target, key: v.str("original") });
    const { _id, ...fields } = got.record!.fields;
    expect(_id).toEqual(v.str("original"));
    // What the universal kinds cannot name comes as native values: MongoDB's $type alias and canonical Extended JSON.
    expect(fields.small).toEqual(v.native("int", '{"$numberInt":"7"}'));
    expect(fields.big).toEqual(v.int(9007199254740993n));
    expect(fields.whole).toEqual(v.double(2));
    expect(fields.uuid).toEqual(v.native("binData", '{"$binary":{"base64":"C36bGk5vTB6dOm8eLTxLWg==","subType":"04"}}'));
    expect(fields.oid).toEqual(v.objectId("65a1b2c3d4e5f60718293a4b"));
    expect(fields.nested.kind.case).toBe("documentValue");

    await data().put({ target, key: v.str("copy"), record: record(fields) });
    const before = BSON.EJSON.stringify(await stored("original"), { relaxed: false });
    const after = BSON.EJSON.stringify(await stored("copy"), { relaxed: false });
    expect(after).toBe(before);
  });

  it("BatchGet finds a document whose _id another application wrote as an int32 by its int key", async () => {
    await mongo.db(DATABASE).collection("int32_ids").insertMany([{ _id: new Int32(5) as never, n: 1 }, { _id: new Double(6) as never, n: 2 }]);
    const got = await data().batchGet({ target: { collection: "int32_ids" }, keys: [v.int(5), v.int(6), v.int(7)] });
    expect(got.results.map((r) => r.found)).toEqual([true, true, false]);
    expect(got.results[0].record?.fields.n).toEqual(v.native("int", '{"$numberInt":"1"}'));
  });

  it("a timestamp finer than a millisecond is refused, not rounded", async () => {
    const fine = v.ts({ $typeName: "google.protobuf.Timestamp", seconds: 1_700_000_000n, nanos: 1_500_000 });
    await expectError(data().put({ target, key: v.str("fine"), record: record({ when: fine }) }), Code.InvalidArgument, { message: /milliseconds/ });
    const capabilities = await server.client(AdminService, "connect").getCapabilities({});
    expect(capabilities.capabilities).not.toContain("value.decimal_special");
  });

  it("refuses what FerretDB cannot store before sending it, and keeps serving (FerretDB drops the connection on it)", async () => {
    await expectUnsupported(data().put({ target, key: v.str("d"), record: record({ price: v.decimal("1.5") }) }), "value.decimal");
    await expectUnsupported(data().put({ target, key: v.str("m"), record: record({ low: v.native("minKey", '{"$minKey":1}') }) }), "value.native.minKey");
    await expectUnsupported(data().get({ target, key: v.native("maxKey", '{"$maxKey":1}') }), "value.native.maxKey");
    await data().put({ target, key: v.str("after"), record: record({ n: v.int(1) }) });
    expect((await data().get({ target, key: v.str("after") })).record?.fields.n).toEqual(v.int(1));
  });

  it("a native value must be the BSON type it names, in canonical Extended JSON", async () => {
    const put = (fields: Item["fields"]) => data().put({ target, key: v.str("bad"), record: record(fields) });
    await expectError(put({ x: v.native("uuid", "0b7e9b1a-4e6f-4c1e-9d3a-6f1e2d3c4b5a") }), Code.InvalidArgument, { message: /record\.fields\.x\.type_name/ });
    await expectError(put({ x: v.native("int", '{"$numberLong":"7"}') }), Code.InvalidArgument, { message: /not a BSON int/ });
    await expectError(put({ x: v.native("int", "{not json") }), Code.InvalidArgument, { message: /Extended JSON/ });
    expect((await data().exists({ target, key: v.str("bad") })).exists).toBe(false);
  });
});
