import { ColumnType } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";

/** SQLite's type affinities (https://sqlite.org/datatype3.html#type_affinity). */
export type Affinity = "INTEGER" | "TEXT" | "BLOB" | "REAL" | "NUMERIC";

/** The affinity SQLite gives a declared type, by its own rules, in their order. */
export function affinityOf(declaredType: string): Affinity {
  const t = declaredType.toUpperCase();
  if (t.includes("INT")) return "INTEGER";
  if (t.includes("CHAR") || t.includes("CLOB") || t.includes("TEXT")) return "TEXT";
  if (t.includes("BLOB") || t === "") return "BLOB";
  if (t.includes("REAL") || t.includes("FLOA") || t.includes("DOUB")) return "REAL";
  return "NUMERIC";
}

/**
 * The DBX kind of a column, from its declared type. DBX names come first
 * (BOOLEAN, TIMESTAMP, DECIMAL, JSON: SQLite has no such types and would
 * give them NUMERIC affinity), then SQLite's affinity. Types with NUMERIC
 * affinity DBX has no kind for ("DATE", "MONEY") and undeclared types
 * answer UNSPECIFIED: their values are read by storage class.
 */
export function columnTypeOf(declaredType: string): ColumnType {
  const base = declaredType.trim().toUpperCase();
  if (/^BOOL(EAN)?\b/.test(base)) return ColumnType.BOOL;
  if (/^(TIMESTAMP|DATETIME)/.test(base)) return ColumnType.TIMESTAMP;
  if (/^(DECIMAL|NUMERIC)/.test(base)) return ColumnType.DECIMAL;
  if (/^JSON/.test(base)) return ColumnType.JSON;
  switch (affinityOf(base)) {
    case "INTEGER":
      return ColumnType.INT64;
    case "TEXT":
      return ColumnType.STRING;
    case "REAL":
      return ColumnType.DOUBLE;
    case "BLOB":
      return base === "" ? ColumnType.UNSPECIFIED : ColumnType.BYTES;
    case "NUMERIC":
      return ColumnType.UNSPECIFIED;
  }
}

/**
 * The declared type CreateTable gives each DBX kind. DECIMAL_TEXT and
 * JSON_TEXT contain "TEXT", so SQLite gives them text affinity and keeps
 * "1.10", long decimals and JSON numbers exactly as written, where NUMERIC
 * affinity would turn them into lossy numbers.
 */
export const DECLARED_TYPES: Readonly<Record<Exclude<ColumnType, ColumnType.UNSPECIFIED>, string>> = {
  [ColumnType.INT64]: "INTEGER",
  [ColumnType.DOUBLE]: "REAL",
  [ColumnType.STRING]: "TEXT",
  [ColumnType.BYTES]: "BLOB",
  [ColumnType.BOOL]: "BOOLEAN",
  [ColumnType.TIMESTAMP]: "TIMESTAMP",
  [ColumnType.DECIMAL]: "DECIMAL_TEXT",
  [ColumnType.JSON]: "JSON_TEXT",
};
