import { ColumnType } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import { isDecimal } from "../../values/decimal-syntax.js";
import { Values } from "../sql/value-constructors.js";
import type { Affinity } from "./column-type.js";
import { decimalFromNumber, survivesNumericAffinity } from "./decimal-text.js";
import { valueToJson } from "../sql/json-text.js";
import { dateProblem, formatDate, formatDateTime, formatTime, parseDate, parseDateTime, parseTime, timeProblem } from "./calendar-text.js";
import { formatTimestamp, parseTimestamp } from "./timestamp-text.js";
import { kindName } from "../../values/kind-name.js";

/** What better-sqlite3 binds and answers (with safe integers on). */
export type SqliteValue = null | bigint | number | string | Buffer;

/** The part of a column the codec needs. */
export interface CodecColumn {
  readonly name: string;
  readonly declaredType: string;
  readonly type: ColumnType;
  readonly affinity: Affinity;
}

function bytes(value: Uint8Array): Buffer {
  return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

/**
 * A value in the storage form of a table column, decided by the column's
 * DBX type (docs/backends/sqlite.md has the table). A value of another kind
 * is INVALID_ARGUMENT naming `path`, never a silent conversion; the
 * exceptions are exact widenings: int into a double or decimal column.
 */
export function encodeForColumn(value: TypedValue, column: CodecColumn, path: string): SqliteValue {
  const k = value.kind;
  if (k.case === "nullValue") return null;
  const wrongKind = () =>
    invalidField(
      path,
      `column "${column.name}" (${column.declaredType || "no declared type"}) holds ${TYPE_NAMES[column.type]} values, not ${kindName(k.case)} values`,
    );
  switch (column.type) {
    case ColumnType.INT64:
      if (k.case === "intValue") return k.value;
      throw wrongKind();
    case ColumnType.DOUBLE:
      if (k.case === "doubleValue") return finite(k.value, path);
      if (k.case === "intValue") return k.value;
      throw wrongKind();
    case ColumnType.STRING:
      if (k.case === "stringValue") return k.value;
      throw wrongKind();
    case ColumnType.BYTES:
      if (k.case === "bytesValue") return bytes(k.value);
      throw wrongKind();
    case ColumnType.BOOL:
      if (k.case === "boolValue") return k.value ? 1n : 0n;
      throw wrongKind();
    case ColumnType.TIMESTAMP:
      if (k.case === "timestampValue") return formatTimestamp(k.value);
      throw wrongKind();
    case ColumnType.DATE:
      if (k.case === "dateValue") return encodeNatural(value, path);
      throw wrongKind();
    case ColumnType.TIME:
      if (k.case === "timeValue") return encodeNatural(value, path);
      throw wrongKind();
    case ColumnType.DATETIME:
      if (k.case === "datetimeValue") return encodeNatural(value, path);
      throw wrongKind();
    case ColumnType.DECIMAL: {
      const text = k.case === "decimalValue" ? k.value.value : k.case === "intValue" ? k.value.toString() : undefined;
      if (text === undefined) throw wrongKind();
      if (column.affinity !== "TEXT" && column.affinity !== "BLOB" && !survivesNumericAffinity(text)) {
        throw invalidField(
          path,
          `column "${column.name}" (${column.declaredType}) has SQLite's numeric affinity, which would round ${text}; declare decimal columns DECIMAL_TEXT (CreateTable does)`,
        );
      }
      return text;
    }
    case ColumnType.JSON:
      if (k.case === "jsonValue") return k.value;
      if (k.case === "mapValue" || k.case === "arrayValue") return valueToJson(value, path);
      throw wrongKind();
    default:
      if (k.case === "mapValue" || k.case === "arrayValue") {
        throw invalidField(path, `column "${column.name}" has no declared type; map and array values need a JSON column`);
      }
      return encodeNatural(value, path);
  }
}

const TYPE_NAMES: Readonly<Record<ColumnType, string>> = {
  [ColumnType.UNSPECIFIED]: "any",
  [ColumnType.INT64]: "int",
  [ColumnType.DOUBLE]: "double",
  [ColumnType.STRING]: "string",
  [ColumnType.BYTES]: "bytes",
  [ColumnType.BOOL]: "bool",
  [ColumnType.TIMESTAMP]: "timestamp",
  [ColumnType.DECIMAL]: "decimal",
  [ColumnType.JSON]: "json",
  [ColumnType.DATE]: "date",
  [ColumnType.TIME]: "time",
  [ColumnType.DATETIME]: "datetime",
  [ColumnType.INTERVAL]: "interval",
  [ColumnType.ARRAY]: "array",
  [ColumnType.NATIVE]: "native",
};

/**
 * A statement parameter, which has no column to decide by: each kind in its
 * natural storage form (bool 0/1, timestamp RFC 3339 text, date, time and
 * datetime ISO 8601 text, decimal text, json text, map and array as JSON
 * text when exact).
 */
export function encodeParam(value: TypedValue, path: string): SqliteValue {
  const k = value.kind;
  if (k.case === "mapValue" || k.case === "arrayValue") return valueToJson(value, path);
  return encodeNatural(value, path);
}

function encodeNatural(value: TypedValue, path: string): SqliteValue {
  const k = value.kind;
  switch (k.case) {
    case "nullValue":
      return null;
    case "boolValue":
      return k.value ? 1n : 0n;
    case "intValue":
      return k.value;
    case "doubleValue":
      return finite(k.value, path);
    case "stringValue":
    case "jsonValue":
      return k.value;
    case "bytesValue":
      return bytes(k.value);
    case "timestampValue":
      return formatTimestamp(k.value);
    case "decimalValue":
      return k.value.value;
    case "dateValue": {
      const problem = dateProblem(k.value);
      if (problem) throw invalidField(path, `not a valid date: ${problem}`);
      return formatDate(k.value);
    }
    case "timeValue": {
      const problem = timeProblem(k.value);
      if (problem) throw invalidField(path, `not a valid time of day: ${problem}`);
      return formatTime(k.value);
    }
    case "datetimeValue": {
      const { date, time } = k.value;
      if (!date || !time) throw invalidField(path, "a datetime needs a date and a time");
      const problem = dateProblem(date) ?? timeProblem(time);
      if (problem) throw invalidField(path, `not a valid datetime: ${problem}`);
      return formatDateTime({ date, time });
    }
    case undefined:
      throw invalidField(path, "a value needs a kind");
    default:
      // The services refuse kinds the backend does not declare; this is the safety net.
      throw invalidField(path, `SQLite stores no ${kindName(k.case)} values`);
  }
}

// SQLite stores NaN as NULL: refusing it beats a silent null.
function finite(n: number, path: string): number {
  if (Number.isNaN(n)) throw invalidField(path, "SQLite cannot store NaN (it would become null)");
  return n;
}

/**
 * A stored value as the column's DBX kind. A value stored in another form
 * than the column's type (SQLite lets any column hold anything, e.g. text
 * written by plain SQL into an INTEGER column) is answered by its storage
 * class instead, never altered.
 */
export function decodeForColumn(raw: unknown, type: ColumnType): TypedValue {
  if (raw === null || raw === undefined) return Values.null();
  switch (type) {
    case ColumnType.BOOL:
      if (raw === 0n || raw === 1n) return Values.bool(raw === 1n);
      break;
    case ColumnType.DOUBLE:
      // REAL affinity stores integral reals as integers on disk; the
      // column's kind is still double.
      if (typeof raw === "number") return Values.double(raw);
      if (typeof raw === "bigint" && BigInt(Number(raw)) === raw) return Values.double(Number(raw));
      break;
    case ColumnType.TIMESTAMP:
      if (typeof raw === "string") {
        const ts = parseTimestamp(raw);
        if (ts) return Values.timestamp(ts);
      }
      break;
    case ColumnType.DATE:
      if (typeof raw === "string") {
        const date = parseDate(raw);
        if (date) return typed({ case: "dateValue", value: date });
      }
      break;
    case ColumnType.TIME:
      if (typeof raw === "string") {
        const time = parseTime(raw);
        if (time) return typed({ case: "timeValue", value: time });
      }
      break;
    case ColumnType.DATETIME:
      if (typeof raw === "string") {
        const datetime = parseDateTime(raw);
        if (datetime) return typed({ case: "datetimeValue", value: datetime });
      }
      break;
    case ColumnType.DECIMAL:
      if (typeof raw === "string") {
        if (isDecimal(raw)) return Values.decimal(raw);
      } else if (typeof raw === "bigint" || typeof raw === "number") {
        const text = decimalFromNumber(raw);
        if (text !== undefined) return Values.decimal(text);
      }
      break;
    case ColumnType.JSON:
      if (typeof raw === "string" && isJson(raw)) return Values.json(raw);
      if (typeof raw === "bigint" || (typeof raw === "number" && Number.isFinite(raw))) return Values.json(String(raw));
      break;
  }
  return decodeStorage(raw);
}

/** A stored value by its storage class: integer, real, text, blob. */
export function decodeStorage(raw: unknown): TypedValue {
  if (raw === null || raw === undefined) return Values.null();
  if (typeof raw === "bigint") return Values.int(raw);
  if (typeof raw === "number") return Values.double(raw);
  if (typeof raw === "string") return Values.string(raw);
  if (raw instanceof Uint8Array) return Values.bytes(raw);
  throw new TypeError(`unexpected SQLite value of type ${typeof raw}`);
}

/** A plain value message, like the constructors of value-constructors.ts. */
function typed(kind: TypedValue["kind"]): TypedValue {
  return { $typeName: "dbx.v1.TypedValue", kind };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
