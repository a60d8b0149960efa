import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";

const MAX_EXACT_JSON_INT = 2n ** 53n;

/**
 * A map or list value as JSON text, for a JSON column. Only conversions that
 * read back as the same document are made: strings, bools, nulls, finite
 * doubles, integers within ±2^53 (what JSON parsers keep exactly), nested maps
 * and lists, and json values (embedded as written). Anything else (bytes,
 * timestamps, decimals, larger integers) is INVALID_ARGUMENT naming the
 * element: store it as text in a string field, or use a column of its type.
 */
export function valueToJson(value: TypedValue, path: string): string {
  const k = value.kind;
  switch (k.case) {
    case "nullValue":
      return "null";
    case "boolValue":
      return k.value ? "true" : "false";
    case "stringValue":
      return JSON.stringify(k.value);
    case "doubleValue":
      if (!Number.isFinite(k.value)) throw invalidField(path, "JSON has no NaN or infinite numbers");
      return JSON.stringify(k.value);
    case "intValue":
      if (k.value > MAX_EXACT_JSON_INT || k.value < -MAX_EXACT_JSON_INT) {
        throw invalidField(path, "integers past ±2^53 do not survive JSON parsers; store them in an int64 column");
      }
      return k.value.toString();
    case "jsonValue":
      return k.value;
    case "arrayValue":
      return `[${k.value.values.map((v, i) => valueToJson(v, `${path}[${i}]`)).join(",")}]`;
    case "mapValue":
      return `{${Object.entries(k.value.fields)
        .map(([name, v]) => `${JSON.stringify(name)}:${valueToJson(v, `${path}.${name}`)}`)
        .join(",")}}`;
    default:
      throw invalidField(path, `a ${k.case ?? "kindless"} value has no exact JSON form`);
  }
}
