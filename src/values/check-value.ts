import type { Item, TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../errors/dbx-error.js";
import { quoteInput } from "../errors/quoted-input.js";
import { isDecimal, MAX_DECIMAL_LENGTH } from "./decimal-syntax.js";

/**
 * Checks that a request value is well formed: a kind is set, decimals are
 * decimals, JSON parses, timestamps are in range, nested values likewise.
 * `field` is the request path reported when it is not.
 */
export function checkValue(value: TypedValue | undefined, field: string): TypedValue {
  if (!value || value.kind.case === undefined) throw invalidField(field, "a value needs a kind");
  switch (value.kind.case) {
    case "decimalValue": {
      const text = value.kind.value.value;
      if (text.length > MAX_DECIMAL_LENGTH) {
        throw invalidField(field, `a decimal has at most ${MAX_DECIMAL_LENGTH} characters, not ${text.length}`);
      }
      if (!isDecimal(text)) throw invalidField(field, `${quoteInput(text)} is not a decimal number`);
      break;
    }
    case "jsonValue":
      try {
        JSON.parse(value.kind.value);
      } catch {
        throw invalidField(field, "json_value is not valid JSON");
      }
      break;
    case "timestampValue": {
      const { seconds, nanos } = value.kind.value;
      // RFC 3339 range, as google.protobuf.Timestamp requires.
      if (seconds < -62135596800n || seconds > 253402300799n || nanos < 0 || nanos > 999_999_999) {
        throw invalidField(field, "timestamp is out of range (0001-01-01 to 9999-12-31)");
      }
      break;
    }
    case "arrayValue":
      value.kind.value.values.forEach((v, i) => checkValue(v, `${field}[${i}]`));
      break;
    case "mapValue":
      for (const [k, v] of Object.entries(value.kind.value.fields)) checkValue(v, `${field}.${k}`);
      break;
  }
  return value;
}

/** Checks every field of a record; `field` is the request path of the record. */
export function checkRecord(record: Item | undefined, field: string, options: { nonEmpty?: boolean } = {}): Item {
  if (!record) {
    if (options.nonEmpty) throw invalidField(field, "at least one field is required");
    return { $typeName: "dbx.v1.Record", fields: {} };
  }
  const names = Object.keys(record.fields);
  if (options.nonEmpty && names.length === 0) throw invalidField(field, "at least one field is required");
  for (const name of names) {
    if (name === "") throw invalidField(`${field}.fields`, "field names must not be empty");
    checkValue(record.fields[name], `${field}.fields.${name}`);
  }
  return record;
}
