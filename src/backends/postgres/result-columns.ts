import { ColumnType } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import type { OperationContext } from "../operation-context.js";
import type { SqlResultColumn } from "../facets/sql.js";
import { columnTypeOf, type PgType } from "./pg-types.js";
import type { PostgresConnection, PostgresField } from "./postgres-connection.js";
import type { PgTypeRegistry } from "./type-registry.js";
import { decodePgValue } from "./value-codec.js";

/** A table column a result column comes from, as the catalog describes it. */
interface SourceColumn {
  readonly namespace: string;
  readonly table: string;
  readonly column: string;
  readonly notNull: boolean;
  /** format_type(atttypid, atttypmod): "numeric(10,2)", "character varying(20)". */
  readonly declaredType: string;
}

/** Entries kept per cache before it starts over: bounded memory whatever the catalog holds. */
const MAX_CACHED = 10_000;

/** Types up to here are built in (FirstNormalObjectId): their names never change. */
const LAST_BUILTIN_OID = 16_383;

/** Type modifiers carry a 4-byte header (VARHDRSZ) for these types. */
const NUMERIC_OID = 1700;
const LENGTH_TYPES = new Set([1042, 1043]); // bpchar, varchar
const BIT_TYPES = new Set([1560, 1562]); // bit, varbit
const VARHDRSZ = 4;

/**
 * One round trip for the columns and type names not yet cached: the source
 * column of each (table OID, attnum) pair, and pg_type.typname of each type.
 */
const CATALOG_QUERY = `SELECT k.rel, k.num, n.nspname, c.relname, a.attname, a.attnotnull, format_type(a.atttypid, a.atttypmod)
FROM unnest($1::oid[], $2::int2[]) AS k(rel, num)
JOIN pg_catalog.pg_attribute a ON a.attrelid = k.rel AND a.attnum = k.num AND NOT a.attisdropped
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
UNION ALL
SELECT t.oid, -1, '', '', t.typname, false, '' FROM pg_catalog.pg_type t WHERE t.oid = ANY($3::oid[])`;

/**
 * The columns of a statement's result as SqlService answers them: name,
 * native type name (pg_type.typname: "int4", "varchar"), DBX kind (by type,
 * so expressions have one too), precision and scale from the type modifier,
 * and, for plain table columns, the declared type, nullability and source
 * table from the catalog (RowDescription's table OID and attnum).
 *
 * Catalog answers are cached: type names for good (an OID names one type),
 * source columns until DDL run through this backend invalidates them or
 * the cache fills. A column renamed by another client keeps its old name
 * here until then; the values and their kinds are always current (they come
 * with each result).
 */
export class ResultColumns {
  readonly #typeNames = new Map<number, string>();
  readonly #sources = new Map<string, SourceColumn | null>();

  constructor(private readonly types: PgTypeRegistry) {}

  /** Forgets source columns (after DDL). */
  invalidate(): void {
    this.#sources.clear();
    for (const oid of this.#typeNames.keys()) if (oid > LAST_BUILTIN_OID) this.#typeNames.delete(oid);
  }

  /** Loads what `fields` need from the catalog (one or two round trips, none when cached) and describes them. */
  async describe(ctx: OperationContext, connection: PostgresConnection, fields: readonly PostgresField[]): Promise<SqlResultColumn[]> {
    if (fields.length === 0) return [];
    await this.types.load(ctx, connection, fields.map((f) => f.typeId));
    const missingTypes = [...new Set(fields.map((f) => f.typeId).filter((oid) => !this.#typeNames.has(oid)))];
    const missingSources = fields.filter((f) => f.tableId !== 0 && !this.#sources.has(sourceKey(f)));
    if (missingTypes.length || missingSources.length) await this.#load(ctx, connection, missingTypes, missingSources);
    return fields.map((f) => this.#column(f));
  }

  /** The PgType of each field, to decode values with (read from pg_type when not yet known). */
  async typesOf(ctx: OperationContext, connection: PostgresConnection, fields: readonly PostgresField[]): Promise<PgType[]> {
    await this.types.load(ctx, connection, fields.map((f) => f.typeId));
    return fields.map((f) => this.types.get(f.typeId) ?? { oid: f.typeId, name: `oid ${f.typeId}`, kind: "native" });
  }

  async #load(ctx: OperationContext, connection: PostgresConnection, types: number[], sources: PostgresField[]): Promise<void> {
    const result = await connection.query(ctx, CATALOG_QUERY, [
      `{${sources.map((f) => f.tableId).join(",")}}`,
      `{${sources.map((f) => f.columnId).join(",")}}`,
      `{${types.join(",")}}`,
    ]);
    if (this.#sources.size + sources.length > MAX_CACHED) this.#sources.clear();
    if (this.#typeNames.size + types.length > MAX_CACHED) this.#typeNames.clear();
    // A column dropped meanwhile answers no row: it is remembered as unknown.
    for (const f of sources) this.#sources.set(sourceKey(f), null);
    for (const [rel, num, namespace, table, name, notNull, declaredType] of result.rows) {
      if (num === "-1") this.#typeNames.set(Number(rel), name!);
      else this.#sources.set(`${rel}.${num}`, { namespace: namespace!, table: table!, column: name!, notNull: notNull === "t", declaredType: declaredType! });
    }
  }

  #column(field: PostgresField): SqlResultColumn {
    const type = this.types.get(field.typeId);
    const column: SqlResultColumn = {
      name: field.name,
      declaredType: "",
      type: type ? columnTypeOf(type) : ColumnType.NATIVE,
      nativeType: this.#typeNames.get(field.typeId) ?? "",
      ...typeModifiers(field.typeId, field.typeModifier),
    };
    if (type?.kind === "array" && type.element) column.elementType = columnTypeOf(type.element);
    const source = field.tableId !== 0 ? this.#sources.get(sourceKey(field)) : undefined;
    if (source) {
      column.declaredType = source.declaredType;
      column.nullable = !source.notNull;
      column.source = { namespace: source.namespace, table: source.table, column: source.column };
    }
    return column;
  }
}

function sourceKey(field: PostgresField): string {
  return `${field.tableId}.${field.columnId}`;
}

/**
 * Precision and scale of numeric(p,s), the length of char(n), varchar(n),
 * bit(n) and varbit(n), from the type modifier (-1 when undeclared).
 */
function typeModifiers(oid: number, modifier: number): { precision?: number; scale?: number } {
  if (modifier < 0) return {};
  if (oid === NUMERIC_OID) {
    const packed = modifier - VARHDRSZ;
    // The scale is an 11-bit signed number since PostgreSQL 15 (numeric(3,-2)).
    return { precision: (packed >> 16) & 0xffff, scale: ((packed & 0x7ff) ^ 1024) - 1024 };
  }
  if (LENGTH_TYPES.has(oid)) return { precision: modifier - VARHDRSZ };
  if (BIT_TYPES.has(oid)) return { precision: modifier };
  return {};
}

/** Rows of PostgreSQL text decoded value by value with the types of their columns. */
export function decodeRows(rows: readonly (readonly (string | null)[])[], types: readonly PgType[]): TypedValue[][] {
  return rows.map((row) => {
    const values = new Array<TypedValue>(row.length);
    for (let i = 0; i < row.length; i++) values[i] = decodePgValue(row[i], types[i]);
    return values;
  });
}
