import pg from "pg";
import type { OperationContext } from "../operation-context.js";
import type { CancelTarget } from "./cancel-request.js";
import type { PostgresSettings } from "./options.js";
import { PostgresConnection, RAW_TEXT } from "./postgres-connection.js";
import { abortedCallError, postgresError } from "./postgres-errors.js";

/** A caller waiting for a connection while all `poolSize` are busy. */
interface Waiter {
  readonly ctx: OperationContext;
  readonly resolve: (connection: PostgresConnection) => void;
  readonly reject: (err: unknown) => void;
  /** Ends the wait's timer and abort watch. */
  stop(): void;
}

/**
 * The backend's connections: at most `poolSize` node-postgres clients, each
 * handed out as a PostgresConnection for one call or one interactive
 * transaction. A pool of its own rather than pg-pool, which arms and clears
 * a timer, builds a release closure and emits two events on every checkout:
 * here taking an idle connection costs nothing but an array pop, a wait has
 * a timer (connectTimeoutMs, then UNAVAILABLE) only when every connection is
 * busy, and one sweep closes the connections idle past idleTimeoutMs.
 * Waiting ends when the call aborts; a connection that failed (connection
 * lost, or left mid-transaction) is closed rather than handed to anyone.
 */
export class PostgresPool {
  readonly #config: pg.ClientConfig;
  /** Idle connections, the most recently used last (reused first: its caches are warm). */
  readonly #idle: PostgresConnection[] = [];
  readonly #idleSince = new WeakMap<PostgresConnection, number>();
  readonly #waiters: Waiter[] = [];
  /** Connections open or opening. */
  #total = 0;
  /** Connections handed out and not yet released (tests prove none leak). */
  #checkedOut = 0;
  #closed = false;
  readonly #sweep: NodeJS.Timeout;

  constructor(
    private readonly backend: string,
    private readonly settings: PostgresSettings,
  ) {
    const o = settings.options;
    this.#config = {
      connectionString: o.url,
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
    this.#sweep = setInterval(() => this.#closeIdle(), Math.max(1_000, Math.ceil(o.idleTimeoutMs / 2)));
    this.#sweep.unref();
  }

  /** Waits for a pooled connection; UNAVAILABLE when none can be made, the call's abort error when it leaves first. */
  acquire(ctx: OperationContext): Promise<PostgresConnection> {
    if (ctx.abort.aborted) return Promise.reject(abortedCallError(ctx.abort, this.backend));
    if (this.#closed) return Promise.reject(postgresError(new Error("Cannot use a pool after calling end on the pool"), this.backend));
    const idle = this.#idle.pop();
    if (idle) {
      this.#checkedOut++;
      return Promise.resolve(idle);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#leave(waiter);
        reject(postgresError(new Error("timeout exceeded when trying to connect"), this.backend));
      }, this.settings.options.connectTimeoutMs);
      const stopWatching = ctx.abort.onAbort(() => {
        this.#leave(waiter);
        reject(abortedCallError(ctx.abort, this.backend));
      });
      const waiter: Waiter = {
        ctx,
        resolve,
        reject,
        stop: () => {
          clearTimeout(timer);
          stopWatching();
        },
      };
      this.#waiters.push(waiter);
      if (this.#total < this.settings.options.poolSize) this.#open();
    });
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

  /** Closes every idle connection and those still out as they come back; waiters get UNAVAILABLE. */
  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#sweep);
    for (const waiter of this.#waiters.splice(0)) {
      waiter.stop();
      waiter.reject(postgresError(new Error("Cannot use a pool after calling end on the pool"), this.backend));
    }
    await Promise.all(this.#idle.splice(0).map((connection) => this.#end(connection)));
  }

  /** Gauges for AdminService.GetStats. */
  stats(): Record<string, string> {
    return {
      pool_size: String(this.settings.options.poolSize),
      pool_total: String(this.#total),
      pool_idle: String(this.#idle.length),
      pool_waiting: String(this.#waiters.length),
      pool_checked_out: String(this.#checkedOut),
    };
  }

  #giveBack(connection: PostgresConnection, discard: boolean): void {
    this.#checkedOut--;
    if (discard || connection.broken || this.#closed) {
      void this.#end(connection);
      this.#openForWaiters();
      return;
    }
    const waiter = this.#waiters.shift();
    if (waiter) {
      this.#handOver(waiter, connection);
      return;
    }
    this.#idleSince.set(connection, Date.now());
    this.#idle.push(connection);
  }

  #handOver(waiter: Waiter, connection: PostgresConnection): void {
    waiter.stop();
    this.#checkedOut++;
    waiter.resolve(connection);
  }

  #leave(waiter: Waiter): void {
    waiter.stop();
    const at = this.#waiters.indexOf(waiter);
    if (at >= 0) this.#waiters.splice(at, 1);
  }

  /** Opens connections for callers waiting, as far as the pool size allows (after one was closed). */
  #openForWaiters(): void {
    const opening = Math.min(this.#waiters.length, this.settings.options.poolSize - this.#total);
    for (let i = 0; i < opening; i++) this.#open();
  }

  /**
   * Opens a connection for the first waiter (whoever waits first when it is
   * ready). A failure goes to that waiter: the server is unreachable for
   * everyone, and each waiter's own attempt or timer answers it.
   */
  #open(): void {
    this.#total++;
    const client = new pg.Client(this.#config);
    const connection = new PostgresConnection(client, this.backend, this.settings.options.statementTimeoutMs, this.settings.options.preparedStatementsPerConnection, () => cancelTarget(client));
    // An idle connection whose server went away is dropped; one in use is marked, and closed when it comes back.
    client.on("error", () => {
      connection.markBroken();
      const at = this.#idle.indexOf(connection);
      if (at >= 0) {
        this.#idle.splice(at, 1);
        void this.#end(connection);
      }
    });
    client.connect().then(
      () => {
        if (this.#closed) {
          void this.#end(connection);
          return;
        }
        this.#checkedOut++;
        this.#giveBack(connection, false);
      },
      (err: unknown) => {
        this.#total--;
        void client.end().catch(() => undefined);
        const waiter = this.#waiters.shift();
        if (waiter) {
          waiter.stop();
          waiter.reject(postgresError(err, this.backend));
        }
      },
    );
  }

  /** Closes a connection for good (the server rolls back whatever it had open). */
  async #end(connection: PostgresConnection): Promise<void> {
    this.#total--;
    await connection.client.end().catch(() => undefined);
  }

  /** Closes the connections idle for longer than idleTimeoutMs. */
  #closeIdle(): void {
    const oldest = Date.now() - this.settings.options.idleTimeoutMs;
    for (let i = this.#idle.length - 1; i >= 0; i--) {
      const connection = this.#idle[i];
      if ((this.#idleSince.get(connection) ?? 0) <= oldest) {
        this.#idle.splice(i, 1);
        void this.#end(connection);
      }
    }
  }
}

function cancelTarget(client: pg.Client): CancelTarget | undefined {
  const c = client as unknown as { processID: number | null; secretKey: number | null; host: string; port: number };
  if (c.processID === null || c.secretKey === null) return undefined;
  return { host: c.host, port: c.port, processId: c.processID, secretKey: c.secretKey };
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
