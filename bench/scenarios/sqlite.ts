import { copyFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { BenchEnvironment } from "../environment.js";
import { measureSideBySide, type LoadTarget, type Row } from "../harness.js";
import type { BenchOptions } from "../options.js";
import type { ServerProcess } from "../processes.js";
import { INSERT_TABLE, POINT_KEY, POINT_TABLE } from "../requests.js";
import { createSqliteFixture } from "../sqlite-fixture.js";
import { inProcessTarget } from "../targets.js";
import { freshKeyInserts, pointGetTargets, pointInsertTarget } from "./point-targets.js";
import { DBX } from "./redis.js";

export const SQLITE_HTTP_BASELINE = "node:http + better-sqlite3";
export const DIRECT_SQLITE = "better-sqlite3, direct";

/** Each server gets its own copy of the database file, so that they never share a lock. */
export interface SqliteServers {
  dbx: ServerProcess;
  httpBaseline: ServerProcess;
  /** The copy the direct driver opens. */
  directFile: string;
}

export async function startSqliteServers(env: BenchEnvironment, streamRows: number): Promise<SqliteServers> {
  const fixture = join(env.dir, "fixture.db");
  createSqliteFixture(fixture, streamRows);
  const copy = (name: string) => {
    const path = join(env.dir, name);
    copyFileSync(fixture, path);
    return path;
  };
  const dbxFile = copy("dbx.db");
  const baselineFile = copy("baseline.db");
  return {
    dbx: await env.dbx("dbx-sqlite", `sqlite:${dbxFile}`),
    httpBaseline: await env.baseline("sqlite-http-baseline", "sqlite-http-baseline.ts", [baselineFile]),
    directFile: copy("direct.db"),
  };
}

/** SQLite point select and single-row insert: DBX on each protocol, the node:http baseline, the direct driver. */
export async function sqliteThroughput(env: BenchEnvironment, servers: SqliteServers, options: BenchOptions): Promise<Row[]> {
  const c = options.connections;
  const db = new Database(servers.directFile);
  db.pragma("journal_mode = WAL");
  const select = db.prepare(`SELECT * FROM ${POINT_TABLE} WHERE id = ?`);
  const insert = db.prepare(`INSERT INTO ${INSERT_TABLE} (id, name) VALUES (?, ?)`);
  let directKey = 0n;
  try {
    const get: LoadTarget[] = [
      ...pointGetTargets(servers.dbx, DBX, ["json", "binary", "grpc"], c, env.dir),
      ...pointGetTargets(servers.httpBaseline, SQLITE_HTTP_BASELINE, ["json"], c, env.dir),
      inProcessTarget(DIRECT_SQLITE, () => select.get(POINT_KEY), c),
    ];
    const insertRequests = freshKeyInserts();
    const inserts: LoadTarget[] = [
      pointInsertTarget(servers.dbx, DBX, insertRequests, c, env.dir),
      pointInsertTarget(servers.httpBaseline, SQLITE_HTTP_BASELINE, insertRequests, c, env.dir),
      inProcessTarget(DIRECT_SQLITE, () => insert.run(++directKey, "bench row"), c),
    ];
    const rows = [
      ...(await measureSideBySide("SQLite point select", get, options)),
      ...(await measureSideBySide("SQLite single-row insert", inserts, options)),
    ];
    return rows.map((row) => ({ ...row, versus: row.server === SQLITE_HTTP_BASELINE ? undefined : SQLITE_HTTP_BASELINE }));
  } finally {
    db.close();
  }
}

/** SQLite point-select latency at one connection and at many: DBX and the direct driver. */
export async function sqliteLatency(env: BenchEnvironment, servers: SqliteServers, options: BenchOptions): Promise<Row[]> {
  const db = new Database(servers.directFile, { readonly: true });
  const select = db.prepare(`SELECT * FROM ${POINT_TABLE} WHERE id = ?`);
  try {
    const rows: Row[] = [];
    for (const c of [1, options.manyConnections]) {
      const targets: LoadTarget[] = [
        ...pointGetTargets(servers.dbx, DBX, ["json"], c, env.dir),
        ...pointGetTargets(servers.httpBaseline, SQLITE_HTTP_BASELINE, ["json"], c, env.dir),
        inProcessTarget(DIRECT_SQLITE, () => select.get(POINT_KEY), c),
      ];
      const measured = await measureSideBySide(`SQLite point select latency, ${c} conn`, targets, options);
      rows.push(...measured.map((row) => ({ ...row, versus: row.server === DIRECT_SQLITE ? undefined : DIRECT_SQLITE })));
    }
    return rows;
  } finally {
    db.close();
  }
}
