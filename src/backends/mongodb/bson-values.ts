import { timestampFromMs } from "@bufbuild/protobuf/wkt";
import {
  Binary,
  BSONRegExp,
  BSONSymbol,
  Code,
  Decimal128,
  Double,
  BSON,
  Int32,
  Long,
  MaxKey,
  MinKey,
  ObjectId,
  Timestamp,
  type Document,
} from "mongodb";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import { quoteInput } from "../../errors/quoted-input.js";

/**
 * How universal values and BSON map onto each other, exactly both ways
 * (docs/backends/mongodb.md, "Types"). BSON types the universal kinds have no
 * name for travel as `native_value`: the type's MongoDB alias (`$type`) and
 * its canonical Extended JSON v2, so that a Get then a Put never changes a
 * BSON type (an int32 stays an int32, a UUID stays binary subtype 4).
 */

/** The BSON types written and read as native values, by MongoDB's `$type` alias. */
const NATIVE_TYPES = ["int", "binData", "timestamp", "regex", "minKey", "maxKey", "javascript", "symbol"] as const;
type NativeType = (typeof NATIVE_TYPES)[number];

/** What an Extended JSON text must decode to for each native type name. */
const NATIVE_CLASS: Readonly<Record<NativeType, (value: unknown) => boolean>> = {
  int: (v) => v instanceof Int32,
  binData: (v) => v instanceof Binary,
  timestamp: (v) => v instanceof Timestamp,
  regex: (v) => v instanceof BSONRegExp,
  minKey: (v) => v instanceof MinKey,
  maxKey: (v) => v instanceof MaxKey,
  javascript: (v) => v instanceof Code && v.scope == null,
  symbol: (v) => v instanceof BSONSymbol,
};

/** Options for values read from the driver: every BSON type as its own class, none promoted to a JS number. */
export const EXACT_BSON = { promoteValues: false, promoteLongs: false, promoteBuffers: false, useBigInt64: false, bsonRegExp: true } as const;

/**
 * A universal value as BSON; `field` is the request path reported when the
 * value cannot be stored exactly (INVALID_ARGUMENT). Values arrive checked
 * by the service (src/values/check-value.ts): kinds MongoDB lacks were
 * refused there by capability.
 */
export function toBson(value: TypedValue, field: string): unknown {
  const kind = value.kind;
  switch (kind.case) {
    case "nullValue":
      return null;
    case "boolValue":
    case "stringValue":
      return kind.value;
    case "intValue":
      return Long.fromBigInt(kind.value);
    case "doubleValue":
      return new Double(kind.value);
    case "bytesValue":
      return new Binary(kind.value, Binary.SUBTYPE_DEFAULT);
    case "timestampValue":
      return new Date(Number(kind.value.seconds) * 1000 + Math.floor(kind.value.nanos / 1_000_000));
    case "decimalValue":
      return decimal128(kind.value.value, field);
    case "objectIdValue":
      return ObjectId.createFromHexString(kind.value);
    case "arrayValue":
      return kind.value.values.map((v, i) => toBson(v, `${field}[${i}]`));
    case "mapValue": {
      const doc: Document = {};
      for (const [name, v] of Object.entries(kind.value.fields)) doc[name] = toBson(v, `${field}.${name}`);
      return doc;
    }
    case "documentValue": {
      const doc: Document = {};
      kind.value.fields.forEach((f, i) => (doc[f.name] = toBson(f.value!, `${field}.fields[${i}].value`)));
      return doc;
    }
    case "jsonValue":
      return jsonToBson(JSON.parse(kind.value) as unknown);
    case "nativeValue":
      return nativeToBson(kind.value.typeName, kind.value.representation, field);
    default:
      // Dates, times, intervals: refused by capability before they get here.
      throw invalidField(field, `MongoDB has no type for a ${kind.case ?? "value without a kind"}`);
  }
}

/** A record as a BSON document, its fields in the record's order; `field` is the record's request path. */
export function recordToDocument(record: Item, field: string): Document {
  const doc: Document = {};
  for (const [name, v] of Object.entries(record.fields)) doc[name] = toBson(v, `${field}.fields.${name}`);
  return doc;
}

/**
 * A BSON value read with EXACT_BSON as a universal value. Built as message
 * literals, as the other codecs do: protobuf-es's create() walks the schema
 * for every value, and a read answers many.
 */
export function fromBson(value: unknown): TypedValue {
  return { $typeName: "dbx.v1.TypedValue", kind: kindOf(value) };
}

/** A document read with EXACT_BSON as a record: every field, `_id` included. */
export function documentToRecord(doc: Document): Item {
  const fields: Record<string, TypedValue> = {};
  for (const [name, v] of Object.entries(doc)) fields[name] = fromBson(v);
  return { $typeName: "dbx.v1.Item", fields };
}

