import { Operator, type Filter, type FieldFilter } from "../../../gen/ts/dbx/v1/filter_pb.js";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import type { ArrayColumnOps } from "./array-ops.js";
import type { SqlBuilder } from "./sql-builder.js";

/**
 * A column as filters and sorts see it. Adapters supply these, so that the
 * compiler never puts a name it did not get from the table's metadata into
 * SQL, and values reach the database in the column's storage form.
 */
export interface QueryColumn {
  /** The quoted column, for IS NULL tests and the select list. */
  readonly sql: string;
  /**
   * The expression compared and sorted on: the column itself, or a key that
   * orders its stored form correctly (SQLite decimals stored as text).
   */
  readonly comparable: string;
  /** Wraps a bound operand the way `comparable` wraps the column. */
  comparableOperand(placeholder: string): string;
  /** PREFIX and CONTAINS apply (text columns). */
  readonly textual: boolean;
  /** The value in the column's storage form; INVALID_ARGUMENT naming `path` when it does not fit. */
  encode(value: TypedValue, path: string): unknown;
  /** CONTAINS_ALL, SIZE and ELEMENT_MATCH, for a column that holds arrays. */
  readonly array?: ArrayColumnOps;
}

/** Resolves field names to columns; INVALID_ARGUMENT naming `path` for unknown fields. */
export interface QueryColumns {
  column(field: string, path: string): QueryColumn;
}

/**
 * Compiles a structured filter to a SQL condition with bound parameters.
 *
 * Null semantics are those of the DBX contract, the same on every backend:
 * EQ/NE with a null value test IS NULL / IS NOT NULL; NE and NOT_IN match
 * records whose field is null; none_of negates in two-valued logic (a
 * comparison with null counts as false, so its negation is true). An empty
 * all_of matches every record.
 */
export function compileFilter(filter: Filter, path: string, columns: QueryColumns, sql: SqlBuilder): string {
  const kind = filter.kind;
  switch (kind.case) {
    case "field":
      return compileField(kind.value, `${path}.field`, columns, sql);
    case "allOf":
    case "anyOf":
    case "noneOf": {
      const at = `${path}.${LIST_NAMES[kind.case]}.filters`;
      const parts = kind.value.filters.map((f, i) => compileFilter(f, `${at}[${i}]`, columns, sql));
      if (parts.length === 0) {
        if (kind.case === "allOf") return "(1 = 1)";
        throw invalidField(at, "at least one filter is required");
      }
      if (kind.case === "allOf") return `(${parts.join(" AND ")})`;
      const any = `(${parts.join(" OR ")})`;
      return kind.case === "anyOf" ? any : `(${any} IS NOT TRUE)`;
    }
    default:
      throw invalidField(path, "one of field, all_of, any_of, none_of is required");
  }
}

const LIST_NAMES = { allOf: "all_of", anyOf: "any_of", noneOf: "none_of" } as const;

