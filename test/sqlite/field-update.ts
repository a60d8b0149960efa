import { create } from "@bufbuild/protobuf";
import { FieldUpdateSchema, type FieldUpdate } from "../../gen/ts/dbx/v1/data_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";

/** FieldUpdate constructors for tests. */
export const set = (field: string, value: TypedValue): FieldUpdate => create(FieldUpdateSchema, { field, operation: { case: "set", value } });
export const unset = (field: string): FieldUpdate => create(FieldUpdateSchema, { field, operation: { case: "unset", value: {} } });
export const increment = (field: string, value: TypedValue): FieldUpdate =>
  create(FieldUpdateSchema, { field, operation: { case: "increment", value } });
export const min = (field: string, value: TypedValue): FieldUpdate => create(FieldUpdateSchema, { field, operation: { case: "min", value } });
export const max = (field: string, value: TypedValue): FieldUpdate => create(FieldUpdateSchema, { field, operation: { case: "max", value } });
