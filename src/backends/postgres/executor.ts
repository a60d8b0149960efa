import type { SqlSession } from "../facets/sql.js";
import type { OperationContext } from "../operation-context.js";
import type { PostgresPool } from "./connection-pool.js";
import type { PipelineAnswer, PipelinedStatement, PostgresConnection, PostgresResult } from "./postgres-connection.js";
import type { CallSessions } from "./call-session.js";
import { applySessionContext, hasSessionValues, withSessionContext } from "./session-context.js";
import { PostgresTransaction } from "./transaction.js";

type Work<T> = (connection: PostgresConnection) => Promise<T>;

/** A connection held for a call across the yields of a stream (PostgresExecutor.hold). */
export interface HeldConnection {
  readonly connection: PostgresConnection;
  /**
   * Ends the hold: the call's own transaction commits, or rolls back when
   * given a failure or when the connection broke meanwhile (a broken one is
   * discarded, never rolled back: it may be mid-COPY).
   */
  release(failure?: unknown): Promise<void>;
}

/**
 * Where a call's statements run, and the one place that takes a connection
 * for a call: on its interactive transaction's pinned connection when it
 * carries one, otherwise on a pooled connection held for the call alone.
 * Whatever runs SQL for a call (records, SqlService, routines, streams,
 * COPY, BEGIN) goes through here, so the call's session (its caller's
 * role and settings by identityContext, and what its SessionContext asks
 * for: call-session.ts) is never forgotten. A call with a session always
 * runs inside a transaction, so that SET LOCAL ends with it: its own
 * BEGIN/COMMIT, or the interactive one, where the identity's values are
 * set again for each call and a SessionContext's put back after it.
 */
export class PostgresExecutor {
  constructor(
    readonly pool: PostgresPool,
    readonly backend: string,
    readonly sessions: CallSessions,
    /**
     * The work runs SQL a caller wrote (SqlService, Execute, routines): each
     * connection it touches has its session reset before it is reused
     * (PostgresConnection.runsCallerSql).
     */
    private readonly callerSql = false,
  ) {}

  /** The same executor for work that runs SQL a caller wrote. */
  forCallerSql(): PostgresExecutor {
    return new PostgresExecutor(this.pool, this.backend, this.sessions, true);
  }

  /** Whether the call runs with a role or settings (so inside a transaction): its caller's, or `asked`. PERMISSION_DENIED as `run` would be. */
  hasSession(ctx: OperationContext, asked?: SqlSession): boolean {
    return this.sessions.of(ctx, asked) !== undefined;
  }

  /** Runs `work` on the call's connection, with the call's session (its caller's, and `asked`) when it has one. */
  run<T>(ctx: OperationContext, work: Work<T>, asked?: SqlSession): Promise<T> {
    if (this.callerSql) work = marked(work);
    const session = this.#sessionOf(ctx, asked);
    if (session instanceof Error) return Promise.reject(session);
    if (session) return this.#runAs(ctx, session, asked, work, false);
    const tx = ctx.transaction;
    if (tx instanceof PostgresTransaction) return tx.run(ctx, work);
    return this.pool.withConnection(ctx, work);
  }

  /**
   * Runs `work` all or nothing: in a transaction of its own, or under a
   * savepoint of the call's interactive transaction (whose other work stays).
   */
  atomic<T>(ctx: OperationContext, work: Work<T>, asked?: SqlSession): Promise<T> {
    if (this.callerSql) work = marked(work);
    const session = this.#sessionOf(ctx, asked);
    if (session instanceof Error) return Promise.reject(session);
    if (session) return this.#runAs(ctx, session, asked, work, true);
    if (ctx.transaction instanceof PostgresTransaction) return this.run(ctx, (connection) => underSavepoint(connection, ctx, work));
    return this.pool.withConnection(ctx, (connection) => inOwnTransaction(connection, ctx, work));
  }

