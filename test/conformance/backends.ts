import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import type { TestServer } from "../support/dbx-server.js";
import { redisConformanceBackend } from "../redis/redis-conformance-backend.js";

/**
 * A backend the conformance suite runs against: how to start it, and the one
 * thing the suite cannot do through the universal API (create a collection
 * with a schema, which SQL needs).
 */
export interface ConformanceBackend {
  readonly id: string;
  /** The field that carries the key in answered records, where the backend adds one. */
  readonly keyField?: string;
  /** Map and list values round-trip as such (SQL backends answer JSON columns as json_value). */
  readonly nativeDocuments: boolean;
  /** Starts what the backend needs and answers its backend config. */
  start(): Promise<{ url: string } & Record<string, unknown>>;
  /** Makes `collection` ready to hold the conformance records (see CONFORMANCE_FIELDS). */
  createCollection(server: TestServer, backend: string, collection: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The fields conformance records use, with their kinds. Key: a string.
 * SQL backends create these columns; schemaless backends need nothing.
 */
export const CONFORMANCE_FIELDS = {
  name: "string",
  age: "int64",
  score: "double",
  active: "bool",
  born: "timestamp",
  balance: "decimal",
  avatar: "bytes",
  profile: "json",
  note: "string",
} as const;

const SQLITE_TYPES: Record<string, string> = {
  string: "TEXT",
  int64: "INTEGER",
  double: "REAL",
  bool: "BOOLEAN",
  timestamp: "TIMESTAMP",
  decimal: "DECIMAL_TEXT",
  bytes: "BLOB",
  json: "JSON",
};

function sqliteBackend(): ConformanceBackend {
  let dir = "";
  return {
    id: "sqlite",
    keyField: "id",
    nativeDocuments: false,
    async start() {
      dir = await mkdtemp(join(tmpdir(), "dbx-conformance-sqlite-"));
      return { url: `sqlite:${join(dir, "conformance.db")}` };
    },
    async createCollection(server, backend, collection) {
      const columns = Object.entries(CONFORMANCE_FIELDS).map(([name, kind]) => `"${name}" ${SQLITE_TYPES[kind]}`);
      await server.client(QueryService).execute({
        target: { backend },
        statement: `CREATE TABLE "${collection}" ("id" TEXT PRIMARY KEY, ${columns.join(", ")})`,
      });
    },
    async stop() {
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Every backend of the matrix. Adapters add theirs here. */
export const conformanceBackends: (() => ConformanceBackend)[] = [sqliteBackend, redisConformanceBackend];
