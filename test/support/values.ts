import { create } from "@bufbuild/protobuf";
import { NullValue, timestampFromDate, type Timestamp } from "@bufbuild/protobuf/wkt";
import { ConnectError, Code } from "@connectrpc/connect";
import { expect } from "vitest";
import {
  FieldUpdateSchema,
  WriteOperationSchema,
  type FieldUpdate,
  type WriteOperation,
} from "../../gen/ts/dbx/v1/data_pb.js";
import {
  DateValueSchema,
  ItemSchema,
  TimeOfDayValueSchema,
  TypedValueSchema,
  type DateValue,
  type Item,
  type TimeOfDayValue,
  type TypedValue,
} from "../../gen/ts/dbx/v1/value_pb.js";
import { ErrorInfoSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import { ERROR_DOMAIN, reasonOf } from "../../src/errors/dbx-error.js";

type DateParts = { year: number; month: number; day: number };
type TimeParts = { hours: number; minutes: number; seconds?: number; nanos?: number };

const typed = (kind: TypedValue["kind"]): TypedValue => create(TypedValueSchema, { kind });
const dateOf = (d: DateParts): DateValue => create(DateValueSchema, d);
const timeOf = (t: TimeParts): TimeOfDayValue => create(TimeOfDayValueSchema, t);

/** Short constructors for typed values in tests. */
export const v = {
  null: (): TypedValue => typed({ case: "nullValue", value: NullValue.NULL_VALUE }),
  bool: (value: boolean): TypedValue => typed({ case: "boolValue", value }),
  int: (value: bigint | number): TypedValue => typed({ case: "intValue", value: BigInt(value) }),
  double: (value: number): TypedValue => typed({ case: "doubleValue", value }),
  str: (value: string): TypedValue => typed({ case: "stringValue", value }),
  bytes: (value: Uint8Array | number[]): TypedValue => typed({ case: "bytesValue", value: Uint8Array.from(value) }),
  ts: (value: Date | Timestamp): TypedValue =>
    typed({ case: "timestampValue", value: value instanceof Date ? timestampFromDate(value) : value }),
  decimal: (value: string): TypedValue =>
    create(TypedValueSchema, { kind: { case: "decimalValue", value: { value } } }),
  json: (value: string): TypedValue => typed({ case: "jsonValue", value }),
  list: (values: TypedValue[]): TypedValue => create(TypedValueSchema, { kind: { case: "arrayValue", value: { values } } }),
  /** An unordered document (MapValue). */
  map: (fields: Record<string, TypedValue>): TypedValue => create(TypedValueSchema, { kind: { case: "mapValue", value: { fields } } }),
  /** The key of a record whose key has several fields: every key field to its value. */
  key: (fields: Record<string, TypedValue>): TypedValue => v.map(fields),
  /** A calendar date (DateValue). */
  date: (year: number, month: number, day: number): TypedValue => typed({ case: "dateValue", value: dateOf({ year, month, day }) }),
  /** A time of day (TimeOfDayValue). */
  time: (hours: number, minutes: number, seconds = 0, nanos = 0): TypedValue =>
    typed({ case: "timeValue", value: timeOf({ hours, minutes, seconds, nanos }) }),
  /** A zone-less date and time (DateTimeValue). */
  datetime: (date: DateParts, time: TimeParts): TypedValue =>
    create(TypedValueSchema, { kind: { case: "datetimeValue", value: { date: dateOf(date), time: timeOf(time) } } }),
  /** An interval of months, days and microseconds (IntervalValue). */
  interval: (months: number, days: number, microseconds: bigint | number): TypedValue =>
    create(TypedValueSchema, { kind: { case: "intervalValue", value: { months, days, microseconds: BigInt(microseconds) } } }),
  /** A MongoDB ObjectId: 24 lowercase hexadecimal digits. */
  objectId: (hex: string): TypedValue => typed({ case: "objectIdValue", value: hex }),
  /** An ordered document (DocumentValue): the fields in the order given. */
  document: (fields: [name: string, value: TypedValue][]): TypedValue =>
    create(TypedValueSchema, {
      kind: { case: "documentValue", value: { fields: fields.map(([name, value]) => ({ name, value })) } },
    }),
  /** A value of a database type DBX has no kind for, in its text or binary form. */
  native: (typeName: string, value: string | Uint8Array): TypedValue =>
    create(TypedValueSchema, {
      kind: {
        case: "nativeValue",
        value: {
          typeName,
          representation: typeof value === "string" ? { case: "text", value } : { case: "binary", value },
        },
      },
    }),
};

export function record(fields: Record<string, TypedValue>): Item {
  return create(ItemSchema, { fields });
}

/** FieldUpdate constructors: `u.set("age", v.int(2))`, `u.unset("note")`, `u.increment("age", v.int(1))`. */
export const u = {
  set: (field: string, value: TypedValue): FieldUpdate => create(FieldUpdateSchema, { field, operation: { case: "set", value } }),
  unset: (field: string): FieldUpdate => create(FieldUpdateSchema, { field, operation: { case: "unset", value: {} } }),
  increment: (field: string, value: TypedValue): FieldUpdate =>
    create(FieldUpdateSchema, { field, operation: { case: "increment", value } }),
  min: (field: string, value: TypedValue): FieldUpdate => create(FieldUpdateSchema, { field, operation: { case: "min", value } }),
  max: (field: string, value: TypedValue): FieldUpdate => create(FieldUpdateSchema, { field, operation: { case: "max", value } }),
  append: (field: string, values: TypedValue[]): FieldUpdate =>
    create(FieldUpdateSchema, { field, operation: { case: "append", value: { values } } }),
  remove: (field: string, values: TypedValue[]): FieldUpdate =>
    create(FieldUpdateSchema, { field, operation: { case: "remove", value: { values } } }),
  addToSet: (field: string, values: TypedValue[]): FieldUpdate =>
    create(FieldUpdateSchema, { field, operation: { case: "addToSet", value: { values } } }),
};

/**
 * WriteOperation constructors for BatchWrite and AtomicBatch:
 * `write.put(v.str("k"), record({...}))`, `write.delete(v.str("k"))`.
 * `target` names another namespace or collection than the batch's.
 */
export const write = {
  put: (key: TypedValue, rec: Item, target?: { namespace?: string; collection?: string }): WriteOperation =>
    create(WriteOperationSchema, { key, target, operation: { case: "put", value: rec } }),
  /** Without a key, the backend generates it (or takes it from the record). */
  insert: (key: TypedValue | undefined, rec: Item, target?: { namespace?: string; collection?: string }): WriteOperation =>
    create(WriteOperationSchema, { key, target, operation: { case: "insert", value: rec } }),
  update: (key: TypedValue, updates: FieldUpdate[], target?: { namespace?: string; collection?: string }): WriteOperation =>
    create(WriteOperationSchema, { key, target, operation: { case: "update", value: { updates } } }),
  delete: (key: TypedValue, target?: { namespace?: string; collection?: string }): WriteOperation =>
    create(WriteOperationSchema, { key, target, operation: { case: "delete", value: {} } }),
};

/** The record's fields without nulls and without the named key field, for comparing across backends. */
export function present(rec: Item | undefined, keyField?: string): Record<string, TypedValue> {
  const out: Record<string, TypedValue> = {};
  for (const [k, val] of Object.entries(rec?.fields ?? {})) {
    if (k === keyField || val.kind.case === "nullValue") continue;
    out[k] = val;
  }
  return out;
}

/** Awaits a call that must fail, and checks its code and (optionally) ErrorInfo reason and message. */
export async function expectError(
  call: Promise<unknown>,
  code: Code,
  options: { reason?: string; message?: RegExp | string } = {},
): Promise<ConnectError> {
  let error: unknown;
  try {
    await call;
  } catch (err) {
    error = err;
  }
  expect(error, `expected ${Code[code]}`).toBeInstanceOf(ConnectError);
  const ce = error as ConnectError;
  expect(Code[ce.code], ce.message).toBe(Code[code]);
  if (options.reason) expect(reasonOf(ce)).toBe(options.reason);
  if (options.message) expect(ce.rawMessage).toMatch(options.message);
  return ce;
}

/** The metadata of the error's DBX ErrorInfo ({} when it has none). */
export function errorMetadata(err: ConnectError): Record<string, string> {
  for (const info of err.findDetails(ErrorInfoSchema)) {
    if (info.domain === ERROR_DOMAIN) return info.metadata;
  }
  return {};
}

/**
 * Awaits a call that must be refused because the backend lacks `capability`:
 * UNIMPLEMENTED, reason UNSUPPORTED, the capability in the message and in
 * the ErrorInfo metadata.
 */
export async function expectUnsupported(call: Promise<unknown>, capability: string): Promise<ConnectError> {
  const err = await expectError(call, Code.Unimplemented, { reason: "ERROR_REASON_UNSUPPORTED", message: capability });
  expect(errorMetadata(err).capability).toBe(capability);
  return err;
}

/**
 * Awaits a call that must be refused as INVALID_ARGUMENT naming `field` (a
 * request field path such as `target.namespace`) in the ErrorInfo metadata;
 * `message` checks the wording too.
 */
export async function expectInvalidField(
  call: Promise<unknown>,
  field: string,
  message?: RegExp | string,
): Promise<ConnectError> {
  const err = await expectError(call, Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD", message });
  expect(errorMetadata(err).field).toBe(field);
  return err;
}

/** The error a call that must fail failed with; fails the test when it succeeded. */
export async function rejection(promise: Promise<unknown>): Promise<ConnectError> {
  try {
    await promise;
  } catch (err) {
    return ConnectError.from(err);
  }
  throw new Error("expected a rejection");
}
