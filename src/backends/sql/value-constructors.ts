import { NullValue, type Timestamp } from "@bufbuild/protobuf/wkt";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";

// Plain message objects (protobuf-es v2 messages are plain objects): rows are
// decoded value by value, and create() would walk the schema for each one.

type Kind = TypedValue["kind"];

function value(kind: Kind): TypedValue {
  return { $typeName: "dbx.v1.TypedValue", kind };
}

/** Typed dbx.v1.TypedValue constructors for decoded rows. */
export const Values = {
  null: (): TypedValue => value({ case: "nullValue", value: NullValue.NULL_VALUE }),
  bool: (v: boolean): TypedValue => value({ case: "boolValue", value: v }),
  int: (v: bigint): TypedValue => value({ case: "intValue", value: v }),
  double: (v: number): TypedValue => value({ case: "doubleValue", value: v }),
  string: (v: string): TypedValue => value({ case: "stringValue", value: v }),
  bytes: (v: Uint8Array): TypedValue => value({ case: "bytesValue", value: v }),
  timestamp: (v: Timestamp): TypedValue => value({ case: "timestampValue", value: v }),
  decimal: (v: string): TypedValue => value({ case: "decimalValue", value: { $typeName: "dbx.v1.DecimalValue", value: v } }),
  json: (v: string): TypedValue => value({ case: "jsonValue", value: v }),
};
