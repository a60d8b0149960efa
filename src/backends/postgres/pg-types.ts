import { ColumnType } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";

/**
 * How the value codec reads and writes a PostgreSQL type: the DBX kind its
 * values take. Types DBX has no kind for (uuid, inet, enums, ranges,
 * geometry, money, bit strings, timetz, xml, ...) are "native": their text
 * form travels as a NativeValue, exact both ways.
 */
export type PgCodecKind =
  | "int"
  | "numeric"
  | "float4"
  | "float8"
  | "bool"
  | "text"
  | "bytea"
  | "date"
  | "time"
  | "timestamp"
  | "timestamptz"
  | "interval"
  | "json"
  | "jsonb"
  | "array"
  | "native";

/** A PostgreSQL type as the codec needs it. Domains take their base type's kind and keep their own name. */
export interface PgType {
  readonly oid: number;
  /** format_type(oid, NULL): "integer", "character varying", "mood", "integer[]"; NativeValue.type_name. */
  readonly name: string;
  readonly kind: PgCodecKind;
  /** Arrays: the element type. */
  readonly element?: PgType;
  /** Arrays: the element type's delimiter (',' for all but box, which uses ';'). */
  readonly delimiter?: string;
  /** Comparisons and sorting go through the text form: the type has no btree equality (json, xml, geometry). */
  readonly compareAsText?: boolean;
}

/** The DBX column type of a PostgreSQL type (column metadata, SqlService). */
export function columnTypeOf(type: PgType): ColumnType {
  return COLUMN_TYPES[type.kind];
}

const COLUMN_TYPES: Readonly<Record<PgCodecKind, ColumnType>> = {
  int: ColumnType.INT64,
  numeric: ColumnType.DECIMAL,
  float4: ColumnType.DOUBLE,
  float8: ColumnType.DOUBLE,
  bool: ColumnType.BOOL,
  text: ColumnType.STRING,
  bytea: ColumnType.BYTES,
  date: ColumnType.DATE,
  time: ColumnType.TIME,
  timestamp: ColumnType.DATETIME,
  timestamptz: ColumnType.TIMESTAMP,
  interval: ColumnType.INTERVAL,
  json: ColumnType.JSON,
  jsonb: ColumnType.JSON,
  array: ColumnType.ARRAY,
  native: ColumnType.NATIVE,
};

/** The codec kind of a built-in scalar type by OID (pg_type.h; stable across versions). */
const BUILTIN_KINDS: ReadonlyMap<number, PgCodecKind> = new Map([
  [16, "bool"],
  [17, "bytea"],
  [18, "text"], // "char"
  [19, "text"], // name
  [20, "int"], // int8
  [21, "int"], // int2
  [23, "int"], // int4
  [25, "text"],
  [114, "json"],
  [700, "float4"],
  [701, "float8"],
  [1042, "text"], // bpchar
  [1043, "text"], // varchar
  [1082, "date"],
  [1083, "time"],
  [1114, "timestamp"],
  [1184, "timestamptz"],
  [1186, "interval"],
  [1700, "numeric"],
  [3802, "jsonb"],
]);

/** Built-in types without a btree equality: filters and sorts compare their text. */
const TEXT_COMPARED = new Set([114, 142, 600, 601, 602, 603, 604, 628, 718]);

/** pg_type rows as the catalog query answers them (introspector.ts, type-registry.ts). */
export interface PgTypeRow {
  readonly oid: number;
  readonly name: string;
  /** typtype: b base, c composite, d domain, e enum, p pseudo, r range, m multirange. */
  readonly typtype: string;
  /** typcategory: A array, S string, ... */
  readonly category: string;
  /** typelem of a true array (typsubscript = array_subscript_handler); 0 otherwise. */
  readonly element: number;
  /** typbasetype of a domain; 0 otherwise. */
  readonly base: number;
  readonly delimiter: string;
}

/**
 * Builds the PgType of a catalog row; `resolve` answers the types it
 * refers to (domain base, array element), already built.
 */
export function pgTypeOf(row: PgTypeRow, resolve: (oid: number) => PgType): PgType {
  if (row.typtype === "d" && row.base) {
    const base = resolve(row.base);
    return { ...base, oid: row.oid, name: row.name };
  }
  if (row.element) {
    const element = resolve(row.element);
    return { oid: row.oid, name: row.name, kind: "array", element, delimiter: row.delimiter, compareAsText: element.compareAsText };
  }
  const builtin = BUILTIN_KINDS.get(row.oid);
  if (builtin) return { oid: row.oid, name: row.name, kind: builtin, compareAsText: TEXT_COMPARED.has(row.oid) || undefined };
  // Extension string types (citext) read and write as strings.
  if (row.category === "S" && row.typtype === "b") return { oid: row.oid, name: row.name, kind: "text" };
  return { oid: row.oid, name: row.name, kind: "native", compareAsText: TEXT_COMPARED.has(row.oid) || undefined };
}

/** The OID of bytea, whose values the plan runner hands over as bytes. */
export const BYTEA_OID = 17;
