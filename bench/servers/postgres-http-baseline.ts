/**
 * The baseline for PostgreSQL rows: a minimal node:http server doing what
 * DBX's DataService Get/Insert do with Connect JSON on a PostgreSQL table
 * (parse the JSON request, one query on a `pg` pool, write a JSON answer),
 * and nothing else.
 *
 *   node dist/bench/servers/postgres-http-baseline.js PORT DATABASE_URL POOL_SIZE
 */
import pg from "pg";
import { INSERT_TABLE, POINT_GET, POINT_INSERT, POINT_TABLE } from "../requests.js";
import { serveJsonRoutes } from "./json-routes-server.js";

interface KeyedRequest {
  key: { intValue: string };
  record?: { fields: { name: { stringValue: string } } };
}

const [portArg, databaseUrl, poolSize] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(poolSize) });
const select = { name: "point_select", text: `SELECT id::text, name, qty::text FROM ${POINT_TABLE} WHERE id = $1` };
const insert = { name: "point_insert", text: `INSERT INTO ${INSERT_TABLE} (id, name) VALUES ($1, $2)` };

serveJsonRoutes<KeyedRequest>(Number(portArg), {
  [POINT_GET.path]: async (body) => {
    const { rows } = await pool.query<{ id: string; name: string; qty: string }>({ ...select, values: [body.key.intValue] });
    const row = rows[0];
    return row && JSON.stringify({ record: { fields: { id: { intValue: row.id }, name: { stringValue: row.name }, qty: { intValue: row.qty } } } });
  },
  [POINT_INSERT.path]: async (body) => {
    await pool.query({ ...insert, values: [body.key.intValue, body.record?.fields.name.stringValue ?? null] });
    return "{}";
  },
});
