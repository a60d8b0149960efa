import { Operator, type Filter, type FieldFilter } from "../../../gen/ts/dbx/v1/filter_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";

/**
 * Redis has no query language over hashes, so Find reads each record of the
 * collection and tests it here. The semantics follow the other backends:
 * a missing field equals null; ordering compares numbers with numbers
 * (int, double, decimal), strings with strings, bytes with bytes and
 * timestamps with timestamps, and any other pair does not match.
 */
export function matches(record: Item, filter: Filter | undefined): boolean {
  if (!filter) return true;
  switch (filter.kind.case) {
    case "field":
      return matchField(record, filter.kind.value);
    case "and":
      return filter.kind.value.filters.every((f) => matches(record, f));
    case "or":
      return filter.kind.value.filters.some((f) => matches(record, f));
    case "not":
      return !matches(record, filter.kind.value);
    default:
      return false;
  }
}

/** Checks a filter before a scan starts, so a bad one fails at once and names its field. */
export function checkFilter(filter: Filter | undefined, field: string): void {
  if (!filter) return;
  switch (filter.kind.case) {
    case "field": {
      const f = filter.kind.value;
      if (!f.field) throw invalidField(`${field}.field.field`, "a field name is required");
      if (f.op === Operator.UNSPECIFIED) throw invalidField(`${field}.field.op`, "an operator is required");
      const needsValue = ![Operator.IN, Operator.NOT_IN, Operator.EXISTS, Operator.NOT_EXISTS].includes(f.op);
      if (needsValue && f.value?.kind.case === undefined) throw invalidField(`${field}.field.value`, "a value is required");
      if ((f.op === Operator.PREFIX || f.op === Operator.CONTAINS) && f.value?.kind.case !== "stringValue") {
        throw invalidField(`${field}.field.value`, "PREFIX and CONTAINS take a string");
      }
      return;
    }
    case "and":
    case "or":
      if (filter.kind.value.filters.length === 0) throw invalidField(`${field}.${filter.kind.case}.filters`, "at least one filter");
      filter.kind.value.filters.forEach((f, i) => checkFilter(f, `${field}.${filter.kind.case}.filters[${i}]`));
      return;
    case "not":
      checkFilter(filter.kind.value, `${field}.not`);
      return;
    default:
      throw invalidField(field, "a filter needs a kind");
  }
}

function matchField(record: Item, f: FieldFilter): boolean {
  const value = lookup(record, f.field);
  const isNull = value === undefined || value.kind.case === "nullValue";
  switch (f.op) {
    case Operator.EXISTS:
      return value !== undefined;
    case Operator.NOT_EXISTS:
      return value === undefined;
    case Operator.EQ:
      return f.value?.kind.case === "nullValue" ? isNull : !isNull && equal(value, f.value!);
    case Operator.NE:
      return f.value?.kind.case === "nullValue" ? !isNull : isNull || !equal(value, f.value!);
    case Operator.IN:
      return !isNull && f.values.some((v) => equal(value, v));
    case Operator.NOT_IN:
      return isNull || !f.values.some((v) => equal(value, v));
    case Operator.LT:
    case Operator.LTE:
    case Operator.GT:
    case Operator.GTE: {
      if (isNull) return false;
      const c = compare(value, f.value!);
      if (c === undefined) return false;
      return f.op === Operator.LT ? c < 0 : f.op === Operator.LTE ? c <= 0 : f.op === Operator.GT ? c > 0 : c >= 0;
    }
    case Operator.PREFIX:
      return value?.kind.case === "stringValue" && value.kind.value.startsWith(f.value!.kind.value as string);
    case Operator.CONTAINS:
      return value?.kind.case === "stringValue" && value.kind.value.includes(f.value!.kind.value as string);
    default:
      return false;
  }
}

/** A field by dotted path into nested maps. */
function lookup(record: Item, path: string): TypedValue | undefined {
  if (path in record.fields) return record.fields[path];
  const parts = path.split(".");
  let current: TypedValue | undefined = record.fields[parts[0]];
  for (const part of parts.slice(1)) {
    if (current?.kind.case !== "mapValue") return undefined;
    current = current.kind.value.fields[part];
  }
  return current;
}

function equal(a: TypedValue, b: TypedValue): boolean {
  const c = compare(a, b);
  if (c !== undefined) return c === 0;
  if (a.kind.case !== b.kind.case) return false;
  switch (a.kind.case) {
    case "boolValue":
      return a.kind.value === b.kind.value;
    case "jsonValue":
      return a.kind.value === b.kind.value;
    case "arrayValue": {
      const x = a.kind.value.values;
      const y = (b.kind.value as typeof a.kind.value).values;
      return x.length === y.length && x.every((v, i) => equal(v, y[i]));
    }
    case "mapValue": {
      const x = a.kind.value.fields;
      const y = (b.kind.value as typeof a.kind.value).fields;
      const keys = Object.keys(x);
      return keys.length === Object.keys(y).length && keys.every((k) => k in y && equal(x[k], y[k]));
    }
    default:
      return false;
  }
}

type Comparable = { type: "number"; value: number; exact?: bigint } | { type: "string"; value: string } | { type: "bytes"; value: Uint8Array } | { type: "time"; value: bigint };

function comparable(v: TypedValue): Comparable | undefined {
  switch (v.kind.case) {
    case "intValue":
      return { type: "number", value: Number(v.kind.value), exact: v.kind.value };
    case "doubleValue":
      return { type: "number", value: v.kind.value };
    case "decimalValue":
      return { type: "number", value: Number(v.kind.value.value) };
    case "stringValue":
      return { type: "string", value: v.kind.value };
    case "bytesValue":
      return { type: "bytes", value: v.kind.value };
    case "timestampValue":
      return { type: "time", value: v.kind.value.seconds * 1_000_000_000n + BigInt(v.kind.value.nanos) };
    default:
      return undefined;
  }
}

/** Negative, zero or positive; undefined when the kinds do not order against each other. */
function compare(a: TypedValue, b: TypedValue): number | undefined {
  const x = comparable(a);
  const y = comparable(b);
  if (!x || !y || x.type !== y.type) return undefined;
  switch (x.type) {
    case "number": {
      const yn = y as typeof x;
      // Two integers compare exactly, past 2^53 included.
      if (x.exact !== undefined && yn.exact !== undefined) return x.exact < yn.exact ? -1 : x.exact > yn.exact ? 1 : 0;
      return x.value < yn.value ? -1 : x.value > yn.value ? 1 : 0;
    }
    case "string": {
      const ys = (y as typeof x).value;
      return x.value < ys ? -1 : x.value > ys ? 1 : 0;
    }
    case "bytes":
      return Buffer.compare(x.value, (y as typeof x).value);
    case "time": {
      const yt = (y as typeof x).value;
      return x.value < yt ? -1 : x.value > yt ? 1 : 0;
    }
  }
}
