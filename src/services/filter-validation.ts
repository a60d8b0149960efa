import { Operator, type FieldFilter, type Filter } from "../../gen/ts/dbx/v1/filter_pb.js";
import type { Backend } from "../backends/backend.js";
import { Capability } from "../backends/capabilities.js";
import { invalidField, unsupported } from "../errors/dbx-error.js";
import { checkValue } from "../values/check-value.js";

/** How deep filters nest (all_of, any_of, none_of, element). */
export const MAX_FILTER_DEPTH = 32;
/** How many filters one request may hold in all. */
export const MAX_FILTER_NODES = 1_000;

/** Which operand each operator takes. */
type Operand = "value" | "values" | "element" | "none";

const OPERAND: Record<Operator, Operand> = {
  [Operator.UNSPECIFIED]: "none",
  [Operator.EQ]: "value",
  [Operator.NE]: "value",
  [Operator.LT]: "value",
  [Operator.LTE]: "value",
  [Operator.GT]: "value",
  [Operator.GTE]: "value",
  [Operator.IN]: "values",
  [Operator.NOT_IN]: "values",
  [Operator.PREFIX]: "value",
  [Operator.CONTAINS]: "value",
  [Operator.EXISTS]: "none",
  [Operator.NOT_EXISTS]: "none",
  [Operator.CONTAINS_ALL]: "values",
  [Operator.SIZE]: "value",
  [Operator.ELEMENT_MATCH]: "element",
};

/** Operators on arrays, answered only by backends with `query.array_filters`. */
const ARRAY_OPERATORS: ReadonlySet<Operator> = new Set([Operator.CONTAINS_ALL, Operator.SIZE, Operator.ELEMENT_MATCH]);

/**
 * The one check of a Filter before any backend sees it (Find, FindStream,
 * Count, UpdateMany, DeleteMany): exactly one kind set; every operator with
 * its operands and no others; an empty any_of or none_of refused; the array
 * operators only on backends with `query.array_filters`; values checked
 * against the backend (check-value.ts); nesting and size bounded.
 * `path` is the request path of the filter ("query.filter"); errors name
 * the field at fault ("query.filter.all_of.filters[2].field.value").
 */
export function checkFilter(filter: Filter, path: string, backend: Backend): Filter {
  new FilterCheck(backend).check(filter, path, 1, false);
  return filter;
}

class FilterCheck {
  #nodes = 0;

  constructor(private readonly backend: Backend) {}

  /** `inElement`: inside an ELEMENT_MATCH, where field names are relative to the element and "" is the element itself. */
  check(filter: Filter, path: string, depth: number, inElement: boolean): void {
    if (depth > MAX_FILTER_DEPTH) throw invalidField(path, `filters nest at most ${MAX_FILTER_DEPTH} levels deep`);
    if (++this.#nodes > MAX_FILTER_NODES) throw invalidField(path, `a request holds at most ${MAX_FILTER_NODES} filters`);
    switch (filter.kind.case) {
      case "field":
        this.#field(filter.kind.value, `${path}.field`, depth, inElement);
        return;
      case "allOf":
      case "anyOf":
      case "noneOf": {
        const name = LIST_NAME[filter.kind.case];
        const list = filter.kind.value.filters;
        if (list.length === 0 && filter.kind.case !== "allOf") {
          throw invalidField(`${path}.${name}.filters`, `an empty ${name} is refused (its meaning differs between databases); an empty all_of matches every record`);
        }
        list.forEach((f, i) => this.check(f, `${path}.${name}.filters[${i}]`, depth + 1, inElement));
        return;
      }
      default:
        throw invalidField(path, "one of field, all_of, any_of or none_of is required");
    }
  }

  #field(f: FieldFilter, at: string, depth: number, inElement: boolean): void {
    if (!f.field && !inElement) throw invalidField(`${at}.field`, "a field is required");
    if (f.op === Operator.UNSPECIFIED) throw invalidField(`${at}.op`, "an operator is required");
    const operand = OPERAND[f.op];
    if (operand === undefined) throw invalidField(`${at}.op`, `unknown operator ${f.op}`);
    if (ARRAY_OPERATORS.has(f.op) && !this.backend.capabilities.has(Capability.QueryArrayFilters)) {
      throw unsupported(this.backend.name, Capability.QueryArrayFilters);
    }
    const name = Operator[f.op];
    if (operand !== "value" && f.value) throw invalidField(`${at}.value`, `${name} takes no value`);
    if (operand !== "values" && f.values.length > 0) throw invalidField(`${at}.values`, `${name} takes no values`);
    if (operand !== "element" && f.element) throw invalidField(`${at}.element`, `${name} takes no element filter`);
    switch (operand) {
      case "value": {
        const value = checkValue(f.value, `${at}.value`, this.backend);
        if ((f.op === Operator.PREFIX || f.op === Operator.CONTAINS) && value.kind.case !== "stringValue") {
          throw invalidField(`${at}.value`, `${name} takes a string value`);
        }
        if (f.op === Operator.SIZE && (value.kind.case !== "intValue" || value.kind.value < 0n)) {
          throw invalidField(`${at}.value`, "SIZE takes an int value, not negative");
        }
        return;
      }
      case "values":
        if (f.values.length === 0) throw invalidField(`${at}.values`, `${name} needs at least one value`);
        f.values.forEach((v, i) => checkValue(v, `${at}.values[${i}]`, this.backend));
        return;
      case "element":
        if (!f.element) throw invalidField(`${at}.element`, "ELEMENT_MATCH needs an element filter");
        this.check(f.element, `${at}.element`, depth + 1, true);
        return;
      case "none":
        return;
    }
  }
}

/** The contract's names of the list kinds, for error paths. */
const LIST_NAME = { allOf: "all_of", anyOf: "any_of", noneOf: "none_of" } as const;
