import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";

const KIND_NAMES: Readonly<Record<NonNullable<TypedValue["kind"]["case"]>, string>> = {
  nullValue: "null",
  boolValue: "bool",
  intValue: "int",
  doubleValue: "double",
  stringValue: "string",
  bytesValue: "bytes",
  timestampValue: "timestamp",
  decimalValue: "decimal",
  arrayValue: "array",
  mapValue: "map",
  jsonValue: "json",
  dateValue: "date",
  timeValue: "time",
  datetimeValue: "datetime",
  intervalValue: "interval",
  objectIdValue: "object id",
  documentValue: "document",
  nativeValue: "native",
};

/** A value kind as error messages name it ("int", "object id"); "kindless" for a value without one. */
export function kindName(kind: TypedValue["kind"]["case"]): string {
  return kind === undefined ? "kindless" : KIND_NAMES[kind];
}
