/**
 * The baseline for PostgreSQL rows: a minimal node:http server doing what
 * DBX's DataService Get/Insert do with Connect JSON on a PostgreSQL table
 * (parse the JSON request, one query on a `pg` pool, write a JSON answer),
 * and nothing else.
 *
 *   node dist/bench/servers/postgres-http-baseline.js PORT DATABASE_URL POOL_SIZE
 */
import { createServer } from "node:http";
import pg from "pg";
import { INSERT_TABLE, POINT_GET, POINT_INSERT, POINT_TABLE } from "../requests.js";
import { readBody } from "./read-body.js";

interface KeyedRequest {
  key: { intValue: string };
  record?: { fields: { name: { stringValue: string } } };
}

const [portArg, databaseUrl, poolSize] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(poolSize) });
const select = { name: "point_select", text: `SELECT id::text, name, qty::text FROM ${POINT_TABLE} WHERE id = $1` };
const insert = { name: "point_insert", text: `INSERT INTO ${INSERT_TABLE} (id, name) VALUES ($1, $2)` };

createServer(async (req, res) => {
  try {
    const body = JSON.parse((await readBody(req)).toString()) as KeyedRequest;
    const id = body.key.intValue;
    let answer: string;
    if (req.url === POINT_GET.path) {
      const { rows } = await pool.query<{ id: string; name: string; qty: string }>({ ...select, values: [id] });
      const row = rows[0];
      if (!row) {
        res.writeHead(404).end();
        return;
      }
      answer = JSON.stringify({ record: { fields: { id: { intValue: row.id }, name: { stringValue: row.name }, qty: { intValue: row.qty } } } });
    } else if (req.url === POINT_INSERT.path) {
      await pool.query({ ...insert, values: [id, body.record?.fields.name.stringValue ?? null] });
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
