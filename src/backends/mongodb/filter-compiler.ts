import { BSONRegExp, type Document } from "mongodb";
import { Operator, type FieldFilter, type Filter } from "../../../gen/ts/dbx/v1/filter_pb.js";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import { toBson } from "./bson-values.js";
import { fieldPath } from "./field-path.js";

/** A query that matches no document. */
const NOTHING: Document = { _id: { $in: [] } };
/**
 * Not an array: MongoDB's comparisons also match arrays by any element, the
 * contract's compare a field whole. Not inside ELEMENT_MATCH, whose elements
 * are rarely arrays and where FerretDB takes no $not.
 */
function notArray(inElement: boolean): Document {
  return inElement ? {} : { $not: { $type: "array" } };
}

/** The kinds a filter orders (LT, LTE, GT, GTE): numbers, strings, bytes, timestamps, ObjectIds. */
const ORDERED_KINDS: ReadonlySet<TypedValue["kind"]["case"]> = new Set([
  "intValue",
  "doubleValue",
  "decimalValue",
  "stringValue",
  "bytesValue",
  "timestampValue",
  "objectIdValue",
]);

const COMPARISON: Partial<Record<Operator, string>> = {
  [Operator.LT]: "$lt",
  [Operator.LTE]: "$lte",
  [Operator.GT]: "$gt",
  [Operator.GTE]: "$gte",
};

/**
 * A universal filter (validated by src/services/filter-validation.ts) as a
 * MongoDB query, with the contract's semantics where MongoDB's differ: EQ,
 * IN and the comparisons test a field whole (MongoDB also matches an array
 * by its elements), a missing field equals null, IN never matches null, and
 * kinds that do not order never match LT/GT. PREFIX and CONTAINS are
 * literal regular expressions (every metacharacter escaped), which cannot
 * backtrack. Field names are paths (field-path.ts); values are bound as
 * BSON, never spliced into text. `path` is the filter's request path, for
 * errors.
 */
export function compileFilter(filter: Filter | undefined, path: string): Document {
  return filter ? compile(filter, path) : {};
}

function compile(filter: Filter, path: string, inElement = false): Document {
  switch (filter.kind.case) {
    case "field":
      return compileField(filter.kind.value, `${path}.field`, inElement);
    case "allOf": {
      const parts = filter.kind.value.filters.map((f, i) => compile(f, `${path}.all_of.filters[${i}]`, inElement));
      return parts.length === 0 ? {} : { $and: parts };
    }
    case "anyOf":
      return { $or: filter.kind.value.filters.map((f, i) => compile(f, `${path}.any_of.filters[${i}]`, inElement)) };
    case "noneOf":
      return { $nor: filter.kind.value.filters.map((f, i) => compile(f, `${path}.none_of.filters[${i}]`, inElement)) };
    default:
      throw invalidField(path, "one of field, all_of, any_of or none_of is required");
  }
}

function compileField(f: FieldFilter, at: string, inElement: boolean): Document {
  const field = fieldPath(f.field, `${at}.field`);
  // The negations: not matching the positive condition, a missing field included.
  if (f.op === Operator.NE || f.op === Operator.NOT_IN) {
    if (f.op === Operator.NE && f.value!.kind.case === "nullValue") return { [field]: { $ne: null } };
    const positive = f.op === Operator.NE ? equals(f.value!, `${at}.value`, inElement) : oneOf(f.values, `${at}.values`, inElement);
    return positive === undefined ? {} : { $nor: [{ [field]: positive }] };
  }
  const condition = fieldCondition(f, at, inElement);
  return condition === undefined ? NOTHING : { [field]: condition };
}

