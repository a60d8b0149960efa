import type { ConnectError } from "@connectrpc/connect";
import pg from "pg";
import { transactionAborted } from "../../errors/dbx-error.js";
import type { OperationContext } from "../operation-context.js";
import { sendCancelRequest, type CancelTarget } from "./cancel-request.js";
import { abortedCallError, isConnectionLoss, postgresError } from "./postgres-errors.js";
import { CloseStatement } from "./close-statement.js";
import { PreparedQuery } from "./prepared-query.js";
import { queryAtMostRows } from "./row-limited-query.js";
import { statementName } from "./statement-names.js";

/** A column of a result as PostgreSQL describes it (RowDescription). */
export interface PostgresField {
  readonly name: string;
  /** pg_type OID. */
  readonly typeId: number;
  /** Type modifier (varchar length, numeric precision/scale, timestamp precision); -1 when none. */
  readonly typeModifier: number;
  /** pg_class OID of the table it comes from; 0 for expressions. */
  readonly tableId: number;
  /** attnum in that table; 0 for expressions. */
  readonly columnId: number;
}

/** What a statement answered: rows of values as PostgreSQL's text output (null for NULL). */
export interface PostgresResult {
  readonly fields: readonly PostgresField[];
  readonly rows: readonly (readonly (string | null)[])[];
  /** Rows changed or answered; null for statements that tell none. */
  readonly rowCount: number | null;
  /** The command tag's verb: SELECT, INSERT, UPDATE, ... */
  readonly command: string;
}

export interface QueryOptions {
  /**
   * Prepare the statement server-side and reuse it on this connection (the
   * default). Off for statements that run once (DDL, session control).
   */
  readonly prepare?: boolean;
  /** pg_type OIDs of the parameters, where the caller knows them (typed NULLs). */
  readonly paramTypes?: readonly number[];
  /** Read at most this many rows (at least 1), in the same round trip (row-limited-query.ts). */
  readonly maxRows?: number;
  /**
   * The statement's result columns follow from its text alone (a planner's
   * SELECT, INSERT, UPDATE or DELETE; not FETCH, whose columns are the
   * cursor's): the connection keeps them from the first run and leaves out
   * Describe after it. Should the table change under it, PostgreSQL fails
   * the statement (0A000) and it is prepared and described again.
   */
  readonly fixedResult?: boolean;
}

/** A statement of an atomic pipeline (PostgresConnection.atomicPipeline). */
export interface PipelinedStatement {
  readonly sql: string;
  readonly params: readonly unknown[];
  /** pg_type OIDs of the parameters, where the caller knows them (typed NULLs). */
  readonly paramTypes?: readonly number[];
  /** Read at most this many of its rows (row-limited-query.ts); all of them without. */
  readonly maxRows?: number;
}

/**
 * What an atomic pipeline answered: every statement's result, or the first
 * statement that failed and its error. Either way the transaction (or the
 * savepoint) is over and nothing of a failed pipeline took effect.
 */
export type PipelineAnswer =
  | { readonly ok: true; readonly results: readonly PostgresResult[] }
  | { readonly ok: false; readonly index: number; readonly error: ConnectError };

/** node-postgres's pipeline switch: a plain property its query queue reads (client.js _pulseQueryQueue). */
interface PipelineSwitch {
  pipeline: boolean;
}

/**
 * The least session statement_timeout a pipelined BEGIN runs under: a BEGIN
 * stopped by a tiny timeout would leave the statements written after it to
 * run (and commit) one by one.
 */
const PIPELINED_BEGIN_TIMEOUT_MS = 1_000;

/** How long a statement may run when a call's deadline sets statement_timeout: never below this. */
const MIN_STATEMENT_TIMEOUT_MS = 1;
/**
 * statement_timeout is set again only when it differs from the call's
 * remaining time by more than this share: a round trip saved on most calls,
 * and the client-side cancel at the deadline keeps the bound exact.
 */
const TIMEOUT_SLACK = 0.1;

/**
 * One pooled PostgreSQL connection while a call (or an interactive
 * transaction) holds it. Every statement runs with the call's deadline as
 * `statement_timeout` and is cancelled on the server (CancelRequest) when the
 * call's signal aborts. Statements are prepared server-side once per
 * connection and reused; past `maxPrepared` the least recently used are
 * deallocated.
 */
