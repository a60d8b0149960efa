import { create } from "@bufbuild/protobuf";
import { NullValue, timestampFromMs } from "@bufbuild/protobuf/wkt";
import { ItemSchema, TypedValueSchema, type Item, type TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";

/** Typed values for tests. */
export const v = {
  str: (value: string): TypedValue => create(TypedValueSchema, { kind: { case: "stringValue", value } }),
  int: (value: bigint | number): TypedValue => create(TypedValueSchema, { kind: { case: "intValue", value: BigInt(value) } }),
  dbl: (value: number): TypedValue => create(TypedValueSchema, { kind: { case: "doubleValue", value } }),
  bool: (value: boolean): TypedValue => create(TypedValueSchema, { kind: { case: "boolValue", value } }),
  bytes: (value: Uint8Array): TypedValue => create(TypedValueSchema, { kind: { case: "bytesValue", value } }),
  null: (): TypedValue => create(TypedValueSchema, { kind: { case: "nullValue", value: NullValue.NULL_VALUE } }),
  time: (ms: number): TypedValue => create(TypedValueSchema, { kind: { case: "timestampValue", value: timestampFromMs(ms) } }),
  dec: (value: string): TypedValue => create(TypedValueSchema, { kind: { case: "decimalValue", value: { value } } }),
  json: (value: string): TypedValue => create(TypedValueSchema, { kind: { case: "jsonValue", value } }),
  list: (...values: TypedValue[]): TypedValue => create(TypedValueSchema, { kind: { case: "arrayValue", value: { values } } }),
  map: (fields: Record<string, TypedValue>): TypedValue => create(TypedValueSchema, { kind: { case: "mapValue", value: { fields } } }),
};

export function record(fields: Record<string, TypedValue>): Item {
  return create(ItemSchema, { fields });
}

export const ctx = (signal: AbortSignal = new AbortController().signal) => ({ signal });
