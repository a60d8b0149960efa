import type { SqlSession } from "../facets/sql.js";
import type { OperationContext } from "../operation-context.js";
import type { PostgresPool } from "./connection-pool.js";
import type { PipelineAnswer, PipelinedStatement, PostgresConnection, PostgresResult } from "./postgres-connection.js";
import { applySessionContext, checkSessionContext, hasSessionValues, withSessionContext, type SessionContextRules } from "./session-context.js";
import { PostgresTransaction } from "./transaction.js";

type Work<T> = (connection: PostgresConnection) => Promise<T>;

/**
 * Where a call's statements run: on its interactive transaction's pinned
 * connection when it carries one, otherwise on a pooled connection held for
 * the call alone. A call with a session context (role, settings: row-level
 * security) always runs inside a transaction, so that SET LOCAL ends with it:
 * its own BEGIN/COMMIT, or the interactive one, where the values are put
 * back after the call.
 */
export class PostgresExecutor {
  constructor(
    readonly pool: PostgresPool,
    readonly backend: string,
    /** What a call's session context may set (backends.<name>.sessionContext); empty lists refuse every one. */
    readonly sessionRules: SessionContextRules,
    /**
     * The work runs SQL a caller wrote (SqlService, Execute, routines): each
     * connection it touches has its session reset before it is reused
     * (PostgresConnection.runsCallerSql).
     */
    private readonly callerSql = false,
  ) {}

  /** The same executor for work that runs SQL a caller wrote. */
  forCallerSql(): PostgresExecutor {
    return new PostgresExecutor(this.pool, this.backend, this.sessionRules, true);
  }

  /** Runs `work` on the call's connection, as the call's session context says when it has one. */
  run<T>(ctx: OperationContext, work: Work<T>, session?: SqlSession): Promise<T> {
    if (this.callerSql) work = marked(work);
    if (hasSessionValues(session)) return this.#runAs(ctx, session, work, false);
    const tx = ctx.transaction;
    if (tx instanceof PostgresTransaction) return tx.run(ctx, work);
    return this.pool.withConnection(ctx, work);
  }

  /**
   * Runs `work` all or nothing: in a transaction of its own, or under a
   * savepoint of the call's interactive transaction (whose other work stays).
   */
  atomic<T>(ctx: OperationContext, work: Work<T>, session?: SqlSession): Promise<T> {
    if (this.callerSql) work = marked(work);
    if (hasSessionValues(session)) return this.#runAs(ctx, session, work, true);
    if (ctx.transaction instanceof PostgresTransaction) return this.run(ctx, (connection) => underSavepoint(connection, ctx, work));
    return this.pool.withConnection(ctx, (connection) => inOwnTransaction(connection, ctx, work));
  }

  /**
   * Runs statements that do not depend on each other's answers all or
   * nothing in one round trip, on the connection `run` or `atomic`'s work
   * got: in a transaction of their own, or under a savepoint of the call's
   * interactive transaction (PostgresConnection.atomicPipeline, which also
   * says what `beforeCommit` is for).
   */
  pipelineAtomic(
    ctx: OperationContext,
    connection: PostgresConnection,
    statements: readonly PipelinedStatement[],
    beforeCommit?: (results: readonly PostgresResult[]) => Promise<void>,
  ): Promise<PipelineAnswer> {
    return connection.atomicPipeline(ctx, statements, ctx.transaction instanceof PostgresTransaction ? ATOMIC_SAVEPOINT : undefined, beforeCommit);
  }

  #runAs<T>(ctx: OperationContext, session: SqlSession, work: Work<T>, atomic: boolean): Promise<T> {
    checkSessionContext(session, this.sessionRules);
    const tx = ctx.transaction;
    if (tx instanceof PostgresTransaction) {
      return tx.run(ctx, (connection) =>
        withSessionContext(connection, ctx, session, this.sessionRules, () => (atomic ? underSavepoint(connection, ctx, work) : work(connection))),
      );
    }
    return this.pool.withConnection(ctx, (connection) =>
      inOwnTransaction(connection, ctx, async (c) => {
        await applySessionContext(c, ctx, session, this.sessionRules);
        return work(c);
      }),
    );
  }
}

const ATOMIC_SAVEPOINT = "dbx_atomic";

function marked<T>(work: Work<T>): Work<T> {
  return (connection) => {
    connection.runsCallerSql();
    return work(connection);
  };
}

/** BEGIN, `work`, COMMIT; ROLLBACK when `work` fails (a connection that cannot roll back is discarded). */
async function inOwnTransaction<T>(connection: PostgresConnection, ctx: OperationContext, work: Work<T>): Promise<T> {
  await connection.control(ctx, "BEGIN");
  let result: T;
  try {
    result = await work(connection);
  } catch (err) {
    await undo(connection, "ROLLBACK");
    throw err;
  }
  try {
    await connection.control(ctx, "COMMIT");
  } catch (err) {
    // A COMMIT cancelled or cut off leaves the connection in a state nobody should inherit.
    connection.markBroken();
    throw err;
  }
  return result;
}

/** SAVEPOINT, `work`, RELEASE; back to the savepoint when `work` fails, so that the transaction stays usable. */
async function underSavepoint<T>(connection: PostgresConnection, ctx: OperationContext, work: Work<T>): Promise<T> {
  await connection.control(ctx, `SAVEPOINT ${ATOMIC_SAVEPOINT}`);
  let result: T;
  try {
    result = await work(connection);
  } catch (err) {
    await undo(connection, `ROLLBACK TO SAVEPOINT ${ATOMIC_SAVEPOINT}`);
    throw err;
  }
  await connection.control(ctx, `RELEASE SAVEPOINT ${ATOMIC_SAVEPOINT}`);
  return result;
}

/** Undoes a failed call's work, even when the call itself was cancelled (the rollback takes no signal). */
async function undo(connection: PostgresConnection, statement: string): Promise<void> {
  if (connection.broken) return;
  try {
    await connection.rollback(statement);
  } catch {
    connection.markBroken();
  }
}
