import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ColumnType } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import { Capability } from "../../src/backends/capabilities.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";

/**
 * A SQL backend the SqlService matrix runs against, with what the contract
 * leaves to each database pinned: the suites branch on this, never on what
 * the server reports, so a backend that stops declaring something fails.
 */
export interface SqlConformanceBackend {
  readonly id: string;
  /** Starts what the backend needs and answers its backend config. */
  start(): Promise<{ url: string } & Record<string, unknown>>;
  stop(): Promise<void>;
  /** The placeholder of the `index`-th parameter (1-based): "?" or "$1". */
  placeholder(index: number): string;
  /** The namespace that unqualified names resolve in, as DescribeTable's source tables name it. */
  readonly defaultNamespace: string;
  /** A namespace the backend refuses with INVALID_ARGUMENT `target.namespace`. */
  readonly badNamespace: string;
  /** The column types CreateTable takes, with the declared type DescribeTable answers for each. */
  readonly columnTypes: readonly ColumnType[];
  /** Exactly the `sql.*` capabilities the backend declares. */
  readonly sqlCapabilities: readonly string[];
  /** ErrorInfo metadata a refused statement carries: a syntax error, a unique violation. */
  readonly errorMetadata: { readonly syntax: Record<string, string>; readonly unique: Record<string, string> };
}

function sqliteBackend(): SqlConformanceBackend {
  let dir = "";
  return {
    id: "sqlite",
    async start() {
      dir = await mkdtemp(join(tmpdir(), "dbx-conformance-sql-sqlite-"));
      return { url: `sqlite:${join(dir, "sql.db")}` };
    },
    async stop() {
      if (dir) await rm(dir, { recursive: true, force: true });
    },
    placeholder: () => "?",
    defaultNamespace: "main",
    badNamespace: "other",
    columnTypes: [
      ColumnType.INT64,
      ColumnType.DOUBLE,
      ColumnType.STRING,
      ColumnType.BYTES,
      ColumnType.BOOL,
      ColumnType.TIMESTAMP,
      ColumnType.DECIMAL,
      ColumnType.JSON,
      ColumnType.DATE,
      ColumnType.TIME,
      ColumnType.DATETIME,
    ],
    sqlCapabilities: [],
    errorMetadata: {
      syntax: { native_code: "SQLITE_ERROR" },
      unique: { native_code: "SQLITE_CONSTRAINT_PRIMARYKEY" },
    },
  };
}

/**
 * PostgreSQL: a database of its own on the run's server; `$n` placeholders;
 * namespaces are schemas ("" is public), and one that does not exist is
 * refused; parameter types and session contexts (for the setting the matrix
 * uses); errors carry the SQLSTATE.
 */
function postgresBackend(): SqlConformanceBackend {
  let database: PostgresDatabase | undefined;
  return {
    id: "postgres",
    async start() {
      database = await createPostgresDatabase("sqlconf");
      return { url: database.url, sessionContext: { allowedSettings: ["app.tenant"] } };
    },
    async stop() {
      await database?.drop();
    },
    placeholder: (index) => `$${index}`,
    defaultNamespace: "public",
    badNamespace: "no_such_schema",
    columnTypes: [
      ColumnType.INT64,
      ColumnType.DOUBLE,
      ColumnType.STRING,
      ColumnType.BYTES,
      ColumnType.BOOL,
      ColumnType.TIMESTAMP,
      ColumnType.DECIMAL,
      ColumnType.JSON,
      ColumnType.DATE,
      ColumnType.TIME,
      ColumnType.DATETIME,
      ColumnType.INTERVAL,
    ],
    sqlCapabilities: [Capability.SqlParamTypes, Capability.SqlSessionContext],
    errorMetadata: {
      syntax: { sql_state: "42601" },
      unique: { sql_state: "23505" },
    },
  };
}

/** Every SQL backend of the matrix. */
export const sqlConformanceBackends: (() => SqlConformanceBackend)[] = [sqliteBackend, postgresBackend];
