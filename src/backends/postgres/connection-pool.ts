import pg from "pg";
import type { OperationContext } from "../operation-context.js";
import type { CancelTarget } from "./cancel-request.js";
import type { PostgresSettings } from "./options.js";
import { PostgresConnection, RAW_TEXT } from "./postgres-connection.js";
import { abortedCallError, postgresError } from "./postgres-errors.js";

/**
 * The backend's connections: a node-postgres pool of `poolSize` clients,
 * each handed out as a PostgresConnection for one call or one interactive
 * transaction. Waiting for a client ends when the call's signal aborts; a
 * client that failed (connection lost, or left mid-transaction) is
 * destroyed rather than handed to the next call.
 */
export class PostgresPool {
  readonly #pool: pg.Pool;
  readonly #connections = new WeakMap<pg.PoolClient, PostgresConnection>();
  readonly #config: pg.PoolConfig;
  /** Clients handed out and not yet released (tests prove none leak). */
  #checkedOut = 0;

  constructor(
    private readonly backend: string,
    private readonly settings: PostgresSettings,
  ) {
    const o = settings.options;
    this.#config = {
      connectionString: o.url,
      max: o.poolSize,
      idleTimeoutMillis: o.idleTimeoutMs,
      connectionTimeoutMillis: o.connectTimeoutMs,
      application_name: o.applicationName,
      statement_timeout: o.statementTimeoutMs,
      options: [...OUTPUT_SETTINGS, ...(o.searchPath ? [`-c search_path=${o.searchPath.map(quoteSearchPathEntry).join(",")}`] : [])].join(" "),
      ssl: settings.tls ? { ...settings.tls } : undefined,
      types: RAW_TEXT,
      // A peer that vanished without a RST (a dead host, a dropped route) is noticed by TCP keepalive;
      // without it a LISTEN or watch feed connection would wait forever instead of ending UNAVAILABLE.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    };
    this.#pool = new pg.Pool(this.#config);
    // A pooled client that loses its connection while idle emits here; the pool drops it.
    this.#pool.on("error", () => undefined);
    // A checked-out client whose connection dies between statements emits on itself: mark it, never crash.
    this.#pool.on("connect", (client) => client.on("error", () => this.#connections.get(client)?.markBroken()));
  }

  /** Waits for a pooled connection; UNAVAILABLE when none can be made, the call's abort error when it leaves first. */
  async acquire(ctx: OperationContext): Promise<PostgresConnection> {
    if (ctx.abort.aborted) throw abortedCallError(ctx.abort, this.backend);
    const pending = this.#pool.connect();
    let stopWatching: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      stopWatching = ctx.abort.onAbort(() => reject(abortedCallError(ctx.abort, this.backend)));
    });
    let client: pg.PoolClient;
    try {
      client = await Promise.race([pending, aborted]);
    } catch (err) {
      // A client that arrives after the caller left goes straight back.
      pending.then((late) => late.release(), () => undefined);
      throw postgresError(err, this.backend);
    } finally {
      stopWatching!();
    }
    this.#checkedOut++;
    let connection = this.#connections.get(client);
    if (!connection) {
      connection = new PostgresConnection(client, this.backend, this.settings.options.statementTimeoutMs, this.settings.options.preparedStatementsPerConnection, () => this.#cancelTarget(client));
      this.#connections.set(client, connection);
    }
    return connection;
  }

  /**
   * Gives a connection back; a broken one (or `discard`) is closed instead of
   * reused. One that ran a caller's SQL has its session reset first, after
   * the caller's answer: the reset costs the caller nothing, and the next
   * caller waits for it only when it gets this very connection.
   */
  release(connection: PostgresConnection, discard = false): void {
    if (!discard && !connection.broken && connection.needsSessionReset) {
      void connection.resetSession().then(() => this.#giveBack(connection, false));
      return;
    }
    this.#giveBack(connection, discard);
  }

  #giveBack(connection: PostgresConnection, discard: boolean): void {
    this.#checkedOut--;
    const destroy = discard || connection.broken;
    if (destroy) this.#connections.delete(connection.client);
    connection.client.release(destroy);
  }

  /** Runs `work` on a pooled connection and gives it back however `work` ends. */
  async withConnection<T>(ctx: OperationContext, work: (connection: PostgresConnection) => Promise<T>): Promise<T> {
    const connection = await this.acquire(ctx);
    try {
      return await work(connection);
    } finally {
      this.release(connection);
    }
  }

  /**
   * A connection of its own outside the pool (LISTEN, replication-like
   * feeds), with the same settings; the caller ends it.
   */
  async connectDedicated(): Promise<pg.Client> {
    const client = new pg.Client({ ...this.#config, statement_timeout: undefined });
    client.on("error", () => undefined);
    try {
      await client.connect();
    } catch (err) {
      await client.end().catch(() => undefined);
      throw postgresError(err, this.backend);
    }
    return client;
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  /** Gauges for AdminService.GetStats. */
  stats(): Record<string, string> {
    return {
      pool_size: String(this.settings.options.poolSize),
      pool_total: String(this.#pool.totalCount),
      pool_idle: String(this.#pool.idleCount),
      pool_waiting: String(this.#pool.waitingCount),
      pool_checked_out: String(this.#checkedOut),
    };
  }

  #cancelTarget(client: pg.PoolClient): CancelTarget | undefined {
    const c = client as unknown as { processID: number | null; secretKey: number | null; host: string; port: number };
    if (c.processID === null || c.secretKey === null) return undefined;
    return { host: c.host, port: c.port, processId: c.processID, secretKey: c.secretKey };
  }
}

/**
 * The output forms value-codec.ts reads, whatever the server or database
 * defaults are: ISO dates, postgres-style intervals, floats in their
 * shortest exact text, bytea in hex.
 */
const OUTPUT_SETTINGS = ["-c DateStyle=ISO,MDY", "-c IntervalStyle=postgres", "-c extra_float_digits=1", "-c bytea_output=hex"];

/** A search_path entry, quoted so that any schema name is taken literally. */
function quoteSearchPathEntry(schema: string): string {
  return `"${schema.replaceAll('"', '""').replaceAll("\\", "\\\\").replaceAll(" ", "\\ ")}"`;
}
