import { NullValue, type Timestamp } from "@bufbuild/protobuf/wkt";
import type { Value } from "../../../gen/ts/dbx/v1/value_pb.js";

// Plain message objects (protobuf-es v2 messages are plain objects): rows are
// decoded value by value, and create() would walk the schema for each one.

type Kind = Value["kind"];

function value(kind: Kind): Value {
  return { $typeName: "dbx.v1.Value", kind };
}

/** Typed dbx.v1.Value constructors for decoded rows. */
export const Values = {
  null: (): Value => value({ case: "nullValue", value: NullValue.NULL_VALUE }),
  bool: (v: boolean): Value => value({ case: "boolValue", value: v }),
  int: (v: bigint): Value => value({ case: "intValue", value: v }),
  double: (v: number): Value => value({ case: "doubleValue", value: v }),
  string: (v: string): Value => value({ case: "stringValue", value: v }),
  bytes: (v: Uint8Array): Value => value({ case: "bytesValue", value: v }),
  timestamp: (v: Timestamp): Value => value({ case: "timestampValue", value: v }),
  decimal: (v: string): Value => value({ case: "decimalValue", value: { $typeName: "dbx.v1.Decimal", value: v } }),
  json: (v: string): Value => value({ case: "jsonValue", value: v }),
};
