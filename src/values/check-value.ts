import { TimestampPrecision } from "../../gen/ts/dbx/v1/admin_pb.js";
import type { DateValue, Item, TimeOfDayValue, TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import type { Backend } from "../backends/backend.js";
import { Capability } from "../backends/capabilities.js";
import { invalidField, unsupported } from "../errors/dbx-error.js";
import { quoteInput } from "../errors/quoted-input.js";
import { isDecimal, isDecimalSpecial, MAX_DECIMAL_LENGTH } from "./decimal-syntax.js";

/**
 * How deep arrays, maps and documents may nest in a request value, as
 * filters may (MAX_FILTER_DEPTH). Each level is two or three protobuf
 * messages, so a request at the bound still decodes (protobuf-es reads 100
 * levels of messages); the bound keeps the codecs' recursion short whatever
 * an in-process caller builds, and is the same on every backend.
 */
export const MAX_VALUE_DEPTH = 32;

/** The value kinds a backend stores only when it declares their capability. */
const KIND_CAPABILITY: Partial<Record<NonNullable<TypedValue["kind"]["case"]>, Capability>> = {
  dateValue: Capability.ValueDate,
  timeValue: Capability.ValueTime,
  datetimeValue: Capability.ValueDatetime,
  intervalValue: Capability.ValueInterval,
  objectIdValue: Capability.ValueObjectId,
  documentValue: Capability.ValueDocument,
  nativeValue: Capability.ValueNative,
};

/** Nanoseconds per unit of each precision: a fraction must be a multiple of it. */
const PRECISION_STEP: Record<TimestampPrecision, number> = {
  [TimestampPrecision.UNSPECIFIED]: 1,
  [TimestampPrecision.NANOSECONDS]: 1,
  [TimestampPrecision.MICROSECONDS]: 1_000,
  [TimestampPrecision.MILLISECONDS]: 1_000_000,
};

const PRECISION_NAME: Record<TimestampPrecision, string> = {
  [TimestampPrecision.UNSPECIFIED]: "nanoseconds",
  [TimestampPrecision.NANOSECONDS]: "nanoseconds",
  [TimestampPrecision.MICROSECONDS]: "microseconds",
  [TimestampPrecision.MILLISECONDS]: "milliseconds",
};

/**
 * Checks that a request value is well formed and that `backend` stores it
 * without loss: a kind is set; a kind the backend does not declare
 * (`value.date`, ..., `value.decimal_special`) is refused with UNIMPLEMENTED
 * naming the capability; decimals are decimals, JSON parses, dates are
 * calendar dates, times and timestamps are in range and no finer than the
 * backend's timestamp precision (never rounded silently); nested values
 * likewise, to MAX_VALUE_DEPTH levels. `field` is the request path reported.
 */
export function checkValue(value: TypedValue | undefined, field: string, backend: Backend): TypedValue {
  checkAt(value, field, backend, 0);
  return value!;
}

/** Checks every field of a record; `field` is the request path of the record. */
export function checkRecord(
  record: Item | undefined,
  field: string,
  backend: Backend,
  options: { nonEmpty?: boolean } = {},
): Item {
  if (!record) {
    if (options.nonEmpty) throw invalidField(field, "at least one field is required");
    return { $typeName: "dbx.v1.Item", fields: {} };
  }
  const names = Object.keys(record.fields);
  if (options.nonEmpty && names.length === 0) throw invalidField(field, "at least one field is required");
  for (const name of names) {
    if (name === "") throw invalidField(`${field}.fields`, "field names must not be empty");
    checkAt(record.fields[name], `${field}.fields.${name}`, backend, 0);
  }
  return record;
}

function checkAt(value: TypedValue | undefined, field: string, backend: Backend, depth: number): void {
  if (!value || value.kind.case === undefined) throw invalidField(field, "a value needs a kind");
  if (depth > MAX_VALUE_DEPTH) throw invalidField(field, `values nest at most ${MAX_VALUE_DEPTH} levels deep`);
  const capability = KIND_CAPABILITY[value.kind.case];
  if (capability && !backend.capabilities.has(capability)) throw unsupported(backend.name, capability);
  switch (value.kind.case) {
    case "decimalValue":
      checkDecimal(value.kind.value.value, field, backend);
      return;
    case "jsonValue":
      try {
        JSON.parse(value.kind.value);
      } catch {
        throw invalidField(field, "json_value is not valid JSON");
      }
      return;
    case "timestampValue": {
      const { seconds, nanos } = value.kind.value;
      // RFC 3339 range, as google.protobuf.Timestamp requires.
      if (seconds < -62135596800n || seconds > 253402300799n || nanos < 0 || nanos > 999_999_999) {
        throw invalidField(field, "timestamp is out of range (0001-01-01 to 9999-12-31)");
      }
      checkPrecision(nanos, field, backend);
      return;
    }
    case "dateValue":
      checkDate(value.kind.value, field);
      return;
    case "timeValue":
      checkTime(value.kind.value, field, backend);
      return;
    case "datetimeValue": {
      const { date, time } = value.kind.value;
      if (!date) throw invalidField(`${field}.date`, "a date is required");
      if (!time) throw invalidField(`${field}.time`, "a time is required");
      checkDate(date, `${field}.date`);
      checkTime(time, `${field}.time`, backend);
      return;
    }
    case "objectIdValue":
      if (!isObjectId(value.kind.value)) {
        throw invalidField(field, `${quoteInput(value.kind.value)} is not an ObjectId (24 lowercase hexadecimal digits)`);
      }
      return;
    case "nativeValue": {
      const native = value.kind.value;
      if (!native.typeName) throw invalidField(`${field}.type_name`, "a type name is required");
      if (native.representation.case === undefined) throw invalidField(field, "text or binary is required");
      return;
    }
    case "arrayValue":
      value.kind.value.values.forEach((v, i) => checkAt(v, `${field}[${i}]`, backend, depth + 1));
      return;
    case "mapValue":
      for (const [k, v] of Object.entries(value.kind.value.fields)) checkAt(v, `${field}.${k}`, backend, depth + 1);
      return;
    case "documentValue": {
      const seen = new Set<string>();
      value.kind.value.fields.forEach((f, i) => {
        if (seen.has(f.name)) throw invalidField(`${field}.fields[${i}].name`, `${quoteInput(f.name)} appears twice; names are unique`);
        seen.add(f.name);
        checkAt(f.value, `${field}.fields[${i}].value`, backend, depth + 1);
      });
      return;
    }
  }
}

function checkDecimal(text: string, field: string, backend: Backend): void {
  if (text.length > MAX_DECIMAL_LENGTH) {
    throw invalidField(field, `a decimal has at most ${MAX_DECIMAL_LENGTH} characters, not ${text.length}`);
  }
  if (isDecimalSpecial(text)) {
    if (!backend.capabilities.has(Capability.ValueDecimalSpecial)) throw unsupported(backend.name, Capability.ValueDecimalSpecial);
    return;
  }
  if (!isDecimal(text)) throw invalidField(field, `${quoteInput(text)} is not a decimal number`);
}

function checkDate(date: DateValue, field: string): void {
  if (date.year < 1 || date.year > 9999) throw invalidField(`${field}.year`, `${date.year} is not a year from 1 to 9999`);
  if (date.month < 1 || date.month > 12) throw invalidField(`${field}.month`, `${date.month} is not a month from 1 to 12`);
  const last = daysInMonth(date.year, date.month);
  if (date.day < 1 || date.day > last) {
    throw invalidField(`${field}.day`, `${date.day} is not a day of ${date.year}-${String(date.month).padStart(2, "0")} (1 to ${last})`);
  }
}

function checkTime(time: TimeOfDayValue, field: string, backend: Backend): void {
  if (time.hours < 0 || time.hours > 23) throw invalidField(`${field}.hours`, `${time.hours} is not an hour from 0 to 23`);
  if (time.minutes < 0 || time.minutes > 59) throw invalidField(`${field}.minutes`, `${time.minutes} is not a minute from 0 to 59`);
  if (time.seconds < 0 || time.seconds > 59) throw invalidField(`${field}.seconds`, `${time.seconds} is not a second from 0 to 59`);
  if (time.nanos < 0 || time.nanos > 999_999_999) throw invalidField(`${field}.nanos`, "nanos must be 0 to 999,999,999");
  checkPrecision(time.nanos, field, backend);
}

/** A fraction of a second finer than the backend stores would be rounded: refused instead. */
function checkPrecision(nanos: number, field: string, backend: Backend): void {
  const precision = backend.describeServer().timestampPrecision;
  if (nanos % PRECISION_STEP[precision] !== 0) {
    throw invalidField(
      field,
      `backend "${backend.name}" stores times to whole ${PRECISION_NAME[precision]}; this value has finer digits, which it would lose`,
    );
  }
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isObjectId(text: string): boolean {
  if (text.length !== 24) return false;
  for (let i = 0; i < 24; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return false;
  }
  return true;
}
