import { create, fromJson, type JsonValue } from "@bufbuild/protobuf";
import { FieldFilterSchema, FilterSchema, Operator, type FieldFilter, type Filter } from "../../../gen/ts/dbx/v1/filter_pb.js";
import { TypedValueSchema, type TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";

/**
 * A row filter of the configuration, parsed: a Filter in the contract's
 * ProtoJSON shape whose values may be claim references, `{"$claim": "name"}`,
 * standing where a TypedValue stands (a field filter's `value` or one of its
 * `values`). A claim is only ever bound as such a value: no claim can become
 * a field name, an operator or a part of the filter's shape.
 */
export type FilterTemplate =
  | { readonly kind: "list"; readonly list: "allOf" | "anyOf" | "noneOf"; readonly filters: readonly FilterTemplate[] }
  | {
      readonly kind: "field";
      /** The field filter without its operands. */
      readonly base: FieldFilter;
      readonly value: ValueSlot | undefined;
      readonly values: readonly ValueSlot[];
      readonly element: FilterTemplate | undefined;
    };

/** A value of the template: fixed, or the caller's claim of that name. */
export type ValueSlot = { readonly claim: string } | { readonly value: TypedValue };

/** A row filter that does not parse; `path` is the JSON path within the filter. */
export class FilterTemplateError extends Error {
  constructor(
    readonly path: readonly (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

/** ProtoJSON accepts both spellings of each list kind. */
const LISTS: Readonly<Record<string, "allOf" | "anyOf" | "noneOf">> = {
  allOf: "allOf",
  all_of: "allOf",
  anyOf: "anyOf",
  any_of: "anyOf",
  noneOf: "noneOf",
  none_of: "noneOf",
};

/** Parses a row filter of the configuration; FilterTemplateError naming where it is wrong. */
export function parseFilterTemplate(json: unknown, path: readonly (string | number)[] = []): FilterTemplate {
  const object = objectAt(json, path, "a filter is an object with one of field, all_of, any_of or none_of");
  const keys = Object.keys(object);
  if (keys.length !== 1) throw new FilterTemplateError(path, `a filter has exactly one of field, all_of, any_of or none_of; got ${keys.length ? keys.join(", ") : "none"}`);
  const key = keys[0];
  if (key === "field") return parseField(object.field, [...path, key]);
  const list = LISTS[key];
  if (!list) throw new FilterTemplateError(path, `unknown filter kind "${key}": use field, all_of, any_of or none_of`);
  const body = objectAt(object[key], [...path, key], "a filter list is an object with filters");
  const filters = body.filters;
  if (!Array.isArray(filters) || Object.keys(body).some((k) => k !== "filters")) {
    throw new FilterTemplateError([...path, key], "a filter list is {\"filters\": [...]}");
  }
  if (filters.length === 0 && list !== "allOf") throw new FilterTemplateError([...path, key, "filters"], "an empty any_of or none_of is refused");
  return { kind: "list", list, filters: filters.map((f, i) => parseFilterTemplate(f, [...path, key, "filters", i])) };
}

function parseField(json: unknown, path: readonly (string | number)[]): FilterTemplate {
  const { value, values, element, ...rest } = objectAt(json, path, "a field filter is an object");
  let base: FieldFilter;
  try {
    base = fromJson(FieldFilterSchema, rest as JsonValue);
  } catch (e) {
    throw new FilterTemplateError(path, (e as Error).message);
  }
  if (!base.field) throw new FilterTemplateError([...path, "field"], "a field is required");
  if (base.op === Operator.UNSPECIFIED) throw new FilterTemplateError([...path, "op"], "an operator is required");
  if (values !== undefined && !Array.isArray(values)) throw new FilterTemplateError([...path, "values"], "values is an array");
  return {
    kind: "field",
    base,
    value: value === undefined ? undefined : parseSlot(value, [...path, "value"]),
    values: (values ?? []).map((v: unknown, i: number) => parseSlot(v, [...path, "values", i])),
    element: element === undefined ? undefined : parseFilterTemplate(element, [...path, "element"]),
  };
}

function parseSlot(json: unknown, path: readonly (string | number)[]): ValueSlot {
  const object = objectAt(json, path, 'a value is a TypedValue ({"stringValue": "..."}) or a claim ({"$claim": "name"})');
  if (Object.hasOwn(object, "$claim")) {
    const claim = object.$claim;
    if (typeof claim !== "string" || claim === "" || Object.keys(object).length !== 1) {
      throw new FilterTemplateError(path, 'a claim reference is {"$claim": "<claim name>"} and nothing else');
    }
    return { claim };
  }
  try {
    return { value: fromJson(TypedValueSchema, object as JsonValue) };
  } catch (e) {
    throw new FilterTemplateError(path, (e as Error).message);
  }
}

function objectAt(json: unknown, path: readonly (string | number)[], message: string): Record<string, unknown> {
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new FilterTemplateError(path, message);
  return json as Record<string, unknown>;
}

/** The claim names a template reads. */
export function claimsOf(template: FilterTemplate): string[] {
  if (template.kind === "list") return template.filters.flatMap(claimsOf);
  const slots = template.value ? [template.value, ...template.values] : template.values;
  return [...slots.flatMap((s) => ("claim" in s ? [s.claim] : [])), ...(template.element ? claimsOf(template.element) : [])];
}

/** What binding a template needs: a claim's value as a TypedValue, or a reason it has none. */
export type ClaimValue = (name: string) => TypedValue | string;

/** The Filter of a template with its claims bound; the first claim that has no value is answered as `{ missing }`. */
export function bindTemplate(template: FilterTemplate, claim: ClaimValue): Filter | { readonly missing: string; readonly why: string } {
  try {
    return bind(template, claim);
  } catch (e) {
    if (e instanceof MissingClaim) return { missing: e.claim, why: e.why };
    throw e;
  }
}

class MissingClaim extends Error {
  constructor(
    readonly claim: string,
    readonly why: string,
  ) {
    super(why);
  }
}

function bind(template: FilterTemplate, claim: ClaimValue): Filter {
  if (template.kind === "list") {
    return create(FilterSchema, { kind: { case: template.list, value: { filters: template.filters.map((f) => bind(f, claim)) } } });
  }
  const slot = (s: ValueSlot): TypedValue => {
    if ("value" in s) return s.value;
    const bound = claim(s.claim);
    if (typeof bound === "string") throw new MissingClaim(s.claim, bound);
    return bound;
  };
  const field = create(FieldFilterSchema, {
    field: template.base.field,
    op: template.base.op,
    value: template.value && slot(template.value),
    values: template.values.map(slot),
    element: template.element && bind(template.element, claim),
  });
  return create(FilterSchema, { kind: { case: "field", value: field } });
}