export class PostgresConnection {
  /** Prepared statement names, least recently used first. */
  readonly #prepared = new Set<string>();
  /** Statements whose plan went stale, still prepared on the server (#forgetStale). */
  readonly #stale = new Set<string>();
  /** The result columns of the prepared statements run here (PreparedQuery leaves out their Describe). */
  readonly #resultFields = new Map<string, readonly PostgresField[]>();
  #statementTimeoutMs: number;
  #broken = false;
  #callerSqlRan = false;

  constructor(
    readonly client: pg.Client,
    private readonly backend: string,
    private readonly defaultTimeoutMs: number,
    private readonly maxPrepared: number,
    private readonly cancelTarget: () => CancelTarget | undefined,
  ) {
    this.#statementTimeoutMs = defaultTimeoutMs;
  }

  /** The connection failed in a way that makes it unusable; the pool discards it on release. */
  get broken(): boolean {
    return this.#broken;
  }

  /** Marks the connection unusable (lost, or left in a state nobody should inherit). */
  markBroken(): void {
    this.#broken = true;
  }

  /**
   * A caller's SQL (SqlService, Execute, a function, a COPY query) is about
   * to run here. It may change the session in ways no statement check can
   * see (`SELECT set_config('role', ..., false)`, a session advisory lock, a
   * temporary table made by a function): the pool resets the session before
   * anyone else gets the connection.
   */
  runsCallerSql(): void {
    this.#callerSqlRan = true;
  }

  /** Whether the session must be reset before the connection is reused. */
  get needsSessionReset(): boolean {
    return this.#callerSqlRan;
  }

