import type { CopyFormat } from "../../../gen/ts/dbx/postgres/v1/postgres_pb.js";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import type { CollectionRef } from "../backend-calls.js";
import type { OperationContext } from "../backend.js";
import type { SqlResultColumn, SqlRows, SqlSession } from "./sql.js";

/** One event of a Listen stream: `ready` once in place, then notifications, and `gap` after a reconnect. */
export type ListenEvent =
  | { readonly type: "ready" }
  | { readonly type: "notification"; readonly channel: string; readonly payload: string; readonly senderPid: number }
  | { readonly type: "gap"; readonly reason: string };

export interface PostgresListenCall {
  /** Checked: 1 to 63 bytes each, no duplicates. */
  readonly channels: readonly string[];
}

export interface PostgresNotifyCall {
  readonly channel: string;
  /** At most 7999 bytes of UTF-8. */
  readonly payload: string;
}

/** Options of the TEXT and CSV formats; defaults are PostgreSQL's. */
export interface CopyTextOptions {
  readonly header: boolean;
  /** One single-byte character; undefined: the format's default. */
  readonly delimiter: string | undefined;
  /** undefined: the format's default. */
  readonly nullString: string | undefined;
}

/** One message of a COPY in: rows of typed values, or bytes of TEXT, CSV or BINARY data. */
export type CopyInBatch = { readonly rows: readonly (readonly TypedValue[])[] } | { readonly data: Uint8Array };

export interface PostgresCopyInCall {
  readonly table: CollectionRef;
  /** Empty: every column of the table, in order. */
  readonly columns: readonly string[];
  /** UNSPECIFIED: the batches carry rows. */
  readonly format: CopyFormat;
  readonly options: CopyTextOptions;
  /** The batches, in order; the copy is committed once they end without error. */
  readonly batches: AsyncIterable<CopyInBatch>;
}

/** What a COPY out reads: a table (some or all of its columns), or a query with its parameters. */
export type CopyOutSource =
  | { readonly table: CollectionRef; readonly columns: readonly string[] }
  | { readonly query: string; readonly params: readonly TypedValue[]; readonly namespace: string };

export interface PostgresCopyOutCall {
  readonly source: CopyOutSource;
  /** TEXT, CSV or BINARY. */
  readonly format: CopyFormat;
  readonly options: CopyTextOptions;
  /** Bytes per chunk at most. */
  readonly chunkSize: number;
}

/** An argument of a routine call: positional when `name` is empty. */
export interface RoutineArgumentValue {
  readonly name: string;
  readonly value: TypedValue;
  /** A PostgreSQL type name, or "" to let PostgreSQL infer it. */
  readonly type: string;
}

export interface PostgresRoutineCall {
  /** The routine: its schema ("" for the search path) and name. */
  readonly routine: CollectionRef;
  /** Positional arguments first. */
  readonly arguments: readonly RoutineArgumentValue[];
  /** Most rows answered; TOO_MANY_ROWS past it. */
  readonly maxRows: number;
  /** Role and settings for this call only (row-level security); undefined for none. */
  readonly session: SqlSession | undefined;
}

/** A procedure's OUT and INOUT parameters. */
export interface ProcedureOutcome {
  columns: SqlResultColumn[];
  /** One value per column; undefined when the procedure has no OUT parameters. */
  values: TypedValue[] | undefined;
}

/**
 * What dbx.postgres.v1.PostgresService needs from a PostgreSQL backend.
 * Requests arrive checked by the service (sizes, counts, required fields);
 * identifiers are quoted by the adapter, values bound or encoded by it.
 */
export interface PostgresFacet {
  /** Yields `ready`, then notifications and gaps until `ctx.signal` aborts. */
  listen(ctx: OperationContext, call: PostgresListenCall): AsyncIterable<ListenEvent>;
  notify(ctx: OperationContext, call: PostgresNotifyCall): Promise<void>;
  /** Answers the rows copied; nothing is copied when the batches fail. */
  copyIn(ctx: OperationContext, call: PostgresCopyInCall): Promise<bigint>;
  /** The COPY output in chunks of at most `chunkSize` bytes. */
  copyOut(ctx: OperationContext, call: PostgresCopyOutCall): AsyncIterable<Uint8Array>;
  callFunction(ctx: OperationContext, call: PostgresRoutineCall): Promise<SqlRows>;
  callProcedure(ctx: OperationContext, call: PostgresRoutineCall): Promise<ProcedureOutcome>;
}
