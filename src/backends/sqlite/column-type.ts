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
 * (BOOLEAN, TIMESTAMP, DATETIME, DATE, TIME, DECIMAL, JSON: SQLite has no
 * such types and would give them NUMERIC affinity), then SQLite's affinity.
 * Types with NUMERIC affinity DBX has no kind for ("MONEY") and undeclared
 * types answer UNSPECIFIED: their values are read by storage class.
 */
export function columnTypeOf(declaredType: string): ColumnType {
  const base = declaredType.trim().toUpperCase();
  if (/^BOOL(EAN)?\b/.test(base)) return ColumnType.BOOL;
  if (/^TIMESTAMP/.test(base)) return ColumnType.TIMESTAMP;
  if (/^DATETIME/.test(base)) return ColumnType.DATETIME;
  if (/^DATE\b/.test(base)) return ColumnType.DATE;
  if (/^TIME\b/.test(base)) return ColumnType.TIME;
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
 * The declared type CreateTable gives each DBX kind SQLite can store.
 * DECIMAL_TEXT and JSON_TEXT contain "TEXT", so SQLite gives them text
 * affinity and keeps "1.10", long decimals and JSON numbers exactly as
 * written, where NUMERIC affinity would turn them into lossy numbers. DATE,
 * TIME and DATETIME keep NUMERIC affinity, which leaves their ISO 8601 text
 * alone (it is never a number) and reads as what SQL users expect. SQLite has
 * no interval, array or native column.
 */
export const DECLARED_TYPES: Readonly<Partial<Record<ColumnType, string>>> = {
  [ColumnType.INT64]: "INTEGER",
  [ColumnType.DOUBLE]: "REAL",
  [ColumnType.STRING]: "TEXT",
  [ColumnType.BYTES]: "BLOB",
  [ColumnType.BOOL]: "BOOLEAN",
  [ColumnType.TIMESTAMP]: "TIMESTAMP",
  [ColumnType.DECIMAL]: "DECIMAL_TEXT",
  [ColumnType.JSON]: "JSON_TEXT",
  [ColumnType.DATE]: "DATE",
  [ColumnType.TIME]: "TIME",
  [ColumnType.DATETIME]: "DATETIME",
};

/** A declared type split into its name and modifiers: "DECIMAL(10, 2)" → DECIMAL, 10, 2. */
export interface TypeModifiers {
  /** The type's name without modifiers, as declared ("DECIMAL", "varchar"). */
  readonly nativeType: string;
  /** The first modifier: precision of a number, length of text. */
  readonly precision?: number;
  /** The second modifier: scale of a number. */
  readonly scale?: number;
}

/**
 * The name and numeric modifiers of a declared type, as SQLite keeps them
 * (it ignores them itself): "VARCHAR(20)" has precision 20, "DECIMAL(10,2)"
 * precision 10 and scale 2. Modifiers that are not plain integers are left
 * out, and the name is then the whole declared type.
 */
export function typeModifiers(declaredType: string): TypeModifiers {
  const open = declaredType.indexOf("(");
  const close = declaredType.lastIndexOf(")");
  if (open < 0 || close < open || declaredType.slice(close + 1).trim() !== "") return { nativeType: declaredType.trim() };
  const nativeType = declaredType.slice(0, open).trim();
  const numbers = declaredType
    .slice(open + 1, close)
    .split(",")
    .map((part) => part.trim());
  if (numbers.length > 2 || !numbers.every(isPlainInteger)) return { nativeType: declaredType.trim() };
  const [precision, scale] = numbers.map(Number);
  return scale === undefined ? { nativeType, precision } : { nativeType, precision, scale };
}

function isPlainInteger(text: string): boolean {
  if (text.length === 0 || text.length > 9) return false;
  for (const c of text) if (c < "0" || c > "9") return false;
  return true;
}
