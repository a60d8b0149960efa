import { fromBinary } from "@bufbuild/protobuf";
import { createClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { MongoClient, type Collection } from "mongodb";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import type { BenchEnvironment } from "../environment.js";
import { measureSideBySide, type LoadTarget, type Row } from "../harness.js";
import { createMongoFixture, type MongoFixture } from "../mongodb-fixture.js";
import type { BenchOptions } from "../options.js";
import { cpuMicros } from "../proc-stats.js";
import type { ServerProcess } from "../processes.js";
import { INSERT_TABLE, POINT_INSERT, POINT_KEY, POINT_TABLE } from "../requests.js";
import { median } from "../stats.js";
import { inProcessTarget, urlOf } from "../targets.js";
import { freshKeyInserts, pointGetTargets, pointInsertTarget } from "./point-targets.js";
import { DBX } from "./redis.js";

export const MONGO_HTTP_BASELINE = "node:http + mongodb";
export const DIRECT_MONGO = "mongodb driver, direct";

/**
 * The database of the documents DBX streams, apart from the contenders':
 * FerretDB keeps a SQLite file per database, and the insert rows should not
 * write into one that also holds the streamed collection.
 */
export const MONGO_STREAM_DATABASE = "stream";

/** Connections each contender's pool holds: DBX's default maxPoolSize, so that they compete on equal terms. */
const POOL_SIZE = 10;

export interface MongoServers {
  readonly fixture: MongoFixture;
  readonly dbx: ServerProcess;
  readonly httpBaseline: ServerProcess;
  /** The database the in-process driver uses. */
  readonly directUrl: string;
}

export async function startMongoServers(env: BenchEnvironment, streamDocuments: number): Promise<MongoServers> {
  const fixture = await createMongoFixture(["dbx", "baseline", "direct"], { database: MONGO_STREAM_DATABASE, documents: streamDocuments });
  env.onClose(() => fixture.stop());
  return {
    fixture,
    dbx: await env.dbx("dbx-mongodb", fixture.urlOf("dbx")),
    httpBaseline: await env.baseline("mongodb-http-baseline", "mongodb-http-baseline.ts", [fixture.urlOf("baseline"), String(POOL_SIZE)]),
    directUrl: fixture.urlOf("direct"),
  };
}

/** MongoDB findOne by `_id` and insertOne: DBX on each protocol, the node:http + mongodb baseline, the driver in-process. */
export async function mongoThroughput(env: BenchEnvironment, servers: MongoServers, options: BenchOptions): Promise<Row[]> {
  const c = options.connections;
  const direct = await DirectMongo.open(servers.directUrl);
  let directKey = 0n;
  // Past every key wrk's runs use (run r sends r000000001...).
  let grpcKey = 900_000_000_000n;
  const grpc = createClient(DataService, createGrpcTransport({ baseUrl: urlOf(servers.dbx) }));
  const insertRequest = fromBinary(DataService.method.insert.input, POINT_INSERT.binary);
  try {
    const get: LoadTarget[] = [
      ...pointGetTargets(servers.dbx, DBX, ["json", "binary", "grpc"], c, env.dir),
      ...pointGetTargets(servers.httpBaseline, MONGO_HTTP_BASELINE, ["json"], c, env.dir),
      inProcessTarget(DIRECT_MONGO, () => direct.findPoint(), c),
    ];
    const insertRequests = freshKeyInserts();
    const inserts: LoadTarget[] = [
      pointInsertTarget(servers.dbx, DBX, insertRequests, c, env.dir),
      // h2load repeats one body, and each insert needs a key of its own: a gRPC client makes them.
      inProcessTarget(DBX, () => grpc.insert({ target: insertRequest.target, record: insertRequest.record, key: { kind: { case: "intValue", value: ++grpcKey } } }), c, "gRPC h2c · connect-node client"),
      pointInsertTarget(servers.httpBaseline, MONGO_HTTP_BASELINE, insertRequests, c, env.dir),
      inProcessTarget(DIRECT_MONGO, () => direct.insert(++directKey), c),
    ];
    const rows = [
      ...(await measureWithFerretDb("MongoDB findOne by _id", get, servers, options)),
      ...(await measureWithFerretDb("MongoDB insertOne", inserts, servers, options)),
    ];
    return rows.map((row) => ({ ...row, versus: row.server === MONGO_HTTP_BASELINE ? undefined : MONGO_HTTP_BASELINE }));
  } finally {
    await direct.close();
  }
}

/** MongoDB findOne-by-_id latency at one connection and at many: DBX (Connect JSON and gRPC), the baseline, the driver in-process. */
export async function mongoLatency(env: BenchEnvironment, servers: MongoServers, options: BenchOptions): Promise<Row[]> {
  const direct = await DirectMongo.open(servers.directUrl);
  try {
    const rows: Row[] = [];
    for (const c of [1, options.manyConnections]) {
      const targets: LoadTarget[] = [
        ...pointGetTargets(servers.dbx, DBX, ["json", "grpc"], c, env.dir),
        ...pointGetTargets(servers.httpBaseline, MONGO_HTTP_BASELINE, ["json"], c, env.dir),
        inProcessTarget(DIRECT_MONGO, () => direct.findPoint(), c),
      ];
      const measured = await measureWithFerretDb(`MongoDB findOne by _id latency, ${c} conn`, targets, servers, options);
      rows.push(...measured.map((row) => ({ ...row, versus: row.server === DIRECT_MONGO ? undefined : DIRECT_MONGO })));
    }
    return rows;
  } finally {
    await direct.close();
  }
}

/** The driver called in this process, as the baseline server calls it. */
class DirectMongo {
  private constructor(
    private readonly client: MongoClient,
    private readonly items: Collection<{ _id: bigint; name: string; qty: bigint }>,
    private readonly inserts: Collection<{ _id: bigint; name: string }>,
  ) {}

  static async open(url: string): Promise<DirectMongo> {
    const client = new MongoClient(url, { maxPoolSize: POOL_SIZE, useBigInt64: true });
    await client.connect();
    const db = client.db();
    return new DirectMongo(client, db.collection(POINT_TABLE), db.collection(INSERT_TABLE));
  }

  async findPoint(): Promise<void> {
    if (!(await this.items.findOne({ _id: POINT_KEY }))) throw new Error(`no ${POINT_TABLE} document with _id ${POINT_KEY}`);
  }

  async insert(id: bigint): Promise<void> {
    await this.inserts.insertOne({ _id: id, name: "bench row" });
  }

  close(): Promise<void> {
    return this.client.close();
  }
}

/**
 * measureSideBySide, plus FerretDB's CPU per request in each row's note:
 * every contender shares the one FerretDB on this 2-core machine, and its
 * share says whether FerretDB or the server in front of it is the limit.
 */
async function measureWithFerretDb(benchmark: string, targets: readonly LoadTarget[], servers: MongoServers, options: BenchOptions): Promise<Row[]> {
  const pid = servers.fixture.pid;
  if (pid === undefined) return measureSideBySide(benchmark, targets, options);
  const perRequest = new Map<LoadTarget, number[]>();
  const wrapped = targets.map((target) => {
    const samples: number[] = [];
    let runs = 0;
    const measuring: LoadTarget = {
      ...target,
      run: async (durationSeconds) => {
        // measureSideBySide's first run is the warm-up, when there is one: not a round.
        const warmUp = options.warmupSeconds > 0 && runs++ === 0;
        const before = cpuMicros(pid);
        const result = await target.run(durationSeconds);
        if (!warmUp && result.requests > 0) samples.push((cpuMicros(pid) - before) / result.requests);
        return result;
      },
    };
    perRequest.set(measuring, samples);
    return measuring;
  });
  const rows = await measureSideBySide(benchmark, wrapped, options);
  return rows.map((row, i) => {
    const ferretUs = median(perRequest.get(wrapped[i])!);
    if (ferretUs === undefined || row.reqPerSec === undefined) return row;
    const note = `FerretDB CPU ${Math.round(ferretUs)} µs/req`;
    return { ...row, note: row.note ? `${row.note}; ${note}` : note };
  });
}
