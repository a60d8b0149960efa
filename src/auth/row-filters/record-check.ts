import { equals } from "@bufbuild/protobuf";
import { Operator, type FieldFilter, type Filter } from "../../../gen/ts/dbx/v1/filter_pb.js";
import { TypedValueSchema, type Item, type TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";

/**
 * Whether the values sent for a new record prove that it matches a row
 * filter, before it is written. Only what holds whatever the database does
 * with the values counts as proof: equality of strings, integers and
 * booleans of the same kind (EQ, IN), EXISTS of a value that is not null,
 * and all_of, any_of and none_of over those. A field the record leaves out
 * (a database default may fill it), a nested path, another kind or another
 * operator proves nothing, and the write is refused.
 */
export function provesMatch(filter: Filter, record: Item): boolean {
  return proves(filter, (field) => record.fields[field]);
}

type Lookup = (field: string) => TypedValue | undefined;

/** Kinds whose equality in memory is their equality in every database: no collation, rounding or precision. */
const EXACT_KINDS: ReadonlySet<TypedValue["kind"]["case"]> = new Set(["stringValue", "intValue", "boolValue"]);

function proves(filter: Filter, lookup: Lookup): boolean {
  switch (filter.kind.case) {
    case "field":
      return provesField(filter.kind.value, lookup);
    case "allOf":
      return filter.kind.value.filters.every((f) => proves(f, lookup));
    case "anyOf":
      return filter.kind.value.filters.some((f) => proves(f, lookup));
    case "noneOf":
      return filter.kind.value.filters.every((f) => refutes(f, lookup));
    default:
      return false;
  }
}

function refutes(filter: Filter, lookup: Lookup): boolean {
  switch (filter.kind.case) {
    case "field":
      return refutesField(filter.kind.value, lookup);
    case "allOf":
      return filter.kind.value.filters.some((f) => refutes(f, lookup));
    case "anyOf":
      return filter.kind.value.filters.every((f) => refutes(f, lookup));
    case "noneOf":
      return filter.kind.value.filters.some((f) => proves(f, lookup));
    default:
      return false;
  }
}

function provesField(f: FieldFilter, lookup: Lookup): boolean {
  const value = lookup(f.field);
  if (!value) return false;
  switch (f.op) {
    case Operator.EQ:
      return f.value !== undefined && sameExact(value, f.value);
    case Operator.IN:
      return f.values.some((v) => sameExact(value, v));
    case Operator.EXISTS:
      return value.kind.case !== undefined && value.kind.case !== "nullValue";
    default:
      return false;
  }
}

/** Only integers and booleans: two different strings may still be equal under a database's collation. */
function refutesField(f: FieldFilter, lookup: Lookup): boolean {
  const value = lookup(f.field);
  if (!value || (value.kind.case !== "intValue" && value.kind.case !== "boolValue")) return false;
  const differs = (v: TypedValue) => v.kind.case === value.kind.case && !equals(TypedValueSchema, v, value);
  switch (f.op) {
    case Operator.EQ:
      return f.value !== undefined && differs(f.value);
    case Operator.IN:
      return f.values.every(differs);
    default:
      return false;
  }
}

function sameExact(a: TypedValue, b: TypedValue): boolean {
  return EXACT_KINDS.has(a.kind.case) && a.kind.case === b.kind.case && equals(TypedValueSchema, a, b);
}
