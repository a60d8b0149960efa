import type { PlanProgram } from "../sql/plan-program.js";
import type { SqlPlan, SqlResult } from "../sql/sql-plan.js";
import type { SqliteConnection } from "./connection.js";

const NO_ROWS: readonly (readonly unknown[])[] = [];

/**
 * Runs a plan on the connection, synchronously (the caller holds the
 * connection lock or the transaction), on a statement compiled once per
 * plan text and cached by the connection.
 */
export function runPlan<T>(connection: SqliteConnection, plan: SqlPlan<T>): T {
  if (plan.before) connection.statement(plan.before.sql).run(...plan.before.params);
  const statement = connection.statement(plan.sql);
  let result: SqlResult;
  switch (plan.reads) {
    case "row": {
      const row = statement.get(...plan.params) as unknown[] | undefined;
      result = { rows: row ? [row] : NO_ROWS, changes: 0 };
      break;
    }
    case "rows":
      result = { rows: statement.all(...plan.params) as unknown[][], changes: 0 };
      break;
    case "changes":
      result = { rows: NO_ROWS, changes: statement.run(...plan.params).changes };
      break;
  }
  return plan.decode(result);
}

/** Runs a program's plans in turn, synchronously; a failing plan's error is thrown into the program. */
export function runProgram<T>(connection: SqliteConnection, program: PlanProgram<T>): T {
  let next = program.next();
  while (!next.done) {
    let answer: unknown;
    try {
      answer = runPlan(connection, next.value);
    } catch (err) {
      next = program.throw(err);
      continue;
    }
    next = program.next(answer);
  }
  return next.value;
}
