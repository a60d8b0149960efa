import { ConnectError } from "@connectrpc/connect";
import pg from "pg";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, invalidField, reasonOf } from "../../errors/dbx-error.js";
import type { CollectionRef } from "../backend-calls.js";
import type { OperationContext } from "../operation-context.js";
import { checkIdentifier } from "../sql/identifier.js";
import type { PostgresTable, PostgresIntrospector } from "./introspector.js";
import { checkPostgresNamespace } from "./namespace.js";
import type { PostgresConnection } from "./postgres-connection.js";

/**
 * SQLSTATEs of a statement planned from a table shape that has changed
 * since it was read: undefined table or column, a changed column type, a
 * stale prepared plan.
 */
const STALE_SHAPE = new Set(["42P01", "42703", "42804", "0A000"]);

/** The tables data calls name, resolved through the introspector's cache. */
export class PostgresTables {
  constructor(
    readonly introspector: PostgresIntrospector,
    readonly backend: string,
  ) {}

  /**
   * The table a target names, its namespace checked first; `at` prefixes
   * the paths ("operations[2]."). A schema that does not exist is
   * INVALID_ARGUMENT naming target.namespace, as an unknown namespace is on
   * every backend; an unknown table is NOT_FOUND (UNKNOWN_COLLECTION); views
   * are not collections (no key): SqlService reads them.
   */
  async target(ctx: OperationContext, connection: PostgresConnection, target: CollectionRef, at = ""): Promise<PostgresTable> {
    checkPostgresNamespace(target.namespace, `${at}target.namespace`);
    checkIdentifier(target.collection, `${at}target.collection`);
    const table = await this.introspector.table(ctx, connection, target.namespace, target.collection);
    if (table === "no schema") throw invalidField(`${at}target.namespace`, `backend "${this.backend}" has no schema named "${target.namespace}"`);
    if (table === "no table" || table.relkind === "v" || table.relkind === "m") {
      const where = target.namespace ? `schema "${target.namespace}"` : "the current schema";
      throw dbxError(
        ErrorReason.UNKNOWN_COLLECTION,
        table !== "no table" ? `"${target.collection}" is a view, not a table; query it through dbx.sql.v1.SqlService` : `backend "${this.backend}" has no table named "${target.collection}" in ${where}`,
        { backend: this.backend, collection: target.collection },
      );
    }
    return table;
  }

  /** INVALID_ARGUMENT naming `field` when `namespace` names no schema. */
  async requireSchema(ctx: OperationContext, connection: PostgresConnection, namespace: string, field: string): Promise<void> {
    const found = await connection.query(ctx, "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = $1", [namespace]);
    if (!found.rows.length) throw invalidField(field, `backend "${this.backend}" has no schema named "${namespace}"`);
  }

  /**
   * Runs `work` on the target's table. Other clients change tables without
   * telling anyone: when `work` fails as if the cached shape were out of date
   * (a field the shape lacks, or PostgreSQL's undefined column, changed type,
   * stale plan), the shape is read again, and if it did change `work` runs
   * once more on it. Both failures happen before the statement runs, so
   * nothing is applied twice; inside a transaction PostgreSQL's own errors
   * abort it, and only the next call sees the new shape.
   */
  async use<T>(ctx: OperationContext, connection: PostgresConnection, target: CollectionRef, work: (table: PostgresTable) => Promise<T>, at = ""): Promise<T> {
    const table = await this.target(ctx, connection, target, at);
    try {
      return await work(table);
    } catch (err) {
      if (!(await this.#changedUnder(ctx, connection, target, table, err))) throw err;
      return work(await this.target(ctx, connection, target, at));
    }
  }

  async #changedUnder(ctx: OperationContext, connection: PostgresConnection, target: CollectionRef, table: PostgresTable, err: unknown): Promise<boolean> {
    const stale = staleShape(err);
    const refused = err instanceof ConnectError && reasonOf(err) === "ERROR_REASON_INVALID_FIELD";
    if (!stale && !refused) return false;
    this.introspector.forget(target.namespace, target.collection);
    if (stale && ctx.transaction) return false;
    try {
      const fresh = await this.introspector.table(ctx, connection, target.namespace, target.collection);
      // Gone: planned again, the call answers what a missing table answers.
      return typeof fresh === "string" || shapeOf(fresh) !== shapeOf(table);
    } catch {
      return false;
    }
  }
}

/** What planning depends on: the columns, their types, keys and generated flags. */
function shapeOf(table: PostgresTable): string {
  return JSON.stringify([table.relkind, table.columns.map((c) => [c.name, c.pgType.oid, c.pkPosition, c.generated, c.hasDefault])]);
}

function staleShape(err: unknown): boolean {
  const cause = err instanceof ConnectError ? err.cause : err;
  return cause instanceof pg.DatabaseError && cause.code !== undefined && STALE_SHAPE.has(cause.code);
}
