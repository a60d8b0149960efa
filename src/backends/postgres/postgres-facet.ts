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
import type { PostgresPool } from "./connection-pool.js";
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
 * on pooled connections.
 */
export class PostgresServiceFacet implements PostgresFacet {
  readonly #hub: ListenHub;
  /** Result columns of routine calls, described from the catalog as SqlService describes them. */
  readonly #columns: ResultColumns;

  constructor(
    private readonly backend: string,
    private readonly pool: PostgresPool,
    private readonly executor: PostgresExecutor,
    /** The backend's types, by which values are encoded and decoded. */
    private readonly types: PgTypeRegistry,
    /** Notifications a Listen stream may fall behind before it ends with RESOURCE_EXHAUSTED (listenQueueSize). */
    private readonly listenQueueSize: number,
  ) {
    this.#hub = new ListenHub(backend, () => pool.connectDedicated());
    this.#columns = new ResultColumns(types);
  }

  listen(ctx: OperationContext, call: PostgresListenCall): AsyncIterable<ListenEvent> {
    return listenStream(ctx.signal, this.#hub, call.channels, this.listenQueueSize);
  }

  async notify(ctx: OperationContext, call: PostgresNotifyCall): Promise<void> {
    await this.executor.run(ctx, (connection) => connection.query(ctx, "SELECT pg_notify($1, $2)", [call.channel, call.payload]));
  }

  copyIn(ctx: OperationContext, call: PostgresCopyInCall): Promise<bigint> {
    return copyIn(ctx, this.pool, this.backend, call, this.types);
  }

  copyOut(ctx: OperationContext, call: PostgresCopyOutCall): AsyncIterable<Uint8Array> {
    return copyOut(ctx, this.pool, this.types, this.backend, call);
  }

  callFunction(ctx: OperationContext, call: PostgresRoutineCall): Promise<SqlRows> {
    return this.executor.run(ctx, (connection) => callFunction(ctx, connection, this.types, this.#columns, call), call.session);
  }

  callProcedure(ctx: OperationContext, call: PostgresRoutineCall): Promise<ProcedureOutcome> {
    return this.executor.run(ctx, (connection) => callProcedure(ctx, connection, this.types, this.#columns, call), call.session);
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
