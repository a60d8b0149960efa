import type { SqlPlan } from "./sql-plan.js";

/**
 * An operation of several statements whose later ones depend on what the
 * earlier answered (Put: replace, else insert). It yields plans; the driver
 * runs each and sends its decoded answer back (SQLite synchronously under
 * its lock, a pooled driver with await), or throws its error into the
 * program. Transactions are the driver's: it runs a program in one where
 * the program's documentation asks for it.
 */
export type PlanProgram<T> = Generator<SqlPlan<unknown>, T, unknown>;

/** Runs one plan inside a program and answers its result, typed: `const found = yield* step(plan)`. */
export function* step<T>(plan: SqlPlan<T>): PlanProgram<T> {
  return (yield plan) as T;
}
