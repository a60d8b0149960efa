/**
 * The baseline for MongoDB rows: a minimal node:http server doing what
 * DBX's DataService Get/Insert do with Connect JSON on a MongoDB collection
 * (parse the JSON request, one findOne or insertOne by `_id` on the
 * `mongodb` driver's pool, write a JSON answer), and nothing else.
 *
 *   node dist/bench/servers/mongodb-http-baseline.js PORT MONGODB_URL POOL_SIZE
 */
import { createServer } from "node:http";
import { MongoClient } from "mongodb";
import { INSERT_TABLE, POINT_GET, POINT_INSERT, POINT_TABLE } from "../requests.js";
import { readBody } from "./read-body.js";

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

createServer(async (req, res) => {
  try {
    const body = JSON.parse((await readBody(req)).toString()) as KeyedRequest;
    const id = BigInt(body.key.intValue);
    let answer: string;
    if (req.url === POINT_GET.path) {
      const doc = await items.findOne({ _id: id });
      if (!doc) {
        res.writeHead(404).end();
        return;
      }
      answer = JSON.stringify({ record: { fields: { _id: { intValue: String(doc._id) }, name: { stringValue: doc.name }, qty: { intValue: String(doc.qty) } } } });
    } else if (req.url === POINT_INSERT.path) {
      await inserts.insertOne({ _id: id, name: body.record?.fields.name.stringValue ?? null });
      answer = "{}";
    } else {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(answer);
  } catch (err) {
    res.writeHead(500, { "content-type": "text/plain" }).end(String(err));
  }
}).listen(Number(portArg), "127.0.0.1");
