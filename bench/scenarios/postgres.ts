import { fromBinary } from "@bufbuild/protobuf";
import { createClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import pg from "pg";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import type { BenchEnvironment } from "../environment.js";
import { measureSideBySide, type LoadTarget, type Row } from "../harness.js";
import type { BenchOptions } from "../options.js";
import { createPostgresFixture, type PostgresFixture } from "../postgres-fixture.js";
import type { ServerProcess } from "../processes.js";
import { INSERT_TABLE, POINT_INSERT, POINT_KEY, POINT_TABLE } from "../requests.js";
import { inProcessTarget, urlOf } from "../targets.js";
import { freshKeyInserts, pointGetTargets, pointInsertTarget } from "./point-targets.js";
import { DBX } from "./redis.js";

export const POSTGRES_HTTP_BASELINE = "node:http + pg pool";
export const POSTGRES_GRPC_JS = "@grpc/grpc-js + pg pool";
export const POSTGRES_HTTP2_GRPC = "node:http2 + pg pool";
export const DIRECT_PG = "pg pool, direct";

/** Connections each contender's pool holds: the same for all, so that they compete on equal terms. */
const POOL_SIZE = 10;

export interface PostgresServers {
  readonly fixture: PostgresFixture;
  readonly dbx: ServerProcess;
  readonly httpBaseline: ServerProcess;
  /** The like-for-like contender of DBX's gRPC rows (bench/servers/grpc-js-postgres.ts). */
  readonly grpcJs: ServerProcess;
  /** The least a Node gRPC server can do for the same Get (bench/servers/http2-grpc-postgres.ts). */
  readonly http2Grpc: ServerProcess;
  /** The database the in-process driver uses. */
  readonly directUrl: string;
}

export async function startPostgresServers(env: BenchEnvironment, streamRows: number): Promise<PostgresServers> {
  const fixture = await createPostgresFixture(["dbx", "baseline", "grpcjs", "http2grpc", "direct"], streamRows);
  env.onClose(() => fixture.server.stop());
  return {
    fixture,
    dbx: await env.dbx("dbx-postgres", fixture.urlOf("dbx")),
    httpBaseline: await env.baseline("postgres-http-baseline", "postgres-http-baseline.ts", [fixture.urlOf("baseline"), String(POOL_SIZE)]),
    grpcJs: await env.baseline("grpc-js-postgres", "grpc-js-postgres.ts", [fixture.urlOf("grpcjs"), String(POOL_SIZE)]),
    http2Grpc: await env.baseline("http2-grpc-postgres", "http2-grpc-postgres.ts", [fixture.urlOf("http2grpc"), String(POOL_SIZE)]),
    directUrl: fixture.urlOf("direct"),
  };
}

/** PostgreSQL point select and single-row insert: DBX on each protocol, the node:http + pg and @grpc/grpc-js + pg baselines, pg in-process. */
export async function postgresThroughput(env: BenchEnvironment, servers: PostgresServers, options: BenchOptions): Promise<Row[]> {
  const c = options.connections;
  const pool = new pg.Pool({ connectionString: servers.directUrl, max: POOL_SIZE });
  let directKey = 0n;
  // Past every key wrk's runs use (run r sends r000000001...).
  let grpcKey = 900_000_000_000n;
  const grpc = createClient(DataService, createGrpcTransport({ baseUrl: urlOf(servers.dbx) }));
  const insertRequest = fromBinary(DataService.method.insert.input, POINT_INSERT.binary);
  try {
    const select = () => pool.query({ name: "point_select", text: `SELECT id::text, name, qty::text FROM ${POINT_TABLE} WHERE id = $1`, values: [POINT_KEY.toString()] });
    const get: LoadTarget[] = [
      ...pointGetTargets(servers.dbx, DBX, ["json", "binary", "grpc"], c, env.dir),
      ...pointGetTargets(servers.httpBaseline, POSTGRES_HTTP_BASELINE, ["json"], c, env.dir),
      ...pointGetTargets(servers.grpcJs, POSTGRES_GRPC_JS, ["grpc"], c, env.dir),
      ...pointGetTargets(servers.http2Grpc, POSTGRES_HTTP2_GRPC, ["grpc"], c, env.dir),
      inProcessTarget(DIRECT_PG, select, c),
    ];
    const insertRequests = freshKeyInserts();
    const inserts: LoadTarget[] = [
      pointInsertTarget(servers.dbx, DBX, insertRequests, c, env.dir),
      // h2load repeats one body, and each insert needs a key of its own: a gRPC client makes them.
      inProcessTarget(DBX, () => grpc.insert({ target: insertRequest.target, record: insertRequest.record, key: { kind: { case: "intValue", value: ++grpcKey } } }), c, "gRPC h2c · connect-node client"),
      pointInsertTarget(servers.httpBaseline, POSTGRES_HTTP_BASELINE, insertRequests, c, env.dir),
      inProcessTarget(DIRECT_PG, () => pool.query({ name: "point_insert", text: `INSERT INTO ${INSERT_TABLE} (id, name) VALUES ($1, $2)`, values: [String(++directKey), "bench row"] }), c),
    ];
    const rows = [
      ...(await measureSideBySide("PostgreSQL point select", get, options)),
      ...(await measureSideBySide("PostgreSQL single-row insert", inserts, options)),
    ];
    return rows.map((row) => ({ ...row, versus: row.server === POSTGRES_HTTP_BASELINE ? undefined : POSTGRES_HTTP_BASELINE }));
  } finally {
    await pool.end();
  }
}

/** PostgreSQL point-select latency at one connection and at many: DBX (Connect JSON and gRPC), the baseline, pg in-process. */
export async function postgresLatency(env: BenchEnvironment, servers: PostgresServers, options: BenchOptions): Promise<Row[]> {
  const pool = new pg.Pool({ connectionString: servers.directUrl, max: POOL_SIZE });
  try {
    const select = () => pool.query({ name: "point_select", text: `SELECT id::text, name, qty::text FROM ${POINT_TABLE} WHERE id = $1`, values: [POINT_KEY.toString()] });
    const rows: Row[] = [];
    for (const c of [1, options.manyConnections]) {
      const targets: LoadTarget[] = [
        ...pointGetTargets(servers.dbx, DBX, ["json", "grpc"], c, env.dir),
        ...pointGetTargets(servers.httpBaseline, POSTGRES_HTTP_BASELINE, ["json"], c, env.dir),
        ...pointGetTargets(servers.grpcJs, POSTGRES_GRPC_JS, ["grpc"], c, env.dir),
        ...pointGetTargets(servers.http2Grpc, POSTGRES_HTTP2_GRPC, ["grpc"], c, env.dir),
        inProcessTarget(DIRECT_PG, select, c),
      ];
      const measured = await measureSideBySide(`PostgreSQL point select latency, ${c} conn`, targets, options);
      rows.push(...measured.map((row) => ({ ...row, versus: row.server === DIRECT_PG ? undefined : DIRECT_PG })));
    }
    return rows;
  } finally {
    await pool.end();
  }
}