  /**
   * The call's connection (as `run`, or `atomic`, gives it) held until
   * `release`, for work that yields between its statements: streams, COPY.
   */
  async hold(ctx: OperationContext, atomic = false): Promise<HeldConnection> {
    let finish!: (failure: unknown) => void;
    const ended = new Promise<void>((resolve, reject) => (finish = (failure) => (failure === undefined ? resolve() : reject(failure))));
    let running!: Promise<void>;
    const connection = await new Promise<PostgresConnection>((resolve, reject) => {
      const work = async (c: PostgresConnection): Promise<void> => {
        resolve(c);
        await ended;
      };
      running = atomic ? this.atomic(ctx, work) : this.run(ctx, work);
      running.catch(reject);
    });
    return {
      connection,
      async release(failure?: unknown) {
        finish(failure ?? (connection.broken ? BROKEN : undefined));
        await running.catch(() => undefined);
      },
    };
  }

  /**
   * Begins an interactive transaction on a pooled connection pinned to it
   * until it ends, with the caller's role and settings for its lifetime
   * (each call in it sets them again: the caller's SQL may change them).
   */
  async begin(ctx: OperationContext, statement: string, readOnly: boolean): Promise<PostgresTransaction> {
    const session = this.sessions.of(ctx, undefined);
    const connection = await this.pool.acquire(ctx);
    try {
      await connection.control(ctx, statement);
      if (session) await applySessionContext(connection, ctx, session);
    } catch (err) {
      this.pool.release(connection, true);
      throw err;
    }
    return new PostgresTransaction(this.pool, connection, this.backend, readOnly);
  }

  /**
   * Runs statements that do not depend on each other's answers all or
   * nothing in one round trip, on the connection `run` or `atomic`'s work
   * got: in a transaction of their own, or under a savepoint of the
   * transaction the call is in (interactive, or its session's)
   * (PostgresConnection.atomicPipeline, which also says what `beforeCommit`
   * is for).
   */
  pipelineAtomic(
    ctx: OperationContext,
    connection: PostgresConnection,
    statements: readonly PipelinedStatement[],
    beforeCommit?: (results: readonly PostgresResult[]) => Promise<void>,
  ): Promise<PipelineAnswer> {
    const inTransaction = ctx.transaction instanceof PostgresTransaction || this.sessions.of(ctx, undefined) !== undefined;
    return connection.atomicPipeline(ctx, statements, inTransaction ? ATOMIC_SAVEPOINT : undefined, beforeCommit);
  }

  /** The call's session, or the error refusing it, returned: `run` and `atomic` answer it as a rejection, never a throw. */
  #sessionOf(ctx: OperationContext, asked: SqlSession | undefined): SqlSession | undefined | Error {
    try {
      return this.sessions.of(ctx, asked);
    } catch (err) {
      return err as Error;
    }
  }

  #runAs<T>(ctx: OperationContext, session: SqlSession, asked: SqlSession | undefined, work: Work<T>, atomic: boolean): Promise<T> {
    const tx = ctx.transaction;
    if (tx instanceof PostgresTransaction) {
      const inner = (connection: PostgresConnection) => (atomic ? underSavepoint(connection, ctx, work) : work(connection));
      // The identity's values alone are the transaction's own (set at BEGIN): set again, nothing to put back.
      if (!hasSessionValues(asked)) {
        return tx.run(ctx, async (connection) => {
          await applySessionContext(connection, ctx, session);
          return inner(connection);
        });
      }
      return tx.run(ctx, (connection) => withSessionContext(connection, ctx, session, () => inner(connection)));
    }
    return this.pool.withConnection(ctx, (connection) =>
      inOwnTransaction(connection, ctx, async (c) => {
        await applySessionContext(c, ctx, session);
        return work(c);
      }),
    );
  }
}

/** What ends a held connection's work when its connection broke: its transaction is not committed. */
const BROKEN = new Error("the connection broke while held");

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
