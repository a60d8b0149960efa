/**
 * The baseline for SQLite rows: a minimal node:http server doing what DBX's
 * DataService Get/Insert do with Connect JSON on a SQLite table (parse the
 * JSON request, one prepared better-sqlite3 statement, write a JSON
 * answer), and nothing else.
 *
 *   node dist/bench/servers/sqlite-http-baseline.js PORT DB_FILE
 */
import Database from "better-sqlite3";
import { INSERT_TABLE, POINT_TABLE, POINT_GET, POINT_INSERT } from "../requests.js";
import { serveJsonRoutes } from "./json-routes-server.js";

interface KeyedRequest {
  key: { intValue: string };
  record?: { fields: { name: { stringValue: string } } };
}

const [portArg, dbFile] = process.argv.slice(2);
const db = new Database(dbFile);
db.pragma("journal_mode = WAL");
const select = db.prepare(`SELECT * FROM ${POINT_TABLE} WHERE id = ?`);
const insert = db.prepare(`INSERT INTO ${INSERT_TABLE} (id, name) VALUES (?, ?)`);

serveJsonRoutes<KeyedRequest>(Number(portArg), {
  [POINT_GET.path]: (body) => {
    const row = select.get(BigInt(body.key.intValue)) as Record<string, string | number> | undefined;
    return row && JSON.stringify({ record: { fields: { id: { intValue: String(row.id) }, name: { stringValue: row.name }, qty: { intValue: String(row.qty) } } } });
  },
  [POINT_INSERT.path]: (body) => {
    insert.run(BigInt(body.key.intValue), body.record?.fields.name.stringValue ?? null);
    return "{}";
  },
});
