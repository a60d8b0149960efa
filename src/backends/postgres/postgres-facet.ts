import type pg from "pg";
import type {
  ListenEvent,
  PostgresCopyInCall,
  PostgresCopyOutCall,
  PostgresFacet,
  PostgresListenCall,
  PostgresNotifyCall,
  PostgresRoutineCall,
  ProcedureOutcome,
} from "../facets/postgres.js";
import type { SqlRows } from "../facets/sql.js";
import type { OperationContext } from "../operation-context.js";
import { EventQueue, registeredEvents } from "../event-queue.js";
import { copyIn } from "./copy-in.js";
import { copyOut } from "./copy-out.js";
import type { PostgresExecutor } from "./executor.js";
import { ListenHub } from "./listen-hub.js";
import { ResultColumns } from "./result-columns.js";
import { callFunction, callProcedure } from "./routine-call.js";
import type { PgTypeRegistry } from "./type-registry.js";

/**
 * dbx.postgres.v1.PostgresService on one PostgreSQL backend: LISTEN through
 * the backend's shared ListenHub, NOTIFY, COPY in and out, and routine calls
 * on the call's connections (the executor's, with the caller's session).
 * LISTEN reads no table: notifications are whatever NOTIFY sent, to every
 * listener of the channel.
 */
export class PostgresServiceFacet implements PostgresFacet {
  readonly #hub: ListenHub;
  /** Result columns of routine calls, described from the catalog as SqlService describes them. */
  readonly #columns: ResultColumns;
  /** The executor for routines: the caller's SQL may change the session. */
  readonly #callerSql: PostgresExecutor;

  constructor(
    private readonly backend: string,
    private readonly executor: PostgresExecutor,
    /** The backend's types, by which values are encoded and decoded. */
    private readonly types: PgTypeRegistry,
    /** Notifications a Listen stream may fall behind before it ends with RESOURCE_EXHAUSTED (listenQueueSize). */
    private readonly listenQueueSize: number,
    /** Opens the LISTEN connection (PostgresPool.connectDedicated). */
    listenConnection: () => Promise<pg.Client>,
  ) {
    this.#callerSql = executor.forCallerSql();
    this.#hub = new ListenHub(backend, listenConnection);
    this.#columns = new ResultColumns(types);
  }

  listen(ctx: OperationContext, call: PostgresListenCall): AsyncIterable<ListenEvent> {
    return listenStream(ctx.signal, this.#hub, call.channels, this.listenQueueSize);
  }

  async notify(ctx: OperationContext, call: PostgresNotifyCall): Promise<void> {
    await this.#callerSql.run(ctx, (connection) => connection.query(ctx, "SELECT pg_notify($1, $2)", [call.channel, call.payload]));
  }

  copyIn(ctx: OperationContext, call: PostgresCopyInCall): Promise<bigint> {
    return copyIn(ctx, this.executor, this.backend, call, this.types);
  }

  copyOut(ctx: OperationContext, call: PostgresCopyOutCall): AsyncIterable<Uint8Array> {
    return copyOut(ctx, this.executor, this.types, this.backend, call);
  }

  callFunction(ctx: OperationContext, call: PostgresRoutineCall): Promise<SqlRows> {
    return this.#callerSql.run(ctx, (connection) => callFunction(ctx, connection, this.types, this.#columns, call), call.session);
  }

  callProcedure(ctx: OperationContext, call: PostgresRoutineCall): Promise<ProcedureOutcome> {
    return this.#callerSql.run(ctx, (connection) => callProcedure(ctx, connection, this.types, this.#columns, call), call.session);
  }

  /** Gauges for AdminService.GetStats. */
  stats(): Record<string, string> {
    const s = this.#hub.state;
    return { listen_channels: String(s.channels), listen_connected: String(s.connected), listen_gaps: String(s.gaps) };
  }

  /** Ends the LISTEN connection; open Listen streams end with UNAVAILABLE. */
  close(): Promise<void> {
    return this.#hub.close();
  }
}

async function* listenStream(signal: AbortSignal, hub: ListenHub, channels: readonly string[], queueSize: number): AsyncIterable<ListenEvent> {
  const queue = new EventQueue<ListenEvent>(queueSize);
  const remove = await hub.add(
    {
      notification: (channel, payload, senderPid) => queue.push({ type: "notification", channel, payload, senderPid }),
      gap: (reason) => queue.push({ type: "gap", reason }),
      fail: (err) => queue.fail(err),
    },
    channels,
  );
  yield* registeredEvents(signal, queue, remove);
}
