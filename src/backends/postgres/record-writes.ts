import { ConnectError } from "@connectrpc/connect";
import pg from "pg";
import type { FieldUpdate } from "../../../gen/ts/dbx/v1/data_pb.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import type { BatchWriteCall, DeleteManyCall, InsertCall, KeyCall, PutCall, UpdateCall, UpdateManyCall, WriteCall } from "../backend-calls.js";
import type { WriteOutcome } from "../backend.js";
import type { OperationContext } from "../operation-context.js";
import { withContext } from "../sql/error-context.js";
import { bindKey } from "../sql/record-key.js";
import { cachedInsertPlanner } from "../sql/cached-planners.js";
import { deleteManyPlan, deletePlan, updateManyPlan, updatePlans, type WritePaths } from "../sql/write-planners.js";
import type { SqlPlan } from "../sql/sql-plan.js";
import { batchWritePaths, batchWritePlan, batchWriteProgram, putProgram, updateProgram } from "../sql/write-programs.js";
import { postgresPlanContext as pc } from "./column-codec.js";
import type { PostgresExecutor } from "./executor.js";
import { runPlan, runPlansAtomically, runProgram } from "./plan-runner.js";
import { postgresError } from "./postgres-errors.js";
import type { PostgresConnection } from "./postgres-connection.js";
import type { PostgresTable } from "./introspector.js";
import { isMissingRow, rowRequired } from "./row-required.js";
import type { PostgresTables } from "./table-access.js";

const PATHS: WritePaths = { key: "key", fields: "record.fields", updates: "updates" };

/**
 * PostgreSQL raises 22003 when a sum leaves its integer type (or numeric's
 * range): for an increment the client asked for, INVALID_ARGUMENT naming
 * the updates.
 */
async function withIncrementOverflow<T>(updates: readonly FieldUpdate[], path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw incrementOverflow(updates, path, err) ?? err;
  }
}

function incrementOverflow(updates: readonly FieldUpdate[], path: string, err: unknown): ConnectError | undefined {
  const cause = err instanceof ConnectError ? err.cause : err;
  if (cause instanceof pg.DatabaseError && cause.code === "22003" && updates.some((u) => u.operation.case === "increment")) {
    return invalidField(path, `an increment would leave the range of the column's type (${cause.message})`);
  }
  return undefined;
}

/** The record writes of PostgresBackend: single statements on the call's connection, several under executor.atomic. */
export class PostgresRecordWrites {
  constructor(
    private readonly executor: PostgresExecutor,
    private readonly tables: PostgresTables,
  ) {}

