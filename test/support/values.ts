import { create } from "@bufbuild/protobuf";
import { NullValue, timestampFromDate, type Timestamp } from "@bufbuild/protobuf/wkt";
import { ConnectError, Code } from "@connectrpc/connect";
import { expect } from "vitest";
import { RecordSchema, ValueSchema, type Record as DbxRecord, type Value } from "../../gen/ts/dbx/v1/value_pb.js";
import { reasonOf } from "../../src/errors/dbx-error.js";

/** Short constructors for typed values in tests. */
export const v = {
  null: (): Value => create(ValueSchema, { kind: { case: "nullValue", value: NullValue.NULL_VALUE } }),
  bool: (value: boolean): Value => create(ValueSchema, { kind: { case: "boolValue", value } }),
  int: (value: bigint | number): Value => create(ValueSchema, { kind: { case: "intValue", value: BigInt(value) } }),
  double: (value: number): Value => create(ValueSchema, { kind: { case: "doubleValue", value } }),
  str: (value: string): Value => create(ValueSchema, { kind: { case: "stringValue", value } }),
  bytes: (value: Uint8Array | number[]): Value =>
    create(ValueSchema, { kind: { case: "bytesValue", value: Uint8Array.from(value) } }),
  ts: (value: Date | Timestamp): Value =>
    create(ValueSchema, {
      kind: { case: "timestampValue", value: value instanceof Date ? timestampFromDate(value) : value },
    }),
  decimal: (value: string): Value => create(ValueSchema, { kind: { case: "decimalValue", value: { value } } }),
  json: (value: string): Value => create(ValueSchema, { kind: { case: "jsonValue", value } }),
  list: (values: Value[]): Value => create(ValueSchema, { kind: { case: "listValue", value: { values } } }),
  map: (fields: Record<string, Value>): Value => create(ValueSchema, { kind: { case: "mapValue", value: { fields } } }),
};

export function record(fields: Record<string, Value>): DbxRecord {
  return create(RecordSchema, { fields });
}

/** The record's fields without nulls and without the named key field, for comparing across backends. */
export function present(rec: DbxRecord | undefined, keyField?: string): Record<string, Value> {
  const out: Record<string, Value> = {};
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