  /**
   * Puts the session back as it was when the connection opened (DISCARD ALL
   * but for the prepared statements, which are DBX's own and kept). Must run
   * outside a transaction; a failure leaves the connection broken.
   */
  async resetSession(): Promise<void> {
    try {
      const results = (await this.client.query(`${SESSION_RESET}; ${PREPARED_NAMES}`)) as unknown as pg.QueryResult<{ name: string }>[];
      // The caller's SQL may have run DEALLOCATE ALL or DISCARD ALL: keep only what the session still has.
      const kept = new Set(results[results.length - 1].rows.map((r) => r.name));
      for (const name of [...this.#prepared]) if (!kept.has(name)) this.#forget(name);
      for (const name of [...this.#stale]) if (!kept.has(name)) this.#stale.delete(name);
      this.#callerSqlRan = false;
      // RESET ALL restored the statement_timeout the connection opened with.
      this.#statementTimeoutMs = this.defaultTimeoutMs;
    } catch {
      this.#broken = true;
    }
  }

  /** The server process id (pg_backend_pid), for cancels and tests. */
  get processId(): number {
    return (this.client as unknown as { processID: number }).processID;
  }

  /**
   * Runs one statement; errors arrive mapped (postgres-errors.ts). A call
   * whose signal aborts mid-statement gets DEADLINE_EXCEEDED or CANCELED once
   * the server has stopped the statement.
   */
  async query(ctx: OperationContext, sql: string, params: readonly unknown[], options: QueryOptions = {}): Promise<PostgresResult> {
    if (ctx.abort.aborted) throw abortedCallError(ctx.abort, this.backend);
    await this.#applyDeadline(ctx);
    const prepare = options.prepare !== false && this.maxPrepared > 0;
    const name = prepare ? await this.#prepareSlot(ctx, preparedKey(sql, options.paramTypes)) : undefined;
    let cancelling: Promise<void> | undefined;
    const stopWatching = ctx.abort.onAbort(() => {
      cancelling = this.#cancel();
    });
    try {
      let result: PostgresResult;
      try {
        result = await this.#run(sql, params, name, options);
      } catch (err) {
        // A caller's DEALLOCATE ALL (or DISCARD ALL) removed it: nothing ran, and outside a transaction nothing was aborted.
        if (name === undefined || !isMissingStatement(err)) throw err;
        this.#forget(name);
        if (this.client.getTransactionStatus() !== "I") throw err;
        result = await this.#run(sql, params, name, options);
      }
      // COMMIT of an aborted transaction rolled back, undoing any SET statement_timeout made in it.
      if (result.command === "ROLLBACK") this.#statementTimeoutMs = Number.NaN;
      return result;
    } catch (err) {
      if (isConnectionLoss(err)) this.#broken = true;
      if (name !== undefined && isStalePlan(err)) this.#forgetStale(name);
      if (ctx.abort.aborted && err instanceof pg.DatabaseError && err.code === "57014") throw abortedCallError(ctx.abort, this.backend);
      throw postgresError(err, this.backend);
    } finally {
      stopWatching();
      // A cancel still on its way when the statement ended would stop the next statement on this
      // connection, another caller's: the connection is handed on only once the server has it.
      if (cancelling) await cancelling;
    }
  }

  /** A prepared statement through PreparedQuery (the common case); the others through node-postgres's Query. */
  async #run(sql: string, params: readonly unknown[], name: string | undefined, options: QueryOptions): Promise<PostgresResult> {
    if (name !== undefined && options.maxRows === undefined) {
      const known = options.fixedResult ? this.#resultFields.get(name) : undefined;
      const result = await this.client.query(new PreparedQuery(sql, name, params, options.paramTypes, known)).result;
      if (options.fixedResult && !known) this.#resultFields.set(name, result.fields);
      return result;
    }
    const config = queryConfig(sql, params, name, options.paramTypes);
    return postgresResult(options.maxRows === undefined ? await this.client.query(config) : await queryAtMostRows(this.client, config, options.maxRows));
  }

  /** Runs statements of DBX's own (BEGIN, SET LOCAL, SAVEPOINT) unprepared. */
  control(ctx: OperationContext, sql: string, params: readonly unknown[] = []): Promise<PostgresResult> {
    return this.query(ctx, sql, params, { prepare: false });
  }

  /**
   * Runs DBX's own ROLLBACK or ROLLBACK TO SAVEPOINT. Without setting
   * statement_timeout first: SET fails in an aborted transaction, which is
   * what these statements end. And as a rollback also undoes a SET
   * statement_timeout made inside the transaction, the next statement sets
   * the call's timeout again rather than trust what the connection had.
   */
  async rollback(statement: string): Promise<void> {
    try {
      await this.client.query(statement);
    } catch (err) {
      if (isConnectionLoss(err)) this.#broken = true;
      throw postgresError(err, this.backend);
    } finally {
      this.#statementTimeoutMs = Number.NaN;
    }
  }

  /**
   * Runs statements that do not depend on each other's answers all or
   * nothing, in one round trip: BEGIN (SAVEPOINT `savepoint` inside an
   * interactive transaction), the call's deadline as statement_timeout, every
   * statement and COMMIT (RELEASE) are written together in node-postgres's
   * pipeline mode, then the answers are read. Each statement ends with its
   * own Sync, so a failing one aborts the transaction, those after it fail
   * (25P02) and COMMIT answers ROLLBACK. A failed BEGIN alone would let the
   * statements run on their own: it runs under a session statement_timeout
   * of at least PIPELINED_BEGIN_TIMEOUT_MS, and a cancel waits for its answer.
   *
   * With `beforeCommit`, COMMIT waits for the answers: it is sent, a second
   * round trip, only once `beforeCommit` has accepted them (answers that must
   * fit a limit); when it throws, the transaction (savepoint) is rolled back
   * and its error is the call's.
   */
  async atomicPipeline(
    ctx: OperationContext,
    statements: readonly PipelinedStatement[],
    savepoint?: string,
    beforeCommit?: (results: readonly PostgresResult[]) => Promise<void>,
  ): Promise<PipelineAnswer> {
    if (!savepoint && !(this.#statementTimeoutMs >= PIPELINED_BEGIN_TIMEOUT_MS)) await this.#setStatementTimeout(this.defaultTimeoutMs);
    if (ctx.abort.aborted) throw abortedCallError(ctx.abort, this.backend);
    const wanted = this.#wantedTimeout(ctx);
    const opening = [savepoint ? `SAVEPOINT ${savepoint}` : "BEGIN"];
    // SET LOCAL ends with the call's own transaction; under a savepoint the SET stays for the transaction, as #applyDeadline's would.
    if (!this.#timeoutFits(wanted)) opening.push(`SET ${savepoint ? "" : "LOCAL "}statement_timeout = ${wanted}`);
    const closing = savepoint ? `RELEASE SAVEPOINT ${savepoint}` : "COMMIT";
    const configs = [
      ...opening.map((sql) => queryConfig(sql, [], undefined, undefined)),
      ...statements.map((s) => queryConfig(s.sql, s.params, this.#pipelinedName(preparedKey(s.sql, s.paramTypes)), s.paramTypes)),
      ...(beforeCommit ? [] : [queryConfig(closing, [], undefined, undefined)]),
    ];
    const first = opening.length;
    const end = first + statements.length;
    const settled = await this.#pipelined(ctx, configs, (config, i) => {
      const maxRows = i >= first && i < end ? statements[i - first].maxRows : undefined;
      return maxRows === undefined ? this.client.query(config) : queryAtMostRows(this.client, config, maxRows);
    });
    const failed = settled.findIndex((s) => s.status === "rejected");
    for (const [i, s] of settled.entries()) if (s.status === "rejected") this.#afterFailure(s.reason, configs[i].name);
    const closed = beforeCommit ? undefined : settled[end];
    const results = () => settled.slice(first, end).map((s) => postgresResult((s as PromiseFulfilledResult<pg.QueryArrayResult>).value));
    if (failed === -1 && beforeCommit) {
      return { ok: true, results: await this.#commitChecked(ctx, results(), closing, savepoint, wanted, opening.length > 1, beforeCommit) };
    }
    if (failed === -1 && closed?.status === "fulfilled" && closed.value.command !== "ROLLBACK") {
      if (savepoint && opening.length > 1) this.#statementTimeoutMs = wanted;
      return { ok: true, results: results() };
    }
    if (savepoint) {
      // A SAVEPOINT that failed found the transaction aborted already: it stays so, for its owner to roll back.
      if (failed !== 0 && !this.#broken) await this.#rollbackOrBreak(`ROLLBACK TO SAVEPOINT ${savepoint}`);
    } else if (beforeCommit && failed !== 0 && !this.#broken) {
      await this.#rollbackOrBreak("ROLLBACK");
    } else if (this.client.getTransactionStatus() !== "I") {
      // Still in a transaction (a cancel that stopped COMMIT itself): nobody should inherit it.
      this.#broken = true;
    }
    const error = failed === -1 ? transactionAborted(this.backend, "COMMIT rolled the transaction back") : this.#pipelineError(ctx, (settled[failed] as PromiseRejectedResult).reason);
    if (failed >= first && failed < end) return { ok: false, index: failed - first, error };
    throw error;
  }

  /** Writes `configs` together in pipeline mode and reads every answer; a cancel waits for the first (BEGIN) to be answered. */
  async #pipelined(
    ctx: OperationContext,
    configs: readonly pg.QueryArrayConfig[],
    send: (config: pg.QueryArrayConfig, index: number) => Promise<pg.QueryArrayResult>,
  ): Promise<PromiseSettledResult<pg.QueryArrayResult>[]> {
    const client = this.client as unknown as PipelineSwitch;
    client.pipeline = true;
    const answers = configs.map(send);
    let cancelling: Promise<void> | undefined;
    // A cancel that stopped BEGIN would leave the statements after it to run on their own.
    const stopWatching = ctx.abort.onAbort(() => {
      cancelling = answers[0].then(
        () => this.#cancel(),
        () => this.#cancel(),
      );
    });
    try {
      return await Promise.allSettled(answers);
    } finally {
      // Only now: node-postgres reads the answers of queries already sent only while the switch is on.
      client.pipeline = false;
      stopWatching();
      if (cancelling) await cancelling;
    }
  }

  /** atomicPipeline's second round trip: `beforeCommit` accepts the results, then COMMIT (RELEASE); otherwise a rollback. */
  async #commitChecked(
    ctx: OperationContext,
    results: readonly PostgresResult[],
    closing: string,
    savepoint: string | undefined,
    wanted: number,
    timeoutSet: boolean,
    beforeCommit: (results: readonly PostgresResult[]) => Promise<void>,
  ): Promise<readonly PostgresResult[]> {
    if (savepoint && timeoutSet) this.#statementTimeoutMs = wanted;
    try {
      await beforeCommit(results);
      // A call that ended meanwhile is answered as ended: what it wrote must not take effect.
      if (ctx.abort.aborted) throw abortedCallError(ctx.abort, this.backend);
    } catch (err) {
      if (!this.#broken) await this.#rollbackOrBreak(savepoint ? `ROLLBACK TO SAVEPOINT ${savepoint}` : "ROLLBACK");
      throw err;
    }
    let answer: pg.QueryResult;
    try {
      // Not query(): the statement_timeout the pipeline set still holds, and setting it again would cost a round trip.
      answer = await this.client.query(closing);
    } catch (err) {
      if (isConnectionLoss(err)) this.#broken = true;
      // A COMMIT cut off leaves the connection in a state nobody should inherit.
      if (!savepoint && this.client.getTransactionStatus() !== "I") this.#broken = true;
      throw postgresError(err, this.backend);
    }
    if (answer.command === "ROLLBACK") throw transactionAborted(this.backend, "COMMIT rolled the transaction back");
    return results;
  }

  #pipelineError(ctx: OperationContext, err: unknown): ConnectError {
    if (ctx.abort.aborted && err instanceof pg.DatabaseError && err.code === "57014") return abortedCallError(ctx.abort, this.backend);
    return postgresError(err, this.backend);
  }

  #afterFailure(err: unknown, name: string | undefined): void {
    if (isConnectionLoss(err)) this.#broken = true;
    if (name !== undefined && isStalePlan(err)) this.#forgetStale(name);
    if (name !== undefined && isMissingStatement(err)) this.#forget(name);
  }

  async #rollbackOrBreak(statement: string): Promise<void> {
    try {
      await this.rollback(statement);
    } catch {
      this.#broken = true;
    }
  }

  /**
   * The prepared statement of a pipelined statement: its slot, or a free one;
   * else it runs unnamed, as making room (DEALLOCATE) would cost a round trip.
   */
  #pipelinedName(key: string): string | undefined {
    if (this.maxPrepared <= 0) return undefined;
    const name = statementName(key);
    // A stale one is deallocated by the next query() that prepares it; until then the pipeline runs it unnamed.
    if (this.#stale.has(name)) return undefined;
    if (!this.#prepared.delete(name) && this.#prepared.size >= this.maxPrepared) return undefined;
    this.#prepared.add(name);
    return name;
  }

  #wantedTimeout(ctx: OperationContext): number {
    return ctx.deadline === undefined ? this.defaultTimeoutMs : Math.max(MIN_STATEMENT_TIMEOUT_MS, Math.min(this.defaultTimeoutMs, Math.ceil(ctx.deadline - Date.now())));
  }

  /** Whether the session's statement_timeout is close enough to `wanted` (false when unknown). */
  #timeoutFits(wanted: number): boolean {
    return Math.abs(this.#statementTimeoutMs - wanted) <= wanted * TIMEOUT_SLACK;
  }

  async #applyDeadline(ctx: OperationContext): Promise<void> {
    const wanted = this.#wantedTimeout(ctx);
    if (!this.#timeoutFits(wanted)) await this.#setStatementTimeout(wanted);
  }

  async #setStatementTimeout(ms: number): Promise<void> {
    try {
      await this.client.query(`SET statement_timeout = ${ms}`);
      this.#statementTimeoutMs = ms;
    } catch (err) {
      if (isConnectionLoss(err)) this.#broken = true;
      throw postgresError(err, this.backend);
    }
  }

  /** Reserves a prepared-statement slot for `sql`, deallocating the least recently used past the limit. */
  async #prepareSlot(ctx: OperationContext, sql: string): Promise<string> {
    const name = statementName(sql);
    if (this.#prepared.delete(name)) {
      this.#prepared.add(name);
      return name;
    }
    // A statement whose plan went stale is still on the server under this name.
    if (this.#stale.delete(name)) await this.#deallocate(ctx, name);
    if (this.#prepared.size >= this.maxPrepared) {
      const oldest = this.#prepared.values().next().value as string;
      this.#forget(oldest);
      await this.#deallocate(ctx, oldest);
    }
    this.#prepared.add(name);
    return name;
  }

  async #deallocate(ctx: OperationContext, name: string): Promise<void> {
    try {
      await this.client.query(new CloseStatement(name)).done;
    } catch (err) {
      if (isConnectionLoss(err)) this.#broken = true;
      throw postgresError(err, this.backend);
    }
    if (ctx.abort.aborted) throw abortedCallError(ctx.abort, this.backend);
  }

  /**
   * A statement PostgreSQL refused to run again because its table changed
   * (0A000, cached plan must not change result type): it stays prepared on
   * the server, so it is deallocated before its name is prepared again.
   */
  #forgetStale(name: string): void {
    this.#forget(name);
    this.#stale.add(name);
  }

  /**
   * Forgets a prepared statement here and in node-postgres, which otherwise
   * skips Parse for a name it saw once (its cache has no public API).
   */
  #forget(name: string): void {
    this.#prepared.delete(name);
    this.#resultFields.delete(name);
    const connection = (this.client as unknown as { connection: { parsedStatements: Record<string, string> } }).connection;
    delete connection.parsedStatements[name];
  }

