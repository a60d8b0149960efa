import { ColumnType, TableKind } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import type { OperationContext } from "../operation-context.js";
import type { SqlColumnDescription, SqlIndexDescription, SqlTableDescription, SqlTableSummary } from "../facets/sql.js";
import { columnTypeOf } from "./pg-types.js";
import type { PostgresConnection } from "./postgres-connection.js";
import type { PgTypeRegistry } from "./type-registry.js";

/**
 * How dbx.sql.v1's TableKind names PostgreSQL's relations: tables and
 * partitioned tables (and their partitions) are tables; views and
 * materialized views are views; foreign tables, whose rows live elsewhere,
 * are virtual. The contract has no kind of its own for the latter three.
 */
const TABLE_KINDS: Readonly<Record<string, TableKind>> = {
  r: TableKind.TABLE,
  p: TableKind.TABLE,
  v: TableKind.VIEW,
  m: TableKind.VIEW,
  f: TableKind.VIRTUAL,
};

/** The relations SqlService lists and describes (pg_class.relkind). */
const LISTED_KINDS = "('r', 'p', 'v', 'm', 'f')";

/** The schema a namespace names: "" is the connection's current schema (the first existing one on its search_path). */
const SCHEMA = "COALESCE(NULLIF($1, ''), current_schema())";

const LIST_TABLES = `SELECT c.relname, c.relkind FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ${SCHEMA} AND c.relkind IN ${LISTED_KINDS} AND c.relname > $2
ORDER BY c.relname LIMIT $3`;

/**
 * One round trip: the relation and its live columns in order, with native
 * type, default (a generated column's expression is not a default),
 * identity and primary-key position.
 */
const DESCRIBE_TABLE = `SELECT c.oid, c.relname, c.relkind, a.attname, format_type(a.atttypid, a.atttypmod), a.atttypid, a.attnotnull,
  pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, COALESCE(array_position(pk.conkey, a.attnum), 0)
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
LEFT JOIN pg_catalog.pg_constraint pk ON pk.conrelid = c.oid AND pk.contype = 'p'
WHERE n.nspname = ${SCHEMA} AND c.relname = $2 AND c.relkind IN ${LISTED_KINDS}
ORDER BY a.attnum`;

/** The indexes of a relation by name, each with its key columns ("" for an expression) as JSON. */
const LIST_INDEXES = `SELECT i.relname, x.indisunique, x.indisprimary, x.indpred IS NOT NULL,
  (SELECT COALESCE(json_agg(COALESCE(a.attname::text, '') ORDER BY k.ord), '[]')
   FROM unnest(string_to_array(x.indkey::text, ' ')::int2[]) WITH ORDINALITY AS k(num, ord)
   LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.num
   WHERE k.ord <= x.indnkeyatts)
FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
WHERE x.indrelid = $1 AND i.relname > $2
ORDER BY i.relname LIMIT $3`;

/** Any relation of the schema with the name (indexes and tables share names in PostgreSQL). */
const RELATION_KIND = `SELECT c.relkind FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ${SCHEMA} AND c.relname = $2`;

/** A relation SqlService describes, with what DDL needs to know about it. */
export interface CatalogTable extends SqlTableDescription {
  readonly oid: number;
  /** pg_class.relkind. */
  readonly relkind: string;
}

/**
 * Tables, views, materialized views, partitions and foreign tables of one
 * schema as dbx.sql.v1 describes them, read from pg_catalog on the call's
 * connection (so a transaction sees its own DDL). Nothing is cached: DDL by
 * any client is seen at once.
 */
export class SchemaCatalog {
  constructor(private readonly types: PgTypeRegistry) {}

  /** Up to `limit` relations named after `after`, by name. */
  async listTables(ctx: OperationContext, connection: PostgresConnection, namespace: string, after: string, limit: number): Promise<SqlTableSummary[]> {
    const result = await connection.query(ctx, LIST_TABLES, [namespace, after, String(limit)]);
    return result.rows.map(([name, relkind]) => ({ name: name!, kind: TABLE_KINDS[relkind!] ?? TableKind.TABLE }));
  }

  /** The relation, or undefined when the schema has none of that name. */
  async describeTable(ctx: OperationContext, connection: PostgresConnection, namespace: string, table: string): Promise<CatalogTable | undefined> {
    const result = await connection.query(ctx, DESCRIBE_TABLE, [namespace, table]);
    if (result.rows.length === 0) return undefined;
    const live = result.rows.filter((r) => r[3] !== null);
    await this.types.load(ctx, connection, live.map((r) => Number(r[5])));
    const columns = live.map(([, , , name, declaredType, typeId, notNull, defaultSql, , generated, pkPosition]): SqlColumnDescription => {
      const type = this.types.get(Number(typeId));
      const column: SqlColumnDescription = {
        name: name!,
        declaredType: declaredType!,
        type: type ? columnTypeOf(type) : ColumnType.NATIVE,
        nullable: notNull !== "t",
        defaultExpression: generated === "" ? (defaultSql ?? "") : "",
        primaryKeyPosition: Number(pkPosition),
      };
      if (type?.kind === "array" && type.element) column.elementType = columnTypeOf(type.element);
      return column;
    });
    const [oid, name, relkind] = result.rows[0];
    const primaryKey = columns
      .filter((c) => c.primaryKeyPosition > 0)
      .sort((a, b) => a.primaryKeyPosition - b.primaryKeyPosition)
      .map((c) => c.name);
    const kind = TABLE_KINDS[relkind!] ?? TableKind.TABLE;
    // Views have no key; a table without a primary key cannot be addressed by key (introspector.ts).
    return { oid: Number(oid), relkind: relkind!, name: name!, kind, columns, primaryKey, keyFields: kind === TableKind.VIEW ? [] : [...primaryKey] };
  }

  /** Up to `limit` indexes of the relation named after `after`, by name. */
  async listIndexes(ctx: OperationContext, connection: PostgresConnection, table: CatalogTable, after: string, limit: number): Promise<SqlIndexDescription[]> {
    const result = await connection.query(ctx, LIST_INDEXES, [String(table.oid), after, String(limit)]);
    return result.rows.map(([name, unique, primaryKey, partial, columns]) => ({
      name: name!,
      table: table.name,
      columns: JSON.parse(columns!) as string[],
      unique: unique === "t",
      primaryKey: primaryKey === "t",
      partial: partial === "t",
    }));
  }

  /** pg_class.relkind of the relation of that name in the schema (any kind: indexes included); undefined when none. */
  async relationKind(ctx: OperationContext, connection: PostgresConnection, namespace: string, name: string): Promise<string | undefined> {
    const result = await connection.query(ctx, RELATION_KIND, [namespace, name]);
    return result.rows[0]?.[0] ?? undefined;
  }
}
