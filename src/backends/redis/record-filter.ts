import { Operator, type Filter, type FieldFilter } from "../../../gen/ts/dbx/v1/filter_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { compareValues, valuesEqual } from "./value-order.js";

/**
 * Redis has no query language over hashes, so Find, Count and the bulk calls
 * read each record of the collection and test it here. Filters arrive
 * validated by the service. The semantics follow the other backends: a
 * missing field equals null; ordering follows value-order.ts, and a pair of
 * kinds that does not order does not match; EQ and NE compare arrays whole;
 * CONTAINS_ALL, SIZE and ELEMENT_MATCH test arrays (a field that is not an
 * array never matches them).
 */
export function matches(record: Item, filter: Filter | undefined): boolean {
  return !filter || test(filter, (path) => fieldOf(record, path));
}

/** Reads a field by path from what a filter is tested on: a record, or an array element. */
type Lookup = (path: string) => TypedValue | undefined;

function test(filter: Filter, lookup: Lookup): boolean {
  switch (filter.kind.case) {
    case "field":
      return matchField(lookup, filter.kind.value);
    case "allOf":
      return filter.kind.value.filters.every((f) => test(f, lookup));
    case "anyOf":
      return filter.kind.value.filters.some((f) => test(f, lookup));
    case "noneOf":
      return !filter.kind.value.filters.some((f) => test(f, lookup));
    default:
      return false;
  }
}

function matchField(lookup: Lookup, f: FieldFilter): boolean {
  const value = lookup(f.field);
  const isNull = value === undefined || value.kind.case === "nullValue";
  const operand = f.value;
  switch (f.op) {
    case Operator.EXISTS:
      return value !== undefined;
    case Operator.NOT_EXISTS:
      return value === undefined;
    case Operator.EQ:
      if (!operand) return false;
      return operand.kind.case === "nullValue" ? isNull : !isNull && valuesEqual(value, operand);
    case Operator.NE:
      if (!operand) return false;
      return operand.kind.case === "nullValue" ? !isNull : isNull || !valuesEqual(value, operand);
    case Operator.IN:
      return !isNull && f.values.some((v) => valuesEqual(value, v));
    case Operator.NOT_IN:
      return isNull || !f.values.some((v) => valuesEqual(value, v));
    case Operator.LT:
    case Operator.LTE:
    case Operator.GT:
    case Operator.GTE: {
      if (isNull || !operand) return false;
      const c = compareValues(value, operand);
      if (c === undefined) return false;
      return f.op === Operator.LT ? c < 0 : f.op === Operator.LTE ? c <= 0 : f.op === Operator.GT ? c > 0 : c >= 0;
    }
    case Operator.PREFIX:
      return value?.kind.case === "stringValue" && operand?.kind.case === "stringValue" && value.kind.value.startsWith(operand.kind.value);
    case Operator.CONTAINS:
      return value?.kind.case === "stringValue" && operand?.kind.case === "stringValue" && value.kind.value.includes(operand.kind.value);
    case Operator.CONTAINS_ALL: {
      const elements = arrayOf(value);
      return elements !== undefined && f.values.every((v) => elements.some((e) => valuesEqual(e, v)));
    }
    case Operator.SIZE: {
      const elements = arrayOf(value);
      return elements !== undefined && operand?.kind.case === "intValue" && BigInt(elements.length) === operand.kind.value;
    }
    case Operator.ELEMENT_MATCH: {
      const elements = arrayOf(value);
      const element = f.element;
      return elements !== undefined && element !== undefined && elements.some((e) => test(element, (path) => (path === "" ? e : nested(e, path))));
    }
    default:
      return false;
  }
}

function arrayOf(value: TypedValue | undefined): TypedValue[] | undefined {
  return value?.kind.case === "arrayValue" ? value.kind.value.values : undefined;
}

/**
 * A record field by name, or by dotted path into nested maps and documents.
 * A field whose own name has dots is found first.
 */
function fieldOf(record: Item, path: string): TypedValue | undefined {
  if (Object.hasOwn(record.fields, path)) return record.fields[path];
  const dot = path.indexOf(".");
  if (dot < 0) return undefined;
  const top = ownField(record.fields, path.slice(0, dot));
  return top && nested(top, path.slice(dot + 1));
}

/** A value inside `value` by dotted path through maps and documents. */
function nested(value: TypedValue, path: string): TypedValue | undefined {
  let current: TypedValue | undefined = value;
  for (const part of path.split(".")) {
    if (current?.kind.case === "mapValue") current = ownField(current.kind.value.fields, part);
    else if (current?.kind.case === "documentValue") current = current.kind.value.fields.find((f) => f.name === part)?.value;
    else return undefined;
  }
  return current;
}

/** A map entry; never an inherited property ("constructor", "__proto__"). */
function ownField(fields: Record<string, TypedValue>, name: string): TypedValue | undefined {
  return Object.hasOwn(fields, name) ? fields[name] : undefined;
}
