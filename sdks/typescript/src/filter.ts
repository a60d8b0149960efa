import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { FieldFilterSchema, type Filter, FilterSchema, Operator } from "./gen/dbx/v1/filter_pb.js";
import { toTypedValue } from "./values/convert.js";
import type { DbxValue } from "./values/dbx-value.js";

/**
 * A filter on one field; each method answers a `dbx.v1.Filter`:
 *
 * ```ts
 * and(where("big").gt(1000n), where("day").eq(LocalDate.parse("1815-12-10")))
 * ```
 */
export function where(field: string): FieldCondition {
  return new FieldCondition(field);
}

export class FieldCondition {
  constructor(readonly field: string) {}

  eq(value: DbxValue): Filter {
    return this.#compare(Operator.EQ, value);
  }
  ne(value: DbxValue): Filter {
    return this.#compare(Operator.NE, value);
  }
  lt(value: DbxValue): Filter {
    return this.#compare(Operator.LT, value);
  }
  lte(value: DbxValue): Filter {
    return this.#compare(Operator.LTE, value);
  }
  gt(value: DbxValue): Filter {
    return this.#compare(Operator.GT, value);
  }
  gte(value: DbxValue): Filter {
    return this.#compare(Operator.GTE, value);
  }
  /** A string that starts with `prefix` (case-sensitive). */
  startsWith(prefix: string): Filter {
    return this.#compare(Operator.PREFIX, prefix);
  }
  /** A string that contains `part` (case-sensitive). */
  contains(part: string): Filter {
    return this.#compare(Operator.CONTAINS, part);
  }
  /** An array with exactly `length` elements. */
  hasSize(length: number | bigint): Filter {
    return this.#compare(Operator.SIZE, length);
  }
  in(values: Iterable<DbxValue>): Filter {
    return this.#compareAll(Operator.IN, values);
  }
  notIn(values: Iterable<DbxValue>): Filter {
    return this.#compareAll(Operator.NOT_IN, values);
  }
  /** An array that holds every one of `values`. */
  containsAll(values: Iterable<DbxValue>): Filter {
    return this.#compareAll(Operator.CONTAINS_ALL, values);
  }
  exists(): Filter {
    return fieldFilter({ field: this.field, op: Operator.EXISTS });
  }
  notExists(): Filter {
    return fieldFilter({ field: this.field, op: Operator.NOT_EXISTS });
  }
  /** An array with an element that matches `element` (its field names are relative to the element). */
  elementMatches(element: Filter): Filter {
    return fieldFilter({ field: this.field, op: Operator.ELEMENT_MATCH, element });
  }

  #compare(op: Operator, value: DbxValue): Filter {
    return fieldFilter({ field: this.field, op, value: toTypedValue(value) });
  }

  #compareAll(op: Operator, values: Iterable<DbxValue>): Filter {
    return fieldFilter({ field: this.field, op, values: [...values].map(toTypedValue) });
  }
}

function fieldFilter(value: MessageInitShape<typeof FieldFilterSchema>): Filter {
  return create(FilterSchema, { kind: { case: "field", value } });
}

/** Every filter must match (an empty `and()` matches every record). */
export function and(...filters: Filter[]): Filter {
  return create(FilterSchema, { kind: { case: "allOf", value: { filters } } });
}

/** At least one filter must match. */
export function or(...filters: Filter[]): Filter {
  return create(FilterSchema, { kind: { case: "anyOf", value: { filters } } });
}

/** No filter may match. */
export function not(...filters: Filter[]): Filter {
  return create(FilterSchema, { kind: { case: "noneOf", value: { filters } } });
}
