import Database from "better-sqlite3";
import { INSERT_TABLE, POINT_ROWS, POINT_TABLE, STREAM_TABLE } from "./requests.js";

/**
 * Creates the benchmark's SQLite database directly with better-sqlite3
 * (not through DBX): the point-select table, the empty insert table, and
 * `streamRows` rows to stream.
 */
export function createSqliteFixture(path: string, streamRows: number): void {
  const db = new Database(path);
  try {
    db.pragma("journal_mode = WAL");
    db.exec(`
      CREATE TABLE ${POINT_TABLE} (id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty INTEGER NOT NULL);
      CREATE TABLE ${INSERT_TABLE} (id INTEGER PRIMARY KEY, name TEXT);
      CREATE TABLE ${STREAM_TABLE} (id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty INTEGER NOT NULL, price REAL NOT NULL);
    `);
    const fill = (table: string, count: number, columns: string, values: (i: number) => unknown[]) => {
      const insert = db.prepare(`INSERT INTO ${table} (${columns}) VALUES (${columns.split(",").map(() => "?").join(",")})`);
      db.transaction(() => {
        for (let i = 1; i <= count; i++) insert.run(...values(i));
      })();
    };
    fill(POINT_TABLE, POINT_ROWS, "id,name,qty", (i) => [i, `item ${i}`, i % 100]);
    fill(STREAM_TABLE, streamRows, "id,name,qty,price", (i) => [i, `row ${i}`, i % 1000, i / 100]);
  } finally {
    db.close();
  }
}
