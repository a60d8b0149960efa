import type { QueryColumns } from "./filter-compiler.js";

/** The FieldUpdate operations on arrays (capability data.update_arrays). */
export type ArrayUpdate = "append" | "remove" | "addToSet";

/**
 * How one database filters and updates one column that holds arrays
 * (capabilities query.array_filters, data.update_arrays). `operand`
 * placeholders are bound values the column's codec encoded from an
 * array_value; `bind` adds a parameter and answers its placeholder.
 */
export interface ArrayColumnOps {
  /** True when the array holds every element of the operand array. */
  containsAll(operand: string): string;
  /** True when the array has exactly `size` elements. */
  size(size: string): string;
  /**
   * True when an element satisfies `condition`, which is compiled against
   * the element's columns ("" is the element itself). `alias` is unique in
   * the statement (nested matches).
   */
  elementMatch(alias: string, bind: (value: unknown) => string, condition: (element: QueryColumns) => string): string;
  /** The new value of the column after `update` with the operand array (`operand()` binds it once more each call). */
  update(update: ArrayUpdate, operand: () => string): string;
}
