import { SqlService } from "../../../gen/ts/dbx/sql/v1/sql_pb.js";
import { BackendKind, TimestampPrecision } from "../../../gen/ts/dbx/v1/admin_pb.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import type { BeginCall } from "../backend-calls.js";
import { IsolationLevel } from "../../../gen/ts/dbx/v1/transaction_pb.js";
import type { BackendFacets, BackendTransaction, OperationContext, ServerDescription } from "../backend.js";
import { Capability } from "../capabilities.js";
import { PostgresPool } from "./connection-pool.js";
import { PostgresExecutor } from "./executor.js";
import { checkPostgresNamespace } from "./namespace.js";
import type { PostgresSettings } from "./options.js";
import { PostgresTransaction } from "./transaction.js";

/**
 * What PostgreSQL offers through the universal contract. The pinned list in
 * test/conformance/backends.ts and docs/capabilities.md change with it.
 */
const CAPABILITIES: readonly Capability[] = [
  Capability.DataAtomicBatch,
  Capability.DataGeneratedKeys,
  Capability.DataUpsert,
  Capability.DataUpdateNumeric,
  Capability.DataBulkByFilter,
  Capability.TransactionAtomicBatch,
  Capability.TransactionInteractive,
  Capability.TransactionSavepoints,
  Capability.TransactionDeferrable,
  Capability.TransactionIsolationReadCommitted,
  Capability.TransactionIsolationRepeatableRead,
  Capability.TransactionIsolationSerializable,
  Capability.QueryNative,
  Capability.QuerySort,
  Capability.SqlParamTypes,
  Capability.SqlSessionContext,
];

const SERVICES = [SqlService.typeName] as const;

/**
 * PostgreSQL behind DBX: a pool of connections (connection-pool.ts), tables
 * as collections, values exact both ways by type (value-codec.ts), records
 * read and written through the shared SQL plan layer (src/backends/sql/)
 * spelled by the PostgreSQL dialect. docs/backends/postgres.md describes the
 * behaviour clients see.
 */
export class PostgresBackend {
  readonly kind = BackendKind.POSTGRES;
  readonly capabilities: ReadonlySet<Capability> = new Set(CAPABILITIES);
  readonly services: readonly string[] = SERVICES;
  readonly displayUrl: string;
  readonly facets: BackendFacets = {};

  protected readonly pool: PostgresPool;
  protected readonly executor: PostgresExecutor;
  #server: ServerDescription = { version: "", modules: [], timestampPrecision: TimestampPrecision.MICROSECONDS };

  constructor(
    readonly name: string,
    protected readonly settings: PostgresSettings,
  ) {
    this.displayUrl = settings.displayUrl;
    this.pool = new PostgresPool(name, settings);
    this.executor = new PostgresExecutor(this.pool, name, settings.options.sessionContext);
  }

  /** Connects once to probe the server; UNAVAILABLE naming the URL when it cannot be reached. */
  async open(): Promise<void> {
    const ctx = probeContext(this.settings.options.connectTimeoutMs);
    try {
      const result = await this.pool.withConnection(ctx, (c) =>
        c.control(ctx, "SELECT current_setting('server_version'), coalesce((SELECT string_agg(extname || ' ' || extversion, ',' ORDER BY extname) FROM pg_extension), '')"),
      );
      const [version, extensions] = result.rows[0] as [string, string];
      this.#server = { version, modules: extensions ? extensions.split(",") : [], timestampPrecision: TimestampPrecision.MICROSECONDS };
    } catch (err) {
      throw dbxError(ErrorReason.BACKEND_UNAVAILABLE, `cannot connect to PostgreSQL ${this.displayUrl}: ${err instanceof Error ? err.message : String(err)}`, { backend: this.name }, err);
    }
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  checkNamespace(namespace: string, field: string): void {
    checkPostgresNamespace(namespace, field);
  }

  /** PostgreSQL stores timestamps and times to the microsecond; finer values are refused, not rounded. */
  describeServer(): ServerDescription {
    return this.#server;
  }

  async ping(ctx: OperationContext): Promise<void> {
    await this.executor.run(ctx, (c) => c.query(ctx, "SELECT 1", []));
  }

  stats(): Record<string, string> {
    return this.pool.stats();
  }

  /** Begins on a pooled connection that stays pinned to the transaction until it ends. */
  async beginTransaction(ctx: OperationContext, call: BeginCall): Promise<BackendTransaction> {
    checkPostgresNamespace(call.namespace, "target.namespace");
    const connection = await this.pool.acquire(ctx);
    try {
      await connection.control(ctx, beginStatement(call));
    } catch (err) {
      this.pool.release(connection, true);
      throw err;
    }
    return new PostgresTransaction(this.pool, connection, this.name, call.readOnly);
  }
}

const ISOLATION: Readonly<Partial<Record<IsolationLevel, string>>> = {
  [IsolationLevel.READ_COMMITTED]: "ISOLATION LEVEL READ COMMITTED",
  [IsolationLevel.REPEATABLE_READ]: "ISOLATION LEVEL REPEATABLE READ",
  [IsolationLevel.SERIALIZABLE]: "ISOLATION LEVEL SERIALIZABLE",
};

/** BEGIN with the call's isolation level, access mode and DEFERRABLE (which only serializable read-only uses). */
function beginStatement(call: BeginCall): string {
  const parts = ["BEGIN"];
  const isolation = ISOLATION[call.isolationLevel];
  if (isolation) parts.push(isolation);
  parts.push(call.readOnly ? "READ ONLY" : "READ WRITE");
  if (call.deferrable) parts.push("DEFERRABLE");
  return parts.join(" ");
}

function probeContext(timeoutMs: number): OperationContext {
  return { signal: AbortSignal.timeout(timeoutMs), deadline: Date.now() + timeoutMs, transaction: undefined, requestId: "open", identity: { subject: "", roles: [] } };
}