  get #backend(): string {
    return this.tables.backend;
  }

  /**
   * Creates or replaces; true when created. One INSERT ... ON CONFLICT DO
   * UPDATE (putProgram): atomic, one round trip.
   */
  put(ctx: OperationContext, call: PutCall): Promise<boolean> {
    return this.executor.run(ctx, (c) =>
      this.tables.use(ctx, c, call.target, (table) =>
        runProgram(ctx, c, putProgram(pc, table, bindKey(table, pc.codec, call.key, PATHS.key, this.#backend), call.record, PATHS)),
      ),
    );
  }

  /** INSERT ... RETURNING: the key (given, from the record, or generated) and the record as stored. */
  insert(ctx: OperationContext, call: InsertCall): Promise<{ key: TypedValue; record: Item }> {
    return this.executor.run(ctx, (c) =>
      this.tables.use(ctx, c, call.target, (table) => {
        const key = call.key && bindKey(table, pc.codec, call.key, PATHS.key, this.#backend);
        return runPlan(ctx, c, cachedInsertPlanner(pc, table, key !== undefined, call.record, PATHS)(key, call.record));
      }),
    );
  }

  /** UPDATE ... RETURNING; an upsert (UPDATE, else INSERT) runs atomically. */
  update(ctx: OperationContext, call: UpdateCall): Promise<{ record: Item; created: boolean } | undefined> {
    const run = call.upsert ? this.executor.atomic.bind(this.executor) : this.executor.run.bind(this.executor);
    return withIncrementOverflow(call.updates, PATHS.updates, () =>
      run(ctx, (c) =>
        this.tables.use(ctx, c, call.target, (table) =>
          runProgram(ctx, c, updateProgram(pc, table, bindKey(table, pc.codec, call.key, PATHS.key, this.#backend), call.updates, call.upsert, PATHS)),
        ),
      ),
    );
  }

  delete(ctx: OperationContext, call: KeyCall): Promise<boolean> {
    return this.executor.run(ctx, (c) =>
      this.tables.use(ctx, c, call.target, (table) => runPlan(ctx, c, deletePlan(pc, table, bindKey(table, pc.codec, call.key, PATHS.key, this.#backend)))),
    );
  }

  /** One UPDATE statement: atomic on its own. */
  updateMany(ctx: OperationContext, call: UpdateManyCall): Promise<bigint> {
    return withIncrementOverflow(call.updates, "updates", () =>
      this.executor.run(ctx, (c) =>
        this.tables.use(ctx, c, call.target, (table) => runPlan(ctx, c, updateManyPlan(pc, table, call.filter, call.updates, { filter: "filter", updates: "updates" }))),
      ),
    );
  }

  /** One DELETE statement: atomic on its own. */
  deleteMany(ctx: OperationContext, call: DeleteManyCall): Promise<bigint> {
    return this.executor.run(ctx, (c) => this.tables.use(ctx, c, call.target, (table) => runPlan(ctx, c, deleteManyPlan(pc, table, call.filter, "filter"))));
  }

  /**
   * Every write in one transaction (a savepoint inside an interactive one):
   * all or nothing. A failing write's error names it (`operations[i]`).
   * When every write is one statement (batchWritePlan: Put as an upsert,
   * Insert, Delete; an Update guarded so that a missing record fails the
   * transaction, rowRequired) they run pipelined, in one round trip; a
   * batch with a Put on a table without ON CONFLICT runs its writes in turn.
   */
  async batchWrite(ctx: OperationContext, call: BatchWriteCall): Promise<WriteOutcome[]> {
    const pipelined = await this.executor.run(ctx, async (c) => {
      const plans = await this.#singlePlans(ctx, c, call);
      if (!plans) return undefined;
      const answer = await runPlansAtomically(ctx, this.executor, c, plans);
      if (answer.ok) return answer.answers;
      const i = answer.index;
      const write = call.writes[i];
      if (write.kind === "update") {
        if (isMissingRow(answer.error)) throw this.#atOperation(this.#missing(write, i), i);
        const overflow = incrementOverflow(write.updates, `operations[${i}].update.updates`, answer.error);
        if (overflow) throw this.#atOperation(overflow, i);
      }
      // The cached shape may be what failed it (a column dropped since): read again next time, as use() would now.
      this.tables.introspector.forget(write.target.namespace, write.target.collection);
      throw this.#atOperation(answer.error, i);
    });
    return pipelined ?? this.#batchWriteInTurn(ctx, call);
  }

  /** Each write's one statement (an Update's guarded by rowRequired); undefined when some write is not one. */
  async #singlePlans(ctx: OperationContext, c: PostgresConnection, call: BatchWriteCall): Promise<SqlPlan<WriteOutcome>[] | undefined> {
    const plans: SqlPlan<WriteOutcome>[] = [];
    for (const [i, write] of call.writes.entries()) {
      try {
        const plan = await this.tables.use(
          ctx,
          c,
          write.target,
          async (table) => (write.kind === "update" ? requiredUpdatePlan(table, write, i, this.#backend) : batchWritePlan(pc, table, write, i, this.#backend)),
          `operations[${i}].`,
        );
        if (!plan) return undefined;
        plans.push(plan);
      } catch (err) {
        throw this.#atOperation(err, i);
      }
    }
    return plans;
  }

  async #batchWriteInTurn(ctx: OperationContext, call: BatchWriteCall): Promise<WriteOutcome[]> {
    return this.executor.atomic(ctx, async (c) => {
      const results: WriteOutcome[] = [];
      for (const [i, write] of call.writes.entries()) {
        const at = `operations[${i}]`;
        try {
          const updates = write.kind === "update" ? write.updates : [];
          const outcome = await withIncrementOverflow(updates, `${at}.update.updates`, () =>
            this.tables.use(ctx, c, write.target, (table) => runProgram(ctx, c, batchWriteProgram(pc, table, write, i, this.#backend)), `${at}.`),
          );
          if (!outcome) throw this.#missing(write, i);
          results.push(outcome);
        } catch (err) {
          throw this.#atOperation(err, i);
        }
      }
      return results;
    });
  }

  /** NOT_FOUND for the batch's update at `index` of a record that does not exist. */
  #missing(write: WriteCall, index: number): ConnectError {
    return dbxError(ErrorReason.NOT_FOUND, `operations[${index}]: no record with that key in ${this.#backend}/${write.target.collection}`, {
      backend: this.#backend,
      collection: write.target.collection,
    });
  }

  /** The error of a batch's write, saying which one and that nothing took effect. */
  #atOperation(err: unknown, index: number): ConnectError {
    const at = `operations[${index}]`;
    const mapped = postgresError(err, this.#backend);
    const message = mapped.rawMessage.startsWith(at) ? mapped.rawMessage : `${at}: ${mapped.rawMessage}`;
    return withContext(mapped, `${message} (no operation of the batch took effect)`, { operation_index: String(index) });
  }
}

/**
 * A batch's Update as one statement that fails the pipeline's transaction
 * when the record does not exist (rowRequired): its UPDATE ... RETURNING, or
 * the read of the record when the update changes nothing.
 */
function requiredUpdatePlan(table: PostgresTable, write: Extract<WriteCall, { kind: "update" }>, index: number, backend: string): SqlPlan<WriteOutcome> | undefined {
  const paths = batchWritePaths(index, "update");
  const { update } = updatePlans(pc, table, bindKey(table, pc.codec, write.key, paths.key, backend), write.updates, false, paths);
  if (update.before) return undefined;
  return { sql: rowRequired(update.sql), params: update.params, reads: "row", decode: () => ({ affected: true }) };
}