  /**
   * Asks the server to stop what this connection is running (CancelRequest),
   * for reads that run outside query(): a FindStream's cursor.
   */
  cancelRunning(): Promise<void> {
    return this.#cancel();
  }

  /**
   * Sets statement_timeout for the call's deadline, as query() does before
   * each statement: for reads that run outside query() (a cursor), which
   * would otherwise inherit the timeout an earlier call left.
   */
  applyDeadline(ctx: OperationContext): Promise<void> {
    return this.#applyDeadline(ctx);
  }

  async #cancel(): Promise<void> {
    const target = this.cancelTarget();
    if (target) await sendCancelRequest(target);
  }

  /** How many statements are prepared on this connection. */
  get preparedCount(): number {
    return this.#prepared.size;
  }
}

/**
 * DISCARD ALL without DEALLOCATE ALL and DISCARD PLANS: role and session
 * authorization, every setting (back to the connection's startup values),
 * cursors held open, LISTEN registrations, session advisory locks,
 * temporary tables, sequence state. One round trip, one simple query.
 */
const PREPARED_NAMES = "SELECT name FROM pg_catalog.pg_prepared_statements";

const SESSION_RESET = "CLOSE ALL; SET SESSION AUTHORIZATION DEFAULT; RESET ALL; UNLISTEN *; SELECT pg_advisory_unlock_all(); DISCARD TEMP; DISCARD SEQUENCES";

