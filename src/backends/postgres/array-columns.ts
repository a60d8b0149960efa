import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import type { ArrayColumnOps } from "../sql/array-ops.js";
import type { QueryColumn, QueryColumns } from "../sql/filter-compiler.js";
import { valueToJson } from "../sql/json-text.js";
import type { PgType } from "./pg-types.js";
import { encodePgValue } from "./value-codec.js";

/**
 * Array filters and updates (query.array_filters, data.update_arrays) on
 * the two kinds of PostgreSQL column that hold arrays: native arrays
 * (`text[]`, `integer[]`, ...: `@>`, cardinality(), unnest()) and jsonb
 * (`@>`, jsonb_array_length(), jsonb_array_elements()). Elements compare
 * with IS NOT DISTINCT FROM (NULL elements match NULL) and jsonb equality.
 * Removing from, or adding to, an array keeps the order of what stays; a
 * multi-dimensional native array is handled flat (its elements in order).
 * Undefined for other columns.
 */
export function postgresArrayOps(type: PgType, column: string): ArrayColumnOps | undefined {
  if (type.kind === "array" && type.element) return nativeArrayOps(type, type.element, column);
  if (type.kind === "jsonb") return jsonbArrayOps(column);
  return undefined;
}

function nativeArrayOps(type: PgType, element: PgType, column: string): ArrayColumnOps {
  const cast = (operand: string) => `CAST(${operand} AS ${type.name})`;
  const current = `COALESCE(${column}, '{}')`;
  return {
    containsAll: (operand) => `${column} @> ${cast(operand)}`,
    size: (size) => `cardinality(${column}) = ${size}`,
    elementMatch: (alias, _bind, condition) => `EXISTS (SELECT 1 FROM unnest(${column}) AS ${alias}(v) WHERE ${condition(nativeElement(element, `${alias}.v`))})`,
    update(update, operand) {
      switch (update) {
        case "append":
          return `array_cat(${current}, ${cast(operand())})`;
        case "remove":
          return (
            `ARRAY(SELECT dbx_r.v FROM unnest(${current}) WITH ORDINALITY AS dbx_r(v, n) ` +
            `WHERE NOT EXISTS (SELECT 1 FROM unnest(${cast(operand())}) AS dbx_x(v) WHERE dbx_x.v IS NOT DISTINCT FROM dbx_r.v) ORDER BY dbx_r.n)`
          );
        case "addToSet":
          return (
            `array_cat(${current}, ARRAY(SELECT dbx_x.v FROM unnest(${cast(operand())}) WITH ORDINALITY AS dbx_x(v, n) ` +
            `WHERE NOT EXISTS (SELECT 1 FROM unnest(${current}) AS dbx_c(v) WHERE dbx_c.v IS NOT DISTINCT FROM dbx_x.v) ` +
            `AND NOT EXISTS (SELECT 1 FROM unnest(${cast(operand())}) WITH ORDINALITY AS dbx_y(v, n) WHERE dbx_y.v IS NOT DISTINCT FROM dbx_x.v AND dbx_y.n < dbx_x.n) ` +
            `ORDER BY dbx_x.n))`
          );
      }
    },
  };
}

/** The element of a native array, as filters see it: only "" names it. */
function nativeElement(element: PgType, sql: string): QueryColumns {
  const comparable = (expression: string) => (element.compareAsText ? `CAST(CAST(${expression} AS ${element.name}) AS text)` : `CAST(${expression} AS ${element.name})`);
  const column: QueryColumn = {
    sql,
    comparable: comparable(sql),
    comparableOperand: comparable,
    textual: element.kind === "text",
    encode: (value, path) => encodePgValue(value, element, path, "an array element"),
    array: postgresArrayOps(element, sql),
  };
  return {
    column(field, path) {
      if (field !== "") throw invalidField(path, `elements of this array have no fields: name the element itself with ""`);
      return column;
    },
  };
}

function jsonbArrayOps(column: string): ArrayColumnOps {
  const json = (operand: string) => `CAST(${operand} AS jsonb)`;
  const current = `COALESCE(${column}, '[]'::jsonb)`;
  // Elements of what is an array; nothing for objects, scalars and null.
  const elements = `jsonb_array_elements(CASE WHEN jsonb_typeof(${column}) = 'array' THEN ${column} ELSE '[]'::jsonb END)`;
  return {
    containsAll: (operand) => `${column} @> ${json(operand)}`,
    size: (size) => `(CASE WHEN jsonb_typeof(${column}) = 'array' THEN jsonb_array_length(${column}) END) = ${size}`,
    elementMatch: (alias, bind, condition) => `EXISTS (SELECT 1 FROM ${elements} AS ${alias}(v) WHERE ${condition(jsonElement(`${alias}.v`, bind))})`,
    update(update, operand) {
      switch (update) {
        case "append":
          return `${current} || ${json(operand())}`;
        case "remove":
          return (
            `(SELECT COALESCE(jsonb_agg(dbx_r.v ORDER BY dbx_r.n), '[]'::jsonb) FROM jsonb_array_elements(${current}) WITH ORDINALITY AS dbx_r(v, n) ` +
            `WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(${json(operand())}) AS dbx_x(v) WHERE dbx_x.v = dbx_r.v))`
          );
        case "addToSet":
          return (
            `${current} || COALESCE((SELECT jsonb_agg(dbx_x.v ORDER BY dbx_x.n) FROM jsonb_array_elements(${json(operand())}) WITH ORDINALITY AS dbx_x(v, n) ` +
            `WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(${current}) AS dbx_c(v) WHERE dbx_c.v = dbx_x.v) ` +
            `AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(${json(operand())}) WITH ORDINALITY AS dbx_y(v, n) WHERE dbx_y.v = dbx_x.v AND dbx_y.n < dbx_x.n)), '[]'::jsonb)`
          );
      }
    },
  };
}

/**
 * The element of a jsonb array, as filters see it: "" is the element, a
 * name is that field of an object element. Operands are compared as JSON
 * documents (a string value matches a JSON string).
 */
function jsonElement(sql: string, bind: (value: unknown) => string): QueryColumns {
  const of = (expression: string): QueryColumn => ({
    sql: expression,
    comparable: expression,
    comparableOperand: (placeholder) => `CAST(${placeholder} AS jsonb)`,
    textual: false,
    encode: (value: TypedValue, path: string) => valueToJson(value, path),
    array: jsonbArrayOps(expression),
  });
  return { column: (field) => (field === "" ? of(sql) : of(`(${sql} -> CAST(${bind(field)} AS text))`)) };
}
