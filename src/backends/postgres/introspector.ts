import type { TableShape } from "../sql/table-shape.js";
import type { OperationContext } from "../operation-context.js";
import type { PostgresColumn } from "./column-codec.js";
import { columnTypeOf, type PgType } from "./pg-types.js";
import type { PostgresConnection } from "./postgres-connection.js";
import type { PgTypeRegistry } from "./type-registry.js";

/** A table as DBX addresses it on PostgreSQL. */
export interface PostgresTable extends TableShape<PostgresColumn> {
  /** pg_class.relkind: r table, p partitioned table, f foreign table, v view, m materialized view. */
  readonly relkind: string;
  readonly oid: number;
}

/** What a lookup found: the table, or which part of its name names nothing. */
export type TableLookup = PostgresTable | "no schema" | "no table";

/**
 * One round trip: the schema, the relation (namespace "" is the connection's current
 * schema), its live columns in order with their primary-key positions,
 * identity, generated and serial defaults.
 */
const TABLE_QUERY = `WITH ns AS (
  SELECT oid, nspname FROM pg_catalog.pg_namespace WHERE nspname = COALESCE(NULLIF($1, ''), current_schema())
), rel AS (
  SELECT c.oid, c.relkind FROM pg_catalog.pg_class c JOIN ns ON c.relnamespace = ns.oid
  WHERE c.relname = $2 AND c.relkind IN ('r', 'p', 'f', 'v', 'm')
)
SELECT rel.oid, ns.nspname, rel.relkind, a.attname, a.atttypid, a.attnotnull, a.atthasdef, a.attidentity, a.attgenerated,
  COALESCE(array_position(string_to_array(i.indkey::text, ' ')::int2[], a.attnum), 0),
  COALESCE(pg_catalog.pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%', false), a.atttypmod
FROM ns LEFT JOIN rel ON true
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = rel.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_index i ON i.indrelid = rel.oid AND i.indisprimary
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = rel.oid AND d.adnum = a.attnum
ORDER BY a.attnum`;

/** Tables kept; past it the cache starts again (a schema with more tables reads some twice). */
const MAX_CACHED_TABLES = 1024;

/**
 * Table shapes from pg_catalog, cached by the namespace and name a call
 * gave. PostgreSQL tells nobody about DDL, so the cache is forgotten after
 * DBX's own DDL (invalidate()) and for a table whose statement failed as if
 * its shape changed (undefined column or table, stale plan: forget()); a
 * table that does not exist is never cached, so one created by any client
 * is seen at once.
 *
 * A table without a primary key has no key columns: it can be listed,
 * counted, found and written by filter, and inserted into; key-addressed
 * calls on it answer FAILED_PRECONDITION (record-key.ts).
 */
export class PostgresIntrospector {
  readonly #tables = new Map<string, Promise<TableLookup>>();

  constructor(private readonly types: PgTypeRegistry) {}

  invalidate(): void {
    this.#tables.clear();
  }

  /** Forgets one table (as the call named it). */
  forget(namespace: string, name: string): void {
    this.#tables.delete(cacheKey(namespace, name));
  }

  /** The relation named `name` in `namespace`, read on `connection` (a transaction sees its own DDL). */
  table(ctx: OperationContext, connection: PostgresConnection, namespace: string, name: string): Promise<TableLookup> {
    const key = cacheKey(namespace, name);
    const cached = this.#tables.get(key);
    if (cached) return cached;
    const loading = this.#load(ctx, connection, namespace, name);
    if (this.#tables.size >= MAX_CACHED_TABLES) this.#tables.clear();
    this.#tables.set(key, loading);
    loading.then(
      (table) => {
        if (typeof table === "string" && this.#tables.get(key) === loading) this.#tables.delete(key);
      },
      () => {
        if (this.#tables.get(key) === loading) this.#tables.delete(key);
      },
    );
    return loading;
  }

  async #load(ctx: OperationContext, connection: PostgresConnection, namespace: string, name: string): Promise<TableLookup> {
    const result = await connection.query(ctx, TABLE_QUERY, [namespace, name]);
    if (!result.rows.length) return "no schema";
    if (result.rows[0][0] === null) return "no table";
    const rows = result.rows.filter((r) => r[3] !== null);
    await this.types.load(ctx, connection, rows.map((r) => Number(r[4])));
    const [oid, schema, relkind] = result.rows[0] as [string, string, string];
    const columns = rows.map((r): PostgresColumn & { serial: boolean; identity: boolean } => {
      const typeId = Number(r[4]);
      const pgType: PgType = this.types.get(typeId) ?? { oid: typeId, name: `oid ${typeId}`, kind: "native" };
      const identity = r[7] !== "";
      return {
        name: r[3]!,
        type: columnTypeOf(pgType),
        pgType,
        typeModifier: Number(r[11]),
        notNull: r[5] === "t",
        generated: r[8] !== "",
        hasDefault: r[6] === "t" || identity,
        pkPosition: Number(r[9]),
        identity,
        serial: r[10] === "t",
      };
    });
    const keyColumns = columns.filter((c) => c.pkPosition > 0).sort((a, b) => a.pkPosition - b.pkPosition);
    const only = keyColumns.length === 1 ? keyColumns[0] : undefined;
    return {
      namespace: schema,
      name,
      oid: Number(oid),
      relkind,
      columns,
      byName: new Map(columns.map((c) => [c.name, c])),
      keyColumns,
      generatedKey: only && (only.identity || only.serial) ? only : undefined,
      returning: true,
      // Foreign tables take no ON CONFLICT: Put updates, else inserts.
      upsert: relkind !== "f" && keyColumns.length > 0,
    };
  }
}

function cacheKey(namespace: string, name: string): string {
  return `${namespace}\u0000${name}`;
}