function kindOf(value: unknown): TypedValue["kind"] {
  if (value === null || value === undefined) return { case: "nullValue", value: 0 };
  if (typeof value === "boolean") return { case: "boolValue", value };
  if (typeof value === "string") return { case: "stringValue", value };
  // Numbers arrive as classes (EXACT_BSON); a bare number is a double only from code that promoted it.
  if (typeof value === "number") return { case: "doubleValue", value };
  // A BSON Timestamp is a Long to the bson library: it is asked first.
  if (value instanceof Long && !(value instanceof Timestamp)) return { case: "intValue", value: value.toBigInt() };
  if (value instanceof Double) return { case: "doubleValue", value: value.valueOf() };
  if (value instanceof Decimal128) return { case: "decimalValue", value: { $typeName: "dbx.v1.DecimalValue", value: decimalText(value) } };
  if (value instanceof ObjectId) return { case: "objectIdValue", value: value.toHexString() };
  if (value instanceof Date) return { case: "timestampValue", value: timestampFromMs(value.getTime()) };
  if (value instanceof Binary && value.sub_type === Binary.SUBTYPE_DEFAULT) return { case: "bytesValue", value: value.value() };
  if (Array.isArray(value)) return { case: "arrayValue", value: { $typeName: "dbx.v1.ArrayValue", values: value.map(fromBson) } };
  const native = nativeTypeOf(value);
  if (native) {
    const text = BSON.EJSON.stringify(value, { relaxed: false });
    return { case: "nativeValue", value: { $typeName: "dbx.v1.NativeValue", typeName: native, representation: { case: "text", value: text } } };
  }
  // A plain document (also a DBRef's fields, which the driver keeps as a document here).
  const fields = Object.entries(value as Document).map(([name, v]) => ({ $typeName: "dbx.v1.DocumentField" as const, name, value: fromBson(v) }));
  return { case: "documentValue", value: { $typeName: "dbx.v1.DocumentValue", fields } };
}

function nativeTypeOf(value: unknown): NativeType | undefined {
  return NATIVE_TYPES.find((type) => NATIVE_CLASS[type](value));
}

/**
 * A native value's BSON: `text` is the value's canonical Extended JSON v2
 * (what reads answer), which must decode to the named type.
 */
function nativeToBson(typeName: string, representation: { case: "text" | "binary" | undefined; value?: unknown }, field: string): unknown {
  if (!(NATIVE_TYPES as readonly string[]).includes(typeName)) {
    throw invalidField(`${field}.type_name`, `${quoteInput(typeName)} is not a BSON type DBX writes as a native value; expected one of ${NATIVE_TYPES.join(", ")}`);
  }
  if (representation.case !== "text") throw invalidField(field, `a native ${typeName} is its canonical Extended JSON text, not binary`);
  let parsed: unknown;
  try {
    parsed = BSON.EJSON.parse(representation.value as string, { relaxed: false });
  } catch (err) {
    throw invalidField(`${field}.text`, `not Extended JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!NATIVE_CLASS[typeName as NativeType](parsed)) {
    throw invalidField(`${field}.text`, `the Extended JSON is not a BSON ${typeName}`);
  }
  return parsed;
}

/**
 * Decimal128 keeps 34 significant digits and exponents from -6176 to 6111;
 * a decimal it would round is refused, never rounded.
 */
function decimal128(text: string, field: string): Decimal128 {
  try {
    return Decimal128.fromString(text);
  } catch {
    throw invalidField(field, `${quoteInput(text)} does not fit a Decimal128 (34 significant digits) without rounding`);
  }
}

/** Decimal128's text in plain notation where it has an exponent ("1.5E+3" reads "1500", "-0" stays "-0"). */
function decimalText(value: Decimal128): string {
  const text = value.toString();
  if (text === "NaN" || text === "Infinity" || text === "-Infinity") return text;
  const e = text.search(/[eE]/);
  if (e < 0) return text;
  return plainDecimal(text.slice(0, e), Number(text.slice(e + 1)));
}

/** "1.25" × 10^exponent written without an exponent. */
function plainDecimal(mantissa: string, exponent: number): string {
  const negative = mantissa.startsWith("-");
  const unsigned = negative ? mantissa.slice(1) : mantissa;
  const dot = unsigned.indexOf(".");
  const digits = unsigned.replace(".", "");
  // Position of the decimal point counted from the first digit.
  const point = (dot < 0 ? digits.length : dot) + exponent;
  let out: string;
  if (point <= 0) out = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${out}` : out;
}

/**
 * JSON text as BSON: objects as documents, integers as int64 (exact up to
 * 2^53, JSON.parse's limit), other numbers as doubles. It reads back as the
 * BSON it became (documents, arrays, numbers), as jsonb does on PostgreSQL.
 */
function jsonToBson(value: unknown): unknown {
  if (typeof value === "number") return Number.isSafeInteger(value) ? Long.fromNumber(value) : new Double(value);
  if (Array.isArray(value)) return value.map(jsonToBson);
  if (value !== null && typeof value === "object") {
    const doc: Document = {};
    for (const [name, v] of Object.entries(value)) doc[name] = jsonToBson(v);
    return doc;
  }
  return value;
}