function compileField(f: FieldFilter, path: string, columns: QueryColumns, sql: SqlBuilder): string {
  const column = columns.column(f.field, `${path}.field`);
  const operand = () => {
    if (!f.value) throw invalidField(`${path}.value`, "a value is required");
    return f.value;
  };
  const isNull = (v: TypedValue) => v.kind.case === "nullValue";
  const bound = (v: TypedValue, at: string) => column.comparableOperand(sql.bind(column.encode(v, at)));

  switch (f.op) {
    case Operator.EQ: {
      const v = operand();
      return isNull(v) ? `${column.sql} IS NULL` : `${column.comparable} = ${bound(v, `${path}.value`)}`;
    }
    case Operator.NE: {
      const v = operand();
      return isNull(v)
        ? `${column.sql} IS NOT NULL`
        : sql.dialect.isDistinctFrom(column.comparable, bound(v, `${path}.value`));
    }
    case Operator.LT:
    case Operator.LTE:
    case Operator.GT:
    case Operator.GTE: {
      const v = operand();
      if (isNull(v)) throw invalidField(`${path}.value`, "order comparisons take a non-null value");
      return `${column.comparable} ${RANGE_OPS[f.op]} ${bound(v, `${path}.value`)}`;
    }
    case Operator.IN:
    case Operator.NOT_IN: {
      if (f.values.length === 0) throw invalidField(`${path}.values`, "IN and NOT_IN need at least one value");
      const withNull = f.values.some(isNull);
      const list = f.values
        .map((v, i) => (isNull(v) ? undefined : bound(v, `${path}.values[${i}]`)))
        .filter((p): p is string => p !== undefined);
      if (f.op === Operator.IN) {
        const inList = list.length ? `${column.comparable} IN (${list.join(", ")})` : "";
        const nullTest = withNull ? `${column.sql} IS NULL` : "";
        return `(${[inList, nullTest].filter(Boolean).join(" OR ")})`;
      }
      const notIn = list.length ? `${column.comparable} NOT IN (${list.join(", ")})` : "";
      return withNull
        ? `(${[`${column.sql} IS NOT NULL`, notIn].filter(Boolean).join(" AND ")})`
        : `(${column.sql} IS NULL OR ${notIn})`;
    }
    case Operator.PREFIX:
    case Operator.CONTAINS: {
      const v = operand();
      if (v.kind.case !== "stringValue") throw invalidField(`${path}.value`, "PREFIX and CONTAINS take a string value");
      if (!column.textual) throw invalidField(`${path}.field`, `"${f.field}" is not a text column`);
      return f.op === Operator.PREFIX
        ? sql.dialect.startsWith(column.sql, v.kind.value, sql.bind)
        : sql.dialect.contains(column.sql, v.kind.value, sql.bind);
    }
    case Operator.CONTAINS_ALL:
    case Operator.SIZE:
    case Operator.ELEMENT_MATCH: {
      const ops = column.array;
      if (!ops) throw invalidField(`${path}.field`, `"${f.field}" does not hold arrays`);
      if (f.op === Operator.SIZE) {
        const v = operand();
        if (v.kind.case !== "intValue") throw invalidField(`${path}.value`, "SIZE takes an int value");
        return ops.size(sql.bind(v.kind.value));
      }
      if (f.op === Operator.CONTAINS_ALL) {
        if (f.values.length === 0) throw invalidField(`${path}.values`, "CONTAINS_ALL needs at least one value");
        const list: TypedValue = { $typeName: "dbx.v1.TypedValue", kind: { case: "arrayValue", value: { $typeName: "dbx.v1.ArrayValue", values: f.values } } };
        return ops.containsAll(sql.bind(column.encode(list, `${path}.values`)));
      }
      const element = f.element;
      if (!element) throw invalidField(`${path}.element`, "ELEMENT_MATCH needs an element filter");
      return ops.elementMatch(nextElementAlias(sql), sql.bind, (columns) => compileFilter(element, `${path}.element`, columns, sql));
    }
    case Operator.EXISTS:
      return `${column.sql} IS NOT NULL`;
    case Operator.NOT_EXISTS:
      return `${column.sql} IS NULL`;
    case Operator.UNSPECIFIED:
      throw invalidField(`${path}.op`, "an operator is required");
    default:
      throw invalidField(`${path}.op`, `unknown operator ${String(f.op)}`);
  }
}

/**
 * Element aliases of ELEMENT_MATCH, numbered per statement: nested matches
 * never share one, and the same filter always gives the same text (one
 * prepared statement).
 */
const elementAliases = new WeakMap<SqlBuilder, number>();

function nextElementAlias(sql: SqlBuilder): string {
  const n = (elementAliases.get(sql) ?? 0) + 1;
  elementAliases.set(sql, n);
  return `dbx_e${n}`;
}

const RANGE_OPS: Partial<Record<Operator, string>> = {
  [Operator.LT]: "<",
  [Operator.LTE]: "<=",
  [Operator.GT]: ">",
  [Operator.GTE]: ">=",
};
