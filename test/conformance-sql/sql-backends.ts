import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ColumnType } from "../../gen/ts/dbx/sql/v1/schema_pb.js";

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

/** Every SQL backend of the matrix. PostgreSQL adds itself here. */
export const sqlConformanceBackends: (() => SqlConformanceBackend)[] = [sqliteBackend];
