import { ColumnIdentity, ColumnType, ForeignKeyAction, TableKind } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import type { OperationContext } from "../operation-context.js";
import type {
  SqlCheckConstraint,
  SqlColumnDescription,
  SqlForeignKey,
  SqlIndexDescription,
  SqlTableDescription,
  SqlTableRef,
  SqlTableSummary,
} from "../facets/sql.js";
import { columnTypeOf } from "./pg-types.js";
import type { PostgresConnection } from "./postgres-connection.js";
import type { PgTypeRegistry } from "./type-registry.js";

/**
 * How dbx.sql.v1's TableKind names PostgreSQL's relations (pg_class.relkind).
 * A partition keeps the kind of what it is (a table, or a partitioned table
 * when partitioned itself), as psql shows it, and names its parent in
 * `partitionOf`.
 */
const TABLE_KINDS: Readonly<Record<string, TableKind>> = {
  r: TableKind.TABLE,
  p: TableKind.PARTITIONED_TABLE,
  v: TableKind.VIEW,
  m: TableKind.MATERIALIZED_VIEW,
  f: TableKind.FOREIGN_TABLE,
};

/** pg_constraint.confdeltype / confupdtype. */
const FOREIGN_KEY_ACTIONS: Readonly<Record<string, ForeignKeyAction>> = {
  a: ForeignKeyAction.NO_ACTION,
  r: ForeignKeyAction.RESTRICT,
  c: ForeignKeyAction.CASCADE,
  n: ForeignKeyAction.SET_NULL,
  d: ForeignKeyAction.SET_DEFAULT,
};

/** pg_attribute.attidentity ("" for a column that is not one). */
const IDENTITIES: Readonly<Record<string, ColumnIdentity>> = {
  a: ColumnIdentity.ALWAYS,
  d: ColumnIdentity.BY_DEFAULT,
};

/** Relations without a key: their rows cannot be addressed by DataService. */
const KEYLESS_KINDS: ReadonlySet<TableKind> = new Set([TableKind.VIEW, TableKind.MATERIALIZED_VIEW]);

/** The relations SqlService lists and describes (pg_class.relkind). */
const LISTED_KINDS = "('r', 'p', 'v', 'm', 'f')";

/** The schema a namespace names: "" is the connection's current schema (the first existing one on its search_path). */
const SCHEMA = "COALESCE(NULLIF($1, ''), current_schema())";

/** The partitioned table of a partition `c` (a partition inherits from exactly one), as `pn.nspname`, `p.relname`. */
const PARENT_JOIN = `LEFT JOIN pg_catalog.pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
LEFT JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace`;

const LIST_TABLES = `SELECT c.relname, c.relkind, pn.nspname, p.relname FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
${PARENT_JOIN}
WHERE n.nspname = ${SCHEMA} AND c.relkind IN ${LISTED_KINDS} AND c.relname > $2
ORDER BY c.relname LIMIT $3`;

/**
 * One round trip: the relation and its live columns in order, with native
 * type, default or generation expression (pg_attrdef holds both), identity
 * and primary-key position; and, repeated on each row, the relation's
 * partition parent and bound, partition key and foreign server.
 */
const DESCRIBE_TABLE = `SELECT c.oid, c.relname, c.relkind, a.attname, format_type(a.atttypid, a.atttypmod), a.atttypid, a.attnotnull,
  pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, COALESCE(array_position(pk.conkey, a.attnum), 0),
  pn.nspname, p.relname, pg_catalog.pg_get_expr(c.relpartbound, c.oid),
  CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END, fs.srvname
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
${PARENT_JOIN}
LEFT JOIN pg_catalog.pg_foreign_table ft ON ft.ftrelid = c.oid
LEFT JOIN pg_catalog.pg_foreign_server fs ON fs.oid = ft.ftserver
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
LEFT JOIN pg_catalog.pg_constraint pk ON pk.conrelid = c.oid AND pk.contype = 'p'
WHERE n.nspname = ${SCHEMA} AND c.relname = $2 AND c.relkind IN ${LISTED_KINDS}
ORDER BY a.attnum`;

/** The names of a constraint's columns (an int2[] of attnums of relation `rel`) in order, as a JSON array. */
function columnNames(attnums: string, rel: string): string {
  return `(SELECT COALESCE(json_agg(a.attname ORDER BY k.ord), '[]') FROM unnest(${attnums}) WITH ORDINALITY AS k(num, ord)
   JOIN pg_catalog.pg_attribute a ON a.attrelid = ${rel} AND a.attnum = k.num)`;
}

