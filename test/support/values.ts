import { create } from "@bufbuild/protobuf";
import { NullValue, timestampFromDate, type Timestamp } from "@bufbuild/protobuf/wkt";
import { ConnectError, Code } from "@connectrpc/connect";
import { expect } from "vitest";
import { ItemSchema, TypedValueSchema, type Item, type TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { reasonOf } from "../../src/errors/dbx-error.js";

/** Short constructors for typed values in tests. */
export const v = {
  null: (): TypedValue => create(TypedValueSchema, { kind: { case: "nullValue", value: NullValue.NULL_VALUE } }),
  bool: (value: boolean): TypedValue => create(TypedValueSchema, { kind: { case: "boolValue", value } }),
  int: (value: bigint | number): TypedValue => create(TypedValueSchema, { kind: { case: "intValue", value: BigInt(value) } }),
  double: (value: number): TypedValue => create(TypedValueSchema, { kind: { case: "doubleValue", value } }),
  str: (value: string): TypedValue => create(TypedValueSchema, { kind: { case: "stringValue", value } }),
  bytes: (value: Uint8Array | number[]): TypedValue =>
    create(TypedValueSchema, { kind: { case: "bytesValue", value: Uint8Array.from(value) } }),
  ts: (value: Date | Timestamp): TypedValue =>
    create(TypedValueSchema, {
      kind: { case: "timestampValue", value: value instanceof Date ? timestampFromDate(value) : value },
    }),
  decimal: (value: string): TypedValue => create(TypedValueSchema, { kind: { case: "decimalValue", value: { value } } }),
  json: (value: string): TypedValue => create(TypedValueSchema, { kind: { case: "jsonValue", value } }),
  list: (values: TypedValue[]): TypedValue => create(TypedValueSchema, { kind: { case: "arrayValue", value: { values } } }),
  map: (fields: Record<string, TypedValue>): TypedValue => create(TypedValueSchema, { kind: { case: "mapValue", value: { fields } } }),
};

export function record(fields: Record<string, TypedValue>): Item {
  return create(ItemSchema, { fields });
}

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
