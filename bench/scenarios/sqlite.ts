import { copyFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { BenchEnvironment } from "../environment.js";
import { measureSideBySide, type LoadTarget, type Row } from "../harness.js";
import type { WrkRequest } from "../load/wrk.js";
import type { BenchOptions } from "../options.js";
import type { ServerProcess } from "../processes.js";
import { INSERT_TABLE, POINT_KEY, POINT_TABLE, POINT_GET, POINT_INSERT, INSERT_KEY_PLACEHOLDER } from "../requests.js";
import { createSqliteFixture } from "../sqlite-fixture.js";
import {
  checkConnectBinary,
  checkConnectJson,
  connectBinary,
  connectJson,
  grpcTarget,
  inProcessTarget,
  urlOf,
  wrkTarget,
} from "../targets.js";
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
    const dbxUrl = urlOf(servers.dbx);
    const get: LoadTarget[] = [
      wrkTarget(servers.dbx, { server: DBX, protocol: "Connect JSON HTTP/1.1 · wrk" }, connectJson(POINT_GET), c, env.dir, () =>
        checkConnectJson(dbxUrl, POINT_GET),
      ),
      wrkTarget(servers.dbx, { server: DBX, protocol: "Connect binary HTTP/1.1 · wrk" }, connectBinary(POINT_GET), c, env.dir, () =>
        checkConnectBinary(dbxUrl, POINT_GET),
      ),
      grpcTarget(servers.dbx, DBX, POINT_GET, c, env.dir),
      wrkTarget(servers.httpBaseline, { server: SQLITE_HTTP_BASELINE, protocol: "JSON HTTP/1.1 · wrk" }, connectJson(POINT_GET), c, env.dir, () =>
        checkConnectJson(urlOf(servers.httpBaseline), POINT_GET),
      ),
      inProcessTarget(DIRECT_SQLITE, () => select.get(POINT_KEY), c),
    ];
    const insertRequests = freshKeyInserts();
    const inserts: LoadTarget[] = [
      wrkTarget(servers.dbx, { server: DBX, protocol: "Connect JSON HTTP/1.1 · wrk" }, insertRequests, c, env.dir, () =>
        checkConnectJson(dbxUrl, POINT_INSERT, insertBody(1n)),
      ),
      wrkTarget(servers.httpBaseline, { server: SQLITE_HTTP_BASELINE, protocol: "JSON HTTP/1.1 · wrk" }, insertRequests, c, env.dir, () =>
        checkConnectJson(urlOf(servers.httpBaseline), POINT_INSERT, insertBody(1n)),
      ),
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
        wrkTarget(servers.dbx, { server: DBX, protocol: "Connect JSON HTTP/1.1 · wrk" }, connectJson(POINT_GET), c, env.dir, () =>
          checkConnectJson(urlOf(servers.dbx), POINT_GET),
        ),
        wrkTarget(servers.httpBaseline, { server: SQLITE_HTTP_BASELINE, protocol: "JSON HTTP/1.1 · wrk" }, connectJson(POINT_GET), c, env.dir, () =>
          checkConnectJson(urlOf(servers.httpBaseline), POINT_GET),
        ),
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

const [INSERT_PREFIX, INSERT_SUFFIX] = POINT_INSERT.json.split(INSERT_KEY_PLACEHOLDER.toString());

function insertBody(key: bigint): string {
  return INSERT_PREFIX + key.toString() + INSERT_SUFFIX;
}

/** Insert requests for wrk with keys no earlier run used: run r sends keys r000000001, r000000002... */
function freshKeyInserts(): () => WrkRequest {
  let run = 0;
  return () => ({
    method: "POST",
    path: POINT_INSERT.path,
    contentType: "application/json",
    prefix: INSERT_PREFIX,
    suffix: INSERT_SUFFIX,
    keyRun: ++run,
  });
}
