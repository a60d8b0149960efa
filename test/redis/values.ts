import { create } from "@bufbuild/protobuf";
import { NullValue, timestampFromMs } from "@bufbuild/protobuf/wkt";
import { RecordSchema, ValueSchema, type Record as DbxRecord, type Value } from "../../gen/ts/dbx/v1/value_pb.js";

/** Typed values for tests. */
export const v = {
  str: (value: string): Value => create(ValueSchema, { kind: { case: "stringValue", value } }),
  int: (value: bigint | number): Value => create(ValueSchema, { kind: { case: "intValue", value: BigInt(value) } }),
  dbl: (value: number): Value => create(ValueSchema, { kind: { case: "doubleValue", value } }),
  bool: (value: boolean): Value => create(ValueSchema, { kind: { case: "boolValue", value } }),
  bytes: (value: Uint8Array): Value => create(ValueSchema, { kind: { case: "bytesValue", value } }),
  null: (): Value => create(ValueSchema, { kind: { case: "nullValue", value: NullValue.NULL_VALUE } }),
  time: (ms: number): Value => create(ValueSchema, { kind: { case: "timestampValue", value: timestampFromMs(ms) } }),
  dec: (value: string): Value => create(ValueSchema, { kind: { case: "decimalValue", value: { value } } }),
  json: (value: string): Value => create(ValueSchema, { kind: { case: "jsonValue", value } }),
  list: (...values: Value[]): Value => create(ValueSchema, { kind: { case: "listValue", value: { values } } }),
  map: (fields: Record<string, Value>): Value => create(ValueSchema, { kind: { case: "mapValue", value: { fields } } }),
};

export function record(fields: Record<string, Value>): DbxRecord {
  return create(RecordSchema, { fields });
}

export const ctx = (signal: AbortSignal = new AbortController().signal) => ({ signal });