function postgresResult(result: pg.QueryArrayResult): PostgresResult {
  return {
    fields: result.fields.map((f) => ({ name: f.name, typeId: f.dataTypeID, typeModifier: f.dataTypeModifier, tableId: f.tableID, columnId: f.columnID })),
    rows: result.rows as (string | null)[][],
    rowCount: result.rowCount,
    command: result.command,
  };
}

/** A statement is prepared with its parameter types: the same text with other types is another statement. */
function preparedKey(sql: string, paramTypes: readonly number[] | undefined): string {
  return paramTypes?.length ? `${sql}\u0000${paramTypes.join(",")}` : sql;
}

function queryConfig(sql: string, params: readonly unknown[], name: string | undefined, paramTypes: readonly number[] | undefined): pg.QueryArrayConfig {
  return { text: sql, values: params as unknown[], rowMode: "array", name, types: paramTypes?.length ? withParamTypes(paramTypes) : RAW_TEXT };
}

/** Values arrive as PostgreSQL's text output; value-codec.ts decodes them by type, exactly (no lossy JS parsing). */
const identity = (text: string): string => text;
export const RAW_TEXT: pg.CustomTypesConfig = { getTypeParser: (() => identity) as pg.CustomTypesConfig["getTypeParser"] };

/**
 * node-postgres reads a query's `types` twice: as the parameter type OIDs of
 * its Parse message (an array) and as its type parsers (getTypeParser). One
 * object that is both sends the types and keeps values as text.
 */
function withParamTypes(oids: readonly number[]): pg.CustomTypesConfig {
  return Object.assign([...oids], RAW_TEXT) as unknown as pg.CustomTypesConfig;
}

/** "cached plan must not change result type" (0A000): the schema changed under a prepared statement. */
function isStalePlan(err: unknown): boolean {
  return err instanceof pg.DatabaseError && err.code === "0A000" && err.message.includes("cached plan");
}

/** "prepared statement ... does not exist" (26000): a caller's DEALLOCATE or DISCARD ALL removed it from the session. */
function isMissingStatement(err: unknown): boolean {
  return err instanceof pg.DatabaseError && err.code === "26000";
}
