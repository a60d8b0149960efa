import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForeignKeyAction } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";

/**
 * SqlService.DescribeTable on SQLite answers foreign keys (PRAGMA
 * foreign_key_list): composite ones, actions, and the primary key a key
 * naming no columns references. SQLite has no names nor deferrability to
 * read for them.
 */
const PROTOCOLS: Protocol[] = ["connect", "grpc"];

let dir: string;
let server: TestServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dbx-fk-"));
  server = await startTestServer({ defaultBackend: "main", backends: { main: { url: `sqlite:${join(dir, "main.db")}` } } });
  const exec = (sql: string) => server.client(SqlService).exec({ source: { case: "sql", value: sql } });
  await exec("CREATE TABLE regions (code TEXT, sub INTEGER, PRIMARY KEY (code, sub))");
  await exec("CREATE TABLE currencies (iso TEXT PRIMARY KEY)");
  await exec(`CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    region TEXT,
    sub INTEGER,
    currency TEXT REFERENCES currencies ON DELETE RESTRICT,
    FOREIGN KEY (region, sub) REFERENCES regions (code, sub) ON DELETE CASCADE ON UPDATE SET NULL
  )`);
  await exec("CREATE VIEW order_ids AS SELECT id FROM orders");
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

for (const protocol of PROTOCOLS) {
  describe(`DescribeTable on SQLite: foreign keys (${protocol})`, () => {
    const sql = () => server.client(SqlService, protocol);

    it("answers each key with its columns, referenced table and columns, and actions", async () => {
      const orders = (await sql().describeTable({ target: { collection: "orders" } })).table!;
      const keys = orders.foreignKeys.map((k) => [
        k.name,
        k.columns,
        [k.referencedTable?.backend, k.referencedTable?.namespace, k.referencedTable?.collection],
        k.referencedColumns,
        ForeignKeyAction[k.onDelete],
        ForeignKeyAction[k.onUpdate],
        k.deferrable,
      ]);
      expect(keys.sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
        ["", ["currency"], ["main", "main", "currencies"], ["iso"], "RESTRICT", "NO_ACTION", false],
        ["", ["region", "sub"], ["main", "main", "regions"], ["code", "sub"], "CASCADE", "SET_NULL", false],
      ]);
      expect(orders.checkConstraints).toEqual([]);
    });

    it("answers none for tables without keys and for views", async () => {
      expect((await sql().describeTable({ target: { collection: "regions" } })).table!.foreignKeys).toEqual([]);
      expect((await sql().describeTable({ target: { collection: "order_ids" } })).table!.foreignKeys).toEqual([]);
    });
  });
}
