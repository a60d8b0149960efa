import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { NullValue } from "@bufbuild/protobuf/wkt";
import { type Item, ItemSchema, type TypedValue, TypedValueSchema } from "../gen/dbx/v1/value_pb.js";
import type { DbxRecord, DbxValue } from "./dbx-value.js";
import { Decimal } from "./decimal.js";
import { Document, isPlainObject } from "./document.js";
import { Instant } from "./instant.js";
import { Interval } from "./interval.js";
import { Json } from "./json.js";
import { LocalDate } from "./local-date.js";
import { LocalDateTime } from "./local-date-time.js";
import { LocalTime } from "./local-time.js";
import { Native } from "./native.js";
import { ObjectId } from "./object-id.js";
import { DbxValueError } from "./value-error.js";

type KindInit = MessageInitShape<typeof TypedValueSchema>["kind"];

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** A JavaScript value as a `dbx.v1.TypedValue` (see `DbxValue` for the mapping); anything else throws DbxValueError. */
export function toTypedValue(value: DbxValue): TypedValue {
  return encodeAt(value, "value");
}

// `path` names the value in error messages: "doc.alpha.x[2]".
function encodeAt(value: DbxValue, path: string): TypedValue {
  return create(TypedValueSchema, { kind: toKind(value, path) });
}

function toKind(value: DbxValue, path: string): KindInit {
  switch (typeof value) {
    case "boolean":
      return { case: "boolValue", value };
    case "string":
      return { case: "stringValue", value };
    case "bigint":
      if (value < INT64_MIN || value > INT64_MAX) throw new DbxValueError(`${path}: ${value} is outside the int64 range`);
      return { case: "intValue", value };
    case "number":
      return Number.isSafeInteger(value) && !Object.is(value, -0)
        ? { case: "intValue", value: BigInt(value) }
        : { case: "doubleValue", value };
    case "object":
      return toObjectKind(value, path);
    default:
      throw new DbxValueError(`${path}: a ${typeof value} has no DBX value kind`);
  }
}

function toObjectKind(value: Exclude<DbxValue, boolean | string | bigint | number>, path: string): KindInit {
  if (value === null) return { case: "nullValue", value: NullValue.NULL_VALUE };
  if (value instanceof Uint8Array) return { case: "bytesValue", value };
  if (value instanceof Instant) return { case: "timestampValue", value: value.toTimestamp() };
  if (value instanceof Date) return { case: "timestampValue", value: Instant.fromDate(value).toTimestamp() };
  if (value instanceof Decimal) return { case: "decimalValue", value: { value: value.toString() } };
  if (value instanceof LocalDate) return { case: "dateValue", value: dateFields(value) };
  if (value instanceof LocalTime) return { case: "timeValue", value: timeFields(value) };
  if (value instanceof LocalDateTime) {
    return { case: "datetimeValue", value: { date: dateFields(value.date), time: timeFields(value.time) } };
  }
  if (value instanceof Interval) {
    return {
      case: "intervalValue",
      value: { months: value.months, days: value.days, microseconds: value.microseconds },
    };
  }
  if (value instanceof ObjectId) return { case: "objectIdValue", value: value.hex };
  if (value instanceof Json) return { case: "jsonValue", value: value.text };
  if (value instanceof Native) {
    const representation =
      typeof value.value === "string"
        ? ({ case: "text", value: value.value } as const)
        : ({ case: "binary", value: value.value } as const);
    return { case: "nativeValue", value: { typeName: value.typeName, representation } };
  }
  if (value instanceof Document) {
    const fields = [...value].map(([name, field]) => ({ name, value: encodeAt(field, `${path}.${name}`) }));
    return { case: "documentValue", value: { fields } };
  }
  if (Array.isArray(value)) {
    return { case: "arrayValue", value: { values: value.map((element, i) => encodeAt(element, `${path}[${i}]`)) } };
  }
  if (isPlainObject(value)) {
    const fields: Record<string, TypedValue> = {};
    for (const [name, field] of Object.entries(value)) fields[name] = encodeAt(field as DbxValue, `${path}.${name}`);
    return { case: "mapValue", value: { fields } };
  }
  throw new DbxValueError(`${path}: a ${value.constructor?.name ?? "object"} has no DBX value kind`);
}

function dateFields(date: LocalDate) {
  return { year: date.year, month: date.month, day: date.day };
}

function timeFields(time: LocalTime) {
  return { hours: time.hours, minutes: time.minutes, seconds: time.seconds, nanos: time.nanos };
}

/** A `dbx.v1.TypedValue` as a JavaScript value (see `DbxValue`); a value without a kind throws DbxValueError. */
export function fromTypedValue(value: TypedValue): DbxValue {
  const kind = value.kind;
  switch (kind.case) {
    case "nullValue":
      return null;
    case "boolValue":
    case "intValue":
    case "doubleValue":
    case "stringValue":
    case "bytesValue":
      return kind.value;
    case "timestampValue":
      return Instant.fromTimestamp(kind.value);
    case "decimalValue":
      return new Decimal(kind.value.value);
    case "arrayValue":
      return kind.value.values.map(fromTypedValue);
    case "mapValue":
      return Object.fromEntries(Object.entries(kind.value.fields).map(([name, field]) => [name, fromTypedValue(field)]));
    case "jsonValue":
      return new Json(kind.value);
    case "dateValue":
      return new LocalDate(kind.value.year, kind.value.month, kind.value.day);
    case "timeValue":
      return new LocalTime(kind.value.hours, kind.value.minutes, kind.value.seconds, kind.value.nanos);
    case "datetimeValue": {
      const { date, time } = kind.value;
      if (!date || !time) throw new DbxValueError("a datetime_value without its date or time");
      return new LocalDateTime(
        new LocalDate(date.year, date.month, date.day),
        new LocalTime(time.hours, time.minutes, time.seconds, time.nanos),
      );
    }
    case "intervalValue":
      return new Interval(kind.value);
    case "objectIdValue":
      return new ObjectId(kind.value);
    case "documentValue":
      return new Document(
        kind.value.fields.map((field) => [field.name, field.value ? fromTypedValue(field.value) : null] as const),
      );
    case "nativeValue": {
      const representation = kind.value.representation;
      return new Native(kind.value.typeName, representation.case === undefined ? "" : representation.value);
    }
    case undefined:
      throw new DbxValueError("a TypedValue without a kind");
  }
}

/** A record as a `dbx.v1.Item`; fields whose value is `undefined` are left out. */
export function toItem(record: { readonly [field: string]: DbxValue | undefined }): Item {
  const fields: Record<string, TypedValue> = {};
  for (const [name, value] of Object.entries(record)) {
    if (value !== undefined) fields[name] = encodeAt(value, name);
  }
  return create(ItemSchema, { fields });
}

/** A `dbx.v1.Item` as a plain object of JavaScript values. */
export function fromItem(item: Item | undefined): DbxRecord {
  const record: DbxRecord = {};
  for (const [name, value] of Object.entries(item?.fields ?? {})) record[name] = fromTypedValue(value);
  return record;
}
