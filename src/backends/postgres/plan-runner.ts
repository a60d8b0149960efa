import type { ConnectError } from "@connectrpc/connect";
import type { OperationContext } from "../operation-context.js";
import type { PlanProgram } from "../sql/plan-program.js";
import type { SqlPlan, SqlResult } from "../sql/sql-plan.js";
import { BYTEA_OID } from "./pg-types.js";
import type { PostgresExecutor } from "./executor.js";
import type { PipelinedStatement, PostgresConnection, PostgresResult } from "./postgres-connection.js";

/**
 * Rows as the planners' decoders take them: PostgreSQL's text output, bytea
 * columns as bytes (ReadBytes slices and bytea values decode from them).
 */
export function planRows(result: PostgresResult): (readonly unknown[])[] {
  const bytea = result.fields.map((f, i) => (f.typeId === BYTEA_OID ? i : -1)).filter((i) => i >= 0);
  if (!bytea.length) return result.rows as (readonly unknown[])[];
  return result.rows.map((row) => {
    const copy: unknown[] = [...row];
    for (const i of bytea) if (typeof copy[i] === "string") copy[i] = Buffer.from((copy[i] as string).slice(2), "hex");
    return copy;
  });
}

/** A planner's statement is a SELECT, INSERT, UPDATE or DELETE: its result columns follow from its text. */
const PLANNED = { fixedResult: true } as const;

/** Runs a plan on the call's connection: one prepared statement (two with `before`), one round trip each. */
export async function runPlan<T>(ctx: OperationContext, connection: PostgresConnection, plan: SqlPlan<T>): Promise<T> {
  if (plan.before) await connection.query(ctx, plan.before.sql, plan.before.params);
  return decodePlan(plan, await connection.query(ctx, plan.sql, plan.params, PLANNED));
}

function decodePlan<T>(plan: SqlPlan<T>, result: PostgresResult): T {
  const answer: SqlResult = plan.reads === "changes" ? { rows: [], changes: result.rowCount ?? 0 } : { rows: planRows(result), changes: result.rowCount ?? 0 };
  return plan.decode(answer);
}

/** What plans run in one pipeline answered: each plan's decoded answer, or the first plan that failed (none took effect). */
export type PipelinedPlans<T> = { readonly ok: true; readonly answers: T[] } | { readonly ok: false; readonly index: number; readonly error: ConnectError };

/**
 * Runs plans that do not depend on each other's answers all or nothing, in
 * one round trip (executor.pipelineAtomic); a plan's `before` runs just
 * ahead of it in the same pipeline.
 */
export async function runPlansAtomically<T>(ctx: OperationContext, executor: PostgresExecutor, connection: PostgresConnection, plans: readonly SqlPlan<T>[]): Promise<PipelinedPlans<T>> {
  const statements: PipelinedStatement[] = [];
  const planOf: number[] = [];
  for (const [i, plan] of plans.entries()) {
    for (const statement of plan.before ? [plan.before, plan] : [plan]) {
      statements.push({ sql: statement.sql, params: statement.params });
      planOf.push(i);
    }
  }
  const answer = await executor.pipelineAtomic(ctx, connection, statements);
  if (!answer.ok) return { ok: false, index: planOf[answer.index], error: answer.error };
  let at = 0;
  const answers = plans.map((plan) => {
    if (plan.before) at++;
    return decodePlan(plan, answer.results[at++]);
  });
  return { ok: true, answers };
}

/** Runs a program's plans in turn; a failing plan's error is thrown into the program. */
export async function runProgram<T>(ctx: OperationContext, connection: PostgresConnection, program: PlanProgram<T>): Promise<T> {
  let next = program.next();
  while (!next.done) {
    let answer: unknown;
    try {
      answer = await runPlan(ctx, connection, next.value);
    } catch (err) {
      next = program.throw(err);
      continue;
    }
    next = program.next(answer);
  }
  return next.value;
}
