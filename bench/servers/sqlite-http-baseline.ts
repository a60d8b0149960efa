/**
 * The baseline for SQLite rows: a minimal node:http server doing what DBX's
 * DataService Get/Insert do with Connect JSON on a SQLite table (parse the
 * JSON request, one prepared better-sqlite3 statement, write a JSON
 * answer), and nothing else.
 *
 *   node dist/bench/servers/sqlite-http-baseline.js PORT DB_FILE
 */
import { createServer } from "node:http";
import Database from "better-sqlite3";
import { INSERT_TABLE, POINT_TABLE, POINT_GET, POINT_INSERT } from "../requests.js";
import { readBody } from "./read-body.js";

interface KeyedRequest {
  key: { intValue: string };
  record?: { fields: { name: { stringValue: string } } };
}

const [portArg, dbFile] = process.argv.slice(2);
const db = new Database(dbFile);
db.pragma("journal_mode = WAL");
const select = db.prepare(`SELECT * FROM ${POINT_TABLE} WHERE id = ?`);
const insert = db.prepare(`INSERT INTO ${INSERT_TABLE} (id, name) VALUES (?, ?)`);

createServer(async (req, res) => {
  try {
    const body = JSON.parse((await readBody(req)).toString()) as KeyedRequest;
    const id = BigInt(body.key.intValue);
    let answer: string;
    if (req.url === POINT_GET.path) {
      const row = select.get(id) as Record<string, string | number> | undefined;
      if (!row) {
        res.writeHead(404).end();
        return;
      }
      answer = JSON.stringify({ record: { fields: { id: { intValue: String(row.id) }, name: { stringValue: row.name }, qty: { intValue: String(row.qty) } } } });
    } else if (req.url === POINT_INSERT.path) {
      insert.run(id, body.record?.fields.name.stringValue ?? null);
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
