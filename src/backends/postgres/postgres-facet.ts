// For the lead: EventQueue (src/backends/redis/event-queue.ts) is not Redis-specific; it would belong in
// a shared place (src/backends/event-queue.ts) now that two adapters use it.
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
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
import { EventQueue } from "../redis/event-queue.js";
import type { PostgresPool } from "./connection-pool.js";
import { copyIn, type ValueTextEncoder } from "./copy-in.js";
import { copyOut } from "./copy-out.js";
import type { PostgresExecutor } from "./executor.js";
import { ListenHub } from "./listen-hub.js";
import { callFunction, callProcedure, type RoutineCodec } from "./routine-call.js";

/** The value conversions PostgresService needs from the backend's codec. */
export interface PostgresFacetCodec extends RoutineCodec {
  /** A value as the input function of a column's type reads it (COPY of rows). */
  readonly text: ValueTextEncoder;
}

/**
 * dbx.postgres.v1.PostgresService on one PostgreSQL backend: LISTEN through
 * the backend's shared ListenHub, NOTIFY, COPY in and out, and routine calls
 * on pooled connections.
 */
export class PostgresServiceFacet implements PostgresFacet {
  readonly #hub: ListenHub;

  constructor(
    private readonly backend: string,
    private readonly pool: PostgresPool,
    private readonly executor: PostgresExecutor,
    private readonly codec: PostgresFacetCodec,
    /** Notifications a Listen stream may fall behind before it ends with RESOURCE_EXHAUSTED (listenQueueSize). */
    private readonly listenQueueSize: number,
  ) {
    this.#hub = new ListenHub(backend, () => pool.connectDedicated());
  }

  listen(ctx: OperationContext, call: PostgresListenCall): AsyncIterable<ListenEvent> {
    return listenStream(ctx.signal, this.#hub, call.channels, this.listenQueueSize);
  }

  async notify(ctx: OperationContext, call: PostgresNotifyCall): Promise<void> {
    await this.executor.run(ctx, (connection) => connection.query(ctx, "SELECT pg_notify($1, $2)", [call.channel, call.payload]));
  }

  copyIn(ctx: OperationContext, call: PostgresCopyInCall): Promise<bigint> {
    return copyIn(ctx, this.pool, this.backend, call, this.codec.text);
  }

  copyOut(ctx: OperationContext, call: PostgresCopyOutCall): AsyncIterable<Uint8Array> {
    const params = "query" in call.source ? call.source.params.map((value: TypedValue, i) => this.codec.param(value, `params[${i}]`)) : [];
    return copyOut(ctx, this.pool, this.backend, call, params);
  }

  callFunction(ctx: OperationContext, call: PostgresRoutineCall): Promise<SqlRows> {
    return this.executor.run(ctx, (connection) => callFunction(ctx, connection, this.codec, call));
  }

  callProcedure(ctx: OperationContext, call: PostgresRoutineCall): Promise<ProcedureOutcome> {
    return this.executor.run(ctx, (connection) => callProcedure(ctx, connection, this.codec, call));
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
  // UNLISTENed when the call ends, even if this generator is never resumed; remove() runs once.
  const onAbort = (): void => {
    queue.end();
    remove();
  };
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    if (signal.aborted) return;
    yield { type: "ready" };
    yield* queue;
  } finally {
    signal.removeEventListener("abort", onAbort);
    remove();
  }
}
