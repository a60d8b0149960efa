import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import { valueToJson } from "../sql/json-text.js";
import { Values } from "../sql/value-constructors.js";
import { formatArrayText, parseArrayText, type ArrayText } from "./array-literal.js";
import {
  formatDateText,
  formatDateTimeText,
  formatInstantText,
  formatTimeText,
  parseDateText,
  parseDateTimeText,
  parseInstantText,
  parseTimeText,
} from "./datetime-text.js";
import { formatIntervalText, parseIntervalText } from "./interval-text.js";
import type { PgCodecKind, PgType } from "./pg-types.js";
import { kindName } from "../../values/kind-name.js";

/**
 * DBX values to and from PostgreSQL's own text forms, by type: every value
 * goes to PostgreSQL as a text parameter (its input syntax, typed by the
 * statement or by parameter type OIDs) and comes back as its text output,
 * never through a JavaScript number where that could lose digits (int8 and
 * numeric stay text until they are a bigint or a decimal string).
 * docs/backends/postgres.md ("## Types") has the mapping table.
 */

/** A value as the driver hands it over: PostgreSQL's text output, bytes for bytea (plan-runner.ts), null for NULL. */
export type PgRaw = string | Uint8Array | null;

const native = (type: PgType, text: string): TypedValue => ({
  $typeName: "dbx.v1.TypedValue",
  kind: { case: "nativeValue", value: { $typeName: "dbx.v1.NativeValue", typeName: type.name, representation: { case: "text", value: text } } },
});

/** A value of `type` as PostgreSQL wrote it, as its DBX kind (native where no DBX kind holds it exactly). */
export function decodePgValue(raw: PgRaw, type: PgType): TypedValue {
  if (raw === null) return Values.null();
  // Only bytea result fields arrive as bytes (plan-runner.ts).
  if (typeof raw !== "string") return Values.bytes(plainBytes(raw));
  switch (type.kind) {
    case "int":
      return Values.int(BigInt(raw));
    case "numeric":
      return Values.decimal(raw);
    case "float4":
      // PostgreSQL writes the shortest text that reads back as the same float4; as a double it is that float4 exactly.
      return Values.double(Math.fround(Number(raw)));
    case "float8":
      return Values.double(Number(raw));
    case "bool":
      return Values.bool(raw === "t");
    case "text":
      return Values.string(raw);
    case "bytea":
      return Values.bytes(plainBytes(byteaFromText(raw)));
    case "date": {
      const d = parseDateText(raw);
      return d ? { $typeName: "dbx.v1.TypedValue", kind: { case: "dateValue", value: d } } : native(type, raw);
    }
    case "time": {
      const t = parseTimeText(raw);
      return t ? { $typeName: "dbx.v1.TypedValue", kind: { case: "timeValue", value: t } } : native(type, raw);
    }
    case "timestamp": {
      const dt = parseDateTimeText(raw);
      return dt ? { $typeName: "dbx.v1.TypedValue", kind: { case: "datetimeValue", value: dt } } : native(type, raw);
    }
    case "timestamptz": {
      const ts = parseInstantText(raw);
      return ts ? Values.timestamp(ts) : native(type, raw);
    }
    case "interval": {
      const iv = parseIntervalText(raw);
      return iv ? { $typeName: "dbx.v1.TypedValue", kind: { case: "intervalValue", value: iv } } : native(type, raw);
    }
    case "json":
    case "jsonb":
      return Values.json(raw);
    case "array": {
      const element = type.element!;
      let items: ArrayText | undefined;
      try {
        items = parseArrayText(raw, type.delimiter ?? ",");
      } catch {
        items = undefined;
      }
      return items ? arrayValue(items, element) : native(type, raw);
    }
    case "native":
      return native(type, raw);
  }
}

function arrayValue(items: ArrayText, element: PgType): TypedValue {
  const values = items.map((item) => (Array.isArray(item) ? arrayValue(item, element) : decodePgValue(item, element)));
  return { $typeName: "dbx.v1.TypedValue", kind: { case: "arrayValue", value: { $typeName: "dbx.v1.ArrayValue", values } } };
}

/** Bytes as a plain Uint8Array (a view of a Buffer's memory), as protobuf-es messages hold them. */
function plainBytes(bytes: Uint8Array): Uint8Array {
  return bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** bytea output: hex ("\x0102", the default) or the older escape form. */
function byteaFromText(text: string): Uint8Array {
  if (text.startsWith("\\x")) return Buffer.from(text.slice(2), "hex");
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 0x5c) {
      out.push(text.charCodeAt(i));
    } else if (text.charCodeAt(i + 1) === 0x5c) {
      out.push(0x5c);
      i++;
    } else {
      out.push(parseInt(text.slice(i + 1, i + 4), 8));
      i += 3;
    }
  }
  return Uint8Array.from(out);
}

const TAKES: Readonly<Record<PgCodecKind, string>> = {
  int: "int values",
  numeric: "decimal or int values",
  float4: "double or int values",
  float8: "double or int values",
  bool: "bool values",
  text: "string values",
  bytea: "bytes values",
  date: "date values",
  time: "time values",
  timestamp: "datetime values",
  timestamptz: "timestamp values",
  interval: "interval values",
  json: "json, map or array values",
  jsonb: "json, map or array values",
  array: "array values",
  native: "native values (or its text as a string value)",
};

const MAX_FLOAT4 = 2 ** 24;
const MAX_FLOAT8 = 2 ** 53;

