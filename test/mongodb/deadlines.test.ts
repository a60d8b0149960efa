import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MongoService } from "../../gen/ts/dbx/mongodb/v1/mongodb_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { startFerretDb, type FerretDbServer } from "../support/ferretdb-server.js";
import { record, u, v, write } from "../support/values.js";
import { ejson } from "../support/bson-documents.js";


/**
 * Calls with a deadline, as gRPC clients usually send them: the deadline
 * becomes the driver's operation timeout (maxTimeMS on the wire) on every
 * kind of operation, and the server takes it.
 */
describe("MongoDB calls with a deadline (FerretDB)", () => {
  let ferretdb: FerretDbServer;
  let server: TestServer;
  const target = { collection: "timed" };
  const options = { timeoutMs: 10_000 };

  beforeAll(async () => {
    ferretdb = await startFerretDb();
    server = await startTestServer({ defaultBackend: "docs", backends: { docs: { url: `${ferretdb.url}deadlines` } } });
  });
  afterAll(async () => {
    await server?.close();
    await ferretdb?.stop();
  });

  it("every universal operation works with a deadline", async () => {
    const data = server.client(DataService, "grpc");
    await data.put({ target, key: v.str("a"), record: record({ n: v.int(1) }) }, options);
    await data.insert({ target, key: v.str("b"), record: record({ n: v.int(2) }) }, options);
    await data.update({ target, key: v.str("a"), updates: [u.increment("n", v.int(1))] }, options);
    expect((await data.get({ target, key: v.str("a") }, options)).record?.fields.n).toEqual(v.int(2));
    expect((await data.exists({ target, key: v.str("b") }, options)).exists).toBe(true);
    expect((await data.batchGet({ target, keys: [v.str("a"), v.str("b")] }, options)).results).toHaveLength(2);
    await data.batchWrite({ target, operations: [write.put(v.str("c"), record({ n: v.int(3) }))] }, options);
    expect((await data.count({ target }, options)).count).toBe(3n);
    expect((await data.list({ target }, options)).records).toHaveLength(3);
    expect((await server.client(QueryService, "grpc").find({ target, query: {} }, options)).records).toHaveLength(3);
    let streamed = 0;
    for await (const batch of server.client(QueryService, "grpc").findStream({ target, query: {} }, options)) streamed += batch.records.length;
    expect(streamed).toBe(3);
    expect((await data.delete({ target, key: v.str("c") }, options)).deleted).toBe(true);
  });

  it("MongoService operations work with a deadline", async () => {
    const mongo = server.client(MongoService, "grpc");
    await mongo.insertMany({ target, documents: [ejson({ _id: 10 }), ejson({ _id: 11 })] }, options);
    await mongo.updateMany({ target, filter: ejson({}), change: { case: "update", value: ejson({ $set: { seen: true } }) } }, options);
    expect((await mongo.countDocuments({ target, filter: ejson({ seen: true }) }, options)).count).toBeGreaterThan(0n);
    expect((await mongo.aggregate({ target, pipeline: [ejson({ $match: { seen: true } })] }, options)).documents.length).toBeGreaterThan(0);
    expect((await mongo.findOneAndDelete({ target, filter: ejson({ _id: 10 }) }, options)).document).toBeDefined();
    await mongo.createIndexes({ target, indexes: [{ keys: ejson({ seen: 1 }) }] }, options);
  });
});
