import { ColumnType, TableKind } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import { affinityOf, columnTypeOf } from "./column-type.js";
import type { TableIntrospector } from "../sql/introspector.js";
import type { ColumnShape, TableShape } from "../sql/table-shape.js";
import type { SqliteConnection } from "./connection.js";
import type { CodecColumn } from "./value-codec.js";

/** A column of a table, from PRAGMA table_xinfo. */
export interface ColumnMeta extends CodecColumn, ColumnShape {
  readonly notNull: boolean;
  /** SQL text of the default; null when none. */
  readonly defaultSql: string | null;
  /** 1-based position in the primary key; 0 when not part of it. */
  readonly pkPosition: number;
  /** A generated column: readable, never written. */
  readonly generated: boolean;
}

/**
 * A table or view as DBX addresses it. `name` is as stored (SQLite matches
 * names case-insensitively); `columns` are the visible ones (hidden columns
 * of virtual tables left out); `keyColumns` are the primary key in key
 * order, or the rowid for tables without one, and order records when no
 * sort is given.
 */
export interface TableMeta extends TableShape<ColumnMeta> {
  readonly kind: TableKind;
  readonly primaryKey: readonly string[];
  readonly hasRowid: boolean;
  /** The one column that keys records (single-column key or rowid); undefined for views and composite keys. */
  readonly key: ColumnMeta | undefined;
}

/** The rowid as a column, for tables keyed by it. */
const ROWID: ColumnMeta = {
  name: "rowid",
  declaredType: "INTEGER",
  type: ColumnType.INT64,
  affinity: "INTEGER",
  notNull: true,
  defaultSql: null,
  pkPosition: 0,
  generated: false,
  hasDefault: true,
};

/**
 * Table metadata, cached. The cache is keyed to PRAGMA schema_version, which
 * SQLite bumps on every schema change, whoever makes it (DBX, plain SQL
 * through SqlService, another process); DBX also clears it after its own DDL,
 * on rollback (a rolled-back CREATE restores the old version number) and on
 * SQLITE_SCHEMA errors.
 */
export class TableMetadata implements TableIntrospector<ColumnMeta, TableMeta | undefined> {
  readonly #tables = new Map<string, TableMeta | null>();
  #schemaVersion: bigint | undefined;

  constructor(private readonly connection: SqliteConnection) {}

  invalidate(): void {
    this.#tables.clear();
    this.#schemaVersion = undefined;
  }

  /** The table or view in `namespace` (always main: namespace.ts checks it first). */
  table(_namespace: string, name: string): TableMeta | undefined {
    return this.find(name);
  }

  /** The table or view, or undefined when there is none (internal sqlite_ tables included). */
  find(name: string): TableMeta | undefined {
    const version = this.connection.value("PRAGMA schema_version") as bigint;
    if (version !== this.#schemaVersion) {
      this.#tables.clear();
      this.#schemaVersion = version;
    }
    const cached = this.#tables.get(name);
    if (cached !== undefined) return cached ?? undefined;
    const meta = this.#load(name);
    this.#tables.set(name, meta ?? null);
    return meta;
  }

  #load(name: string): TableMeta | undefined {
    if (/^sqlite_/i.test(name)) return undefined;
    const found = this.connection
      .statement("SELECT name, type, wr FROM pragma_table_list WHERE schema = 'main' AND name = ? COLLATE NOCASE")
      .get(name) as [string, string, bigint] | undefined;
    if (!found || !(found[1] in KINDS)) return undefined;
    const [tableName, type, withoutRowid] = found;
    const rows = this.connection
      .statement('SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?)')
      .all(tableName) as [string, string, bigint, string | null, bigint, bigint][];
    const columns: ColumnMeta[] = rows
      .filter(([, , , , , hidden]) => hidden !== 1n)
      .map(([columnName, declaredType, notNull, defaultSql, pk, hidden]) => ({
        name: columnName,
        declaredType,
        type: columnTypeOf(declaredType),
        affinity: affinityOf(declaredType),
        notNull: notNull === 1n,
        defaultSql,
        pkPosition: Number(pk),
        generated: hidden === 2n || hidden === 3n,
        hasDefault: defaultSql !== null,
      }));
    const primaryKey = columns.filter((c) => c.pkPosition > 0).sort((a, b) => a.pkPosition - b.pkPosition);
    const kind = KINDS[type];
    const rowidTable = kind !== TableKind.VIEW && withoutRowid === 0n;
    // INTEGER PRIMARY KEY (that exact type name) is the rowid under another name: SQLite fills it.
    const rowidAlias = rowidTable && primaryKey.length === 1 && primaryKey[0].declaredType.toUpperCase() === "INTEGER";
    const keyed = rowidAlias ? columns.map((c) => (c === primaryKey[0] ? { ...c, hasDefault: true } : c)) : columns;
    const keyColumns = rowidAlias ? [keyed.find((c) => c.pkPosition === 1)!] : primaryKey;
    const byName = new Map(keyed.map((c) => [c.name, c]));
    const hasRowid = rowidTable && !byName.has("rowid");
    const key = kind === TableKind.VIEW ? undefined : keyColumns.length === 1 ? keyColumns[0] : keyColumns.length === 0 && hasRowid ? ROWID : undefined;
    return {
      namespace: "main",
      name: tableName,
      kind,
      columns: keyed,
      byName,
      primaryKey: primaryKey.map((c) => c.name),
      hasRowid,
      key,
      keyColumns: kind === TableKind.VIEW ? [] : keyColumns.length ? keyColumns : hasRowid ? [ROWID] : [],
      generatedKey: rowidAlias ? keyColumns[0] : keyColumns.length === 0 && hasRowid ? ROWID : undefined,
      // SQLite refuses UPDATE ... RETURNING on virtual tables, and FTS5 answers a wrong rowid to INSERT ... RETURNING.
      returning: kind === TableKind.TABLE,
    };
  }
}

const KINDS: Readonly<Record<string, TableKind>> = {
  table: TableKind.TABLE,
  view: TableKind.VIEW,
  virtual: TableKind.VIRTUAL,
};