/**
 * The foreign keys (f) and check constraints (c) of a relation by name.
 * A foreign key to a partitioned table has a hidden child constraint on the
 * same relation for each referenced partition (conparentid pointing at it):
 * those are left out. A partition's keys inherited from its parent (whose
 * conparentid is on the parent) are its own and kept.
 */
const LIST_CONSTRAINTS = `SELECT con.conname, con.contype, ${columnNames("con.conkey", "con.conrelid")},
  rn.nspname, r.relname, ${columnNames("con.confkey", "con.confrelid")},
  con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred,
  CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid) END
FROM pg_catalog.pg_constraint con
LEFT JOIN pg_catalog.pg_class r ON r.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace
WHERE con.conrelid = $1 AND con.contype IN ('f', 'c')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint parent WHERE parent.oid = con.conparentid AND parent.conrelid = con.conrelid)
ORDER BY con.conname, con.oid`;

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
    return result.rows.map(([name, relkind, parentSchema, parent]) => {
      const summary: SqlTableSummary = { name: name!, kind: TABLE_KINDS[relkind!] ?? TableKind.TABLE };
      if (parent !== null) summary.partitionOf = { namespace: parentSchema!, table: parent! };
      return summary;
    });
  }

  /** The relation with its columns and constraints, or undefined when the schema has none of that name. */
  async describeTable(ctx: OperationContext, connection: PostgresConnection, namespace: string, table: string): Promise<CatalogTable | undefined> {
    const result = await connection.query(ctx, DESCRIBE_TABLE, [namespace, table]);
    if (result.rows.length === 0) return undefined;
    const live = result.rows.filter((r) => r[3] !== null);
    await this.types.load(ctx, connection, live.map((r) => Number(r[5])));
    const columns = live.map(([, , , name, declaredType, typeId, notNull, defaultSql, identity, generated, pkPosition]): SqlColumnDescription => {
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
      const identityKind = IDENTITIES[identity!];
      if (identityKind !== undefined) column.identity = identityKind;
      if (generated !== "" && defaultSql !== null) column.generationExpression = defaultSql;
      return column;
    });
    const [oid, name, relkind, , , , , , , , , parentSchema, parent, partitionBound, partitionKey, foreignServer] = result.rows[0];
    const primaryKey = columns
      .filter((c) => c.primaryKeyPosition > 0)
      .sort((a, b) => a.primaryKeyPosition - b.primaryKeyPosition)
      .map((c) => c.name);
    const kind = TABLE_KINDS[relkind!] ?? TableKind.TABLE;
    const description: CatalogTable = {
      oid: Number(oid),
      relkind: relkind!,
      name: name!,
      kind,
      columns,
      primaryKey,
      // Views have no key; a table without a primary key cannot be addressed by key (introspector.ts).
      keyFields: KEYLESS_KINDS.has(kind) ? [] : [...primaryKey],
      ...(await this.#constraints(ctx, connection, oid!)),
    };
    if (parent !== null) description.partitionOf = { namespace: parentSchema!, table: parent! };
    if (partitionBound !== null) description.partitionBound = partitionBound;
    if (partitionKey !== null) description.partitionKey = partitionKey;
    if (foreignServer !== null) description.foreignServer = foreignServer;
    return description;
  }

  async #constraints(
    ctx: OperationContext,
    connection: PostgresConnection,
    oid: string,
  ): Promise<{ foreignKeys: SqlForeignKey[]; checkConstraints: SqlCheckConstraint[] }> {
    const result = await connection.query(ctx, LIST_CONSTRAINTS, [oid]);
    const foreignKeys: SqlForeignKey[] = [];
    const checkConstraints: SqlCheckConstraint[] = [];
    for (const [name, type, columns, refSchema, refTable, refColumns, onDelete, onUpdate, deferrable, deferred, check] of result.rows) {
      if (type === "c") {
        checkConstraints.push({ name: name!, expression: check ?? "" });
        continue;
      }
      const referencedTable: SqlTableRef = { namespace: refSchema!, table: refTable! };
      foreignKeys.push({
        name: name!,
        columns: JSON.parse(columns!) as string[],
        referencedTable,
        referencedColumns: JSON.parse(refColumns!) as string[],
        onDelete: FOREIGN_KEY_ACTIONS[onDelete!] ?? ForeignKeyAction.UNSPECIFIED,
        onUpdate: FOREIGN_KEY_ACTIONS[onUpdate!] ?? ForeignKeyAction.UNSPECIFIED,
        deferrable: deferrable === "t",
        initiallyDeferred: deferred === "t",
      });
    }
    return { foreignKeys, checkConstraints };
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