/**
 * A DBX value as input text for `type`; null for NULL. A value of another
 * kind, or one PostgreSQL would change (a double a float4 rounds, a time
 * with sub-microsecond digits, a NUL in text), is INVALID_ARGUMENT naming
 * `path`; `label` says what is written ("column \"born\"").
 */
export function encodePgValue(value: TypedValue, type: PgType, path: string, label: string): string | null {
  const k = value.kind;
  if (k.case === "nullValue") return null;
  const wrongKind = () => invalidField(path, `${label} is ${type.name}, which takes ${TAKES[type.kind]}, not ${kindName(k.case)} values`);
  if (k.case === "nativeValue") {
    const v = k.value;
    if (v.typeName !== type.name) throw invalidField(path, `${label} is ${type.name}; a native value of type "${v.typeName}" does not fit it`);
    if (v.representation.case !== "text") throw invalidField(path, "PostgreSQL takes native values in their text form");
    return checkedText(v.representation.value, path);
  }
  switch (type.kind) {
    case "int":
      if (k.case === "intValue") return k.value.toString();
      throw wrongKind();
    case "numeric":
      if (k.case === "decimalValue") return k.value.value;
      if (k.case === "intValue") return k.value.toString();
      throw wrongKind();
    case "float4":
    case "float8": {
      const single = type.kind === "float4";
      if (k.case === "doubleValue") {
        if (single && !Number.isNaN(k.value) && Math.fround(k.value) !== k.value) {
          throw invalidField(path, `${label} is ${type.name} (single precision), which would round ${k.value}; write a value a float4 holds exactly, or use a double precision column`);
        }
        return doubleText(k.value);
      }
      if (k.case === "intValue") {
        const limit = BigInt(single ? MAX_FLOAT4 : MAX_FLOAT8);
        if (k.value > limit || k.value < -limit) throw invalidField(path, `${label} is ${type.name}, which would round the integer ${k.value}`);
        return k.value.toString();
      }
      throw wrongKind();
    }
    case "bool":
      if (k.case === "boolValue") return k.value ? "t" : "f";
      throw wrongKind();
    case "text":
      if (k.case === "stringValue") return checkedText(k.value, path);
      throw wrongKind();
    case "bytea":
      if (k.case === "bytesValue") return `\\x${Buffer.from(k.value.buffer, k.value.byteOffset, k.value.byteLength).toString("hex")}`;
      throw wrongKind();
    case "date":
      if (k.case === "dateValue") return formatDateText(k.value);
      throw wrongKind();
    case "time":
      if (k.case === "timeValue") return formatTimeText(microsecondsOnly(k.value, path));
      throw wrongKind();
    case "timestamp":
      if (k.case === "datetimeValue" && k.value.date && k.value.time) {
        return formatDateTimeText({ date: k.value.date, time: microsecondsOnly(k.value.time, `${path}.time`) });
      }
      throw wrongKind();
    case "timestamptz":
      if (k.case === "timestampValue") return formatInstantText(microsecondsOnly(k.value, path));
      throw wrongKind();
    case "interval":
      if (k.case === "intervalValue") return formatIntervalText(k.value);
      throw wrongKind();
    case "json":
    case "jsonb":
      if (k.case === "jsonValue") return checkedText(k.value, path);
      if (k.case === "mapValue" || k.case === "arrayValue") return valueToJson(value, path);
      throw wrongKind();
    case "array":
      if (k.case === "arrayValue") return formatArrayText(arrayItems(value, type.element!, path, label), type.delimiter ?? ",");
      throw wrongKind();
    case "native":
      if (k.case === "stringValue") return checkedText(k.value, path);
      throw wrongKind();
  }
}

/**
 * The element texts of an array value: nested array values are further
 * dimensions, which PostgreSQL needs rectangular (checked here, so that
 * the error names the element).
 */
function arrayItems(value: TypedValue, element: PgType, path: string, label: string): ArrayText {
  const values = value.kind.case === "arrayValue" ? value.kind.value.values : [];
  const nested = element.kind !== "json" && element.kind !== "jsonb" && values.some((v) => v.kind.case === "arrayValue");
  if (!nested) return values.map((v, i) => encodePgValue(v, element, `${path}[${i}]`, `an element of ${label}`));
  const rows = values.map((v, i) => {
    if (v.kind.case !== "arrayValue") throw invalidField(`${path}[${i}]`, "a multi-dimensional array holds arrays of the same length at each level");
    return arrayItems(v, element, `${path}[${i}]`, label);
  });
  const shape = (items: ArrayText): string => (Array.isArray(items[0]) ? `${items.length}x${shape(items[0])}` : String(items.length));
  const first = shape(rows[0]);
  rows.forEach((row, i) => {
    if (shape(row) !== first) throw invalidField(`${path}[${i}]`, "a multi-dimensional array holds arrays of the same length at each level");
  });
  return rows;
}

function doubleText(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "Infinity";
  if (v === -Infinity) return "-Infinity";
  if (Object.is(v, -0)) return "-0";
  return String(v);
}

/** PostgreSQL text cannot hold NUL. */
function checkedText(text: string, path: string): string {
  if (text.includes("\u0000")) throw invalidField(path, "PostgreSQL text cannot contain the NUL character (U+0000); use a bytes value");
  return text;
}

/** PostgreSQL keeps microseconds: finer digits would be rounded, so they are refused. */
function microsecondsOnly<T extends { nanos: number }>(value: T, path: string): T {
  if (value.nanos % 1000 !== 0) {
    throw invalidField(path, "PostgreSQL stores times to whole microseconds; this value has finer digits, which it would lose");
  }
  return value;
}