/** The condition on one field, or on the element itself inside ELEMENT_MATCH; undefined when nothing can match. */
function fieldCondition(f: FieldFilter, at: string, inElement: boolean): Document | null | undefined {
  const value = () => f.value!;
  const values = () => f.values;
  switch (f.op) {
    case Operator.EQ:
      return equals(value(), `${at}.value`, inElement);
    case Operator.NE:
      // Only inside ELEMENT_MATCH (compileField spells the field's own with $nor).
      return value().kind.case === "nullValue" ? { $ne: null } : { $ne: toBson(value(), `${at}.value`) };
    case Operator.IN:
      return oneOf(values(), `${at}.values`, inElement);
    case Operator.NOT_IN: {
      const bson = values().flatMap((v, i) => (v.kind.case === "nullValue" ? [] : [toBson(v, `${at}.values[${i}]`)]));
      return { $nin: bson };
    }
    case Operator.LT:
    case Operator.LTE:
    case Operator.GT:
    case Operator.GTE: {
      if (!ORDERED_KINDS.has(value().kind.case)) return undefined;
      return { [COMPARISON[f.op]!]: toBson(value(), `${at}.value`), ...notArray(inElement) };
    }
    case Operator.PREFIX:
      return { $regex: new BSONRegExp(`^${literal(stringOf(value()))}`, "s"), ...notArray(inElement) };
    case Operator.CONTAINS:
      return { $regex: new BSONRegExp(literal(stringOf(value())), "s"), ...notArray(inElement) };
    case Operator.EXISTS:
      return { $exists: true };
    case Operator.NOT_EXISTS:
      return { $exists: false };
    case Operator.CONTAINS_ALL:
      return { $type: "array", $all: values().map((v, i) => toBson(v, `${at}.values[${i}]`)) };
    case Operator.SIZE:
      return { $size: Number(value().kind.value as bigint) };
    case Operator.ELEMENT_MATCH:
      return { $elemMatch: elementCondition(f.element!, `${at}.element`) };
    default:
      throw invalidField(`${at}.op`, `unknown operator ${f.op}`);
  }
}

/** EQ: null matches null or missing; an array value compares whole; any other value never matches an array field. */
function equals(value: TypedValue, at: string, inElement: boolean): Document | null {
  if (value.kind.case === "nullValue") return null;
  const bson = toBson(value, at);
  return value.kind.case === "arrayValue" ? { $eq: bson } : { $eq: bson, ...notArray(inElement) };
}

/** IN: the non-null values (IN never matches null); undefined when none is left. */
function oneOf(values: readonly TypedValue[], at: string, inElement: boolean): Document | undefined {
  const bson = values.flatMap((v, i) => (v.kind.case === "nullValue" ? [] : [toBson(v, `${at}[${i}]`)]));
  return bson.length === 0 ? undefined : { $in: bson, ...notArray(inElement) };
}

/**
 * ELEMENT_MATCH's filter: fields relative to the element (a document), or
 * "" for the element itself, which MongoDB spells as bare operators
 * ({$gt: 5}); those combine only with all_of.
 */
function elementCondition(filter: Filter, path: string): Document {
  if (filter.kind.case === "field" && filter.kind.value.field === "") {
    const condition = fieldCondition(filter.kind.value, `${path}.field`, true);
    if (condition === undefined) return { $in: [] };
    return condition === null ? { $eq: null } : condition;
  }
  if (filter.kind.case === "allOf" && filter.kind.value.filters.every((f) => f.kind.case === "field" && f.kind.value.field === "")) {
    const merged: Document = {};
    for (const [i, f] of filter.kind.value.filters.entries()) {
      const condition = elementCondition(f, `${path}.all_of.filters[${i}]`);
      for (const [op, operand] of Object.entries(condition)) {
        if (op in merged) throw invalidField(`${path}.all_of.filters[${i}]`, `MongoDB's $elemMatch takes ${op} once on the element itself`);
        merged[op] = operand;
      }
    }
    return merged;
  }
  if (containsSelf(filter)) {
    throw invalidField(path, 'MongoDB\'s $elemMatch combines conditions on the element itself (field "") only with all_of');
  }
  return compile(filter, path, true);
}

function containsSelf(filter: Filter): boolean {
  switch (filter.kind.case) {
    case "field":
      return filter.kind.value.field === "";
    case "allOf":
    case "anyOf":
    case "noneOf":
      return filter.kind.value.filters.some(containsSelf);
    default:
      return false;
  }
}

function stringOf(value: TypedValue): string {
  return value.kind.case === "stringValue" ? value.kind.value : "";
}

/** A string as a regular expression that matches exactly it: every character with a meaning escaped. */
function literal(text: string): string {
  let out = "";
  for (const c of text) out += "\\^$.|?*+()[]{}/-".includes(c) ? `\\${c}` : c;
  return out;
}
