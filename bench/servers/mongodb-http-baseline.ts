/**
 * The baseline for MongoDB rows: a minimal node:http server doing what
 * DBX's DataService Get/Insert do with Connect JSON on a MongoDB collection
 * (parse the JSON request, one findOne or insertOne by `_id` on the
 * `mongodb` driver's pool, write a JSON answer), and nothing else.
 *
 *   node dist/bench/servers/mongodb-http-baseline.js PORT MONGODB_URL POOL_SIZE
 */
import { MongoClient } from "mongodb";
import { INSERT_TABLE, POINT_GET, POINT_INSERT, POINT_TABLE } from "../requests.js";
import { serveJsonRoutes } from "./json-routes-server.js";

interface KeyedRequest {
  key: { intValue: string };
  record?: { fields: { name: { stringValue: string } } };
}

interface Item {
  _id: bigint;
  name: string;
  qty: bigint;
}

const [portArg, mongoUrl, poolSize] = process.argv.slice(2);
// useBigInt64: int64 values read exactly (as DBX reads them), and a bigint is written as int64, the type DBX gives an int key.
const client = new MongoClient(mongoUrl, { maxPoolSize: Number(poolSize), useBigInt64: true });
const db = client.db();
const items = db.collection<Item>(POINT_TABLE);
const inserts = db.collection<{ _id: bigint; name: string | null }>(INSERT_TABLE);

serveJsonRoutes<KeyedRequest>(Number(portArg), {
  [POINT_GET.path]: async (body) => {
    const doc = await items.findOne({ _id: BigInt(body.key.intValue) });
    return doc ? JSON.stringify({ record: { fields: { _id: { intValue: String(doc._id) }, name: { stringValue: doc.name }, qty: { intValue: String(doc.qty) } } } }) : undefined;
  },
  [POINT_INSERT.path]: async (body) => {
    await inserts.insertOne({ _id: BigInt(body.key.intValue), name: body.record?.fields.name.stringValue ?? null });
    return "{}";
  },
});
