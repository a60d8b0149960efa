import { create } from "@bufbuild/protobuf";
import { NullValue } from "@bufbuild/protobuf/wkt";
import { TypedValueSchema, type TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import type { RedisArg, RedisReply } from "../facets/redis.js";

/**
 * QueryService.Execute on Redis: `statement` is one command name and
 * `params` its arguments. Strings are sent as UTF-8, bytes as they are,
 * integers and doubles in decimal, booleans as 1 or 0.
 */
export function commandArgs(params: readonly TypedValue[]): RedisArg[] {
  return params.map((p, i) => {
    switch (p.kind.case) {
      case "stringValue":
      case "jsonValue":
        return p.kind.value;
      case "bytesValue":
        return Buffer.from(p.kind.value);
      case "intValue":
        return p.kind.value;
      case "doubleValue":
        return String(p.kind.value);
      case "boolValue":
        return p.kind.value ? 1 : 0;
      case "decimalValue":
        return p.kind.value.value;
      default:
        throw invalidField(`params[${i}]`, `a Redis argument is a string, bytes or a number, not ${p.kind.case ?? "an unset value"}`);
    }
  });
}

/**
 * A reply as a typed value: bulk and status strings as bytes (Redis does not
 * say whether they are text), integers as int, arrays as lists, nil as null.
 */
export function replyValue(reply: RedisReply): TypedValue {
  if (reply === null) return create(TypedValueSchema, { kind: { case: "nullValue", value: NullValue.NULL_VALUE } });
  if (typeof reply === "bigint") return create(TypedValueSchema, { kind: { case: "intValue", value: reply } });
  if (Buffer.isBuffer(reply)) return create(TypedValueSchema, { kind: { case: "bytesValue", value: new Uint8Array(reply) } });
  return create(TypedValueSchema, { kind: { case: "arrayValue", value: { values: reply.map(replyValue) } } });
}
