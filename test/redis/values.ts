import { create } from "@bufbuild/protobuf";
import { NullValue, timestampFromMs } from "@bufbuild/protobuf/wkt";
import { FieldUpdateSchema, type FieldUpdate } from "../../gen/ts/dbx/v1/data_pb.js";
import { IsolationLevel } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { ItemSchema, TypedValueSchema, type Item, type TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import type { BackendTransaction } from "../../src/backends/backend.js";
import type { BeginCall, CollectionRef } from "../../src/backends/backend-calls.js";
import { contextOf, type OperationContext } from "../../src/backends/operation-context.js";

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

/** The OperationContext of a call outside (or, with `transaction`, inside) a transaction. */
export function ctx(signal: AbortSignal = new AbortController().signal, transaction?: BackendTransaction): OperationContext {
  return contextOf({ signal, transaction, requestId: "test" });
}

/** A collection of the default namespace. */
export function at(collection: string, namespace = ""): CollectionRef {
  return { namespace, collection };
}

/** A Begin of the backend's default kind. */
export function begin(readOnly = false): BeginCall {
  return { namespace: "", readOnly, isolationLevel: IsolationLevel.UNSPECIFIED, deferrable: false };
}

/** Field updates. */
export const u = {
  set: (field: string, value: TypedValue): FieldUpdate => create(FieldUpdateSchema, { field, operation: { case: "set", value } }),
  unset: (field: string): FieldUpdate => create(FieldUpdateSchema, { field, operation: { case: "unset", value: {} } }),
  increment: (field: string, value: TypedValue): FieldUpdate => create(FieldUpdateSchema, { field, operation: { case: "increment", value } }),
  min: (field: string, value: TypedValue): FieldUpdate => create(FieldUpdateSchema, { field, operation: { case: "min", value } }),
  max: (field: string, value: TypedValue): FieldUpdate => create(FieldUpdateSchema, { field, operation: { case: "max", value } }),
  append: (field: string, ...values: TypedValue[]): FieldUpdate => create(FieldUpdateSchema, { field, operation: { case: "append", value: { values } } }),
  remove: (field: string, ...values: TypedValue[]): FieldUpdate => create(FieldUpdateSchema, { field, operation: { case: "remove", value: { values } } }),
  addToSet: (field: string, ...values: TypedValue[]): FieldUpdate => create(FieldUpdateSchema, { field, operation: { case: "addToSet", value: { values } } }),
};

/** `set` updates of every field of `fields`, then `unset` of each name of `unset`. */
export function sets(fields: Record<string, TypedValue>, unset: readonly string[] = []): FieldUpdate[] {
  return [...Object.entries(fields).map(([f, value]) => u.set(f, value)), ...unset.map((f) => u.unset(f))];
}
