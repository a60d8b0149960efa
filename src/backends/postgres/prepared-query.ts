import pg from "pg";
import type { PostgresField, PostgresResult } from "./postgres-connection.js";

/** The part of node-postgres's connection a Submittable drives (pg/lib/connection.js; pg-cursor drives the same). */
interface PgConnection {
  readonly stream: { cork?(): void; uncork?(): void };
  readonly parsedStatements: Record<string, string>;
  readonly submittedNamedStatements: Record<string, string>;
  parse(query: { text: string; name: string; types?: readonly number[] }): void;
  bind(config: { statement: string; values: readonly unknown[] }): void;
  describe(message: { type: "P"; name: string }): void;
  execute(config: object): void;
  sync(): void;
  sendCopyFail(message: string): void;
}

/** node-postgres's own parameter conversion (arrays to array literals, Buffers kept), which its Query applies too. */
const { prepareValue } = (pg as unknown as { utils: { prepareValue(value: unknown): string | Buffer | null } }).utils;

interface RowDescription {
  readonly fields: readonly { name: string; dataTypeID: number; dataTypeModifier: number; tableID: number; columnID: number }[];
}

/**
 * One named prepared statement run through node-postgres's Submittable
 * interface (the one pg-cursor uses) rather than its Query class: the rows
 * stay PostgreSQL's text (value-codec.ts decodes them by type), so there is
 * no config clone, no type-parser lookup per column and no Result object per
 * statement, most of the driver's own cost of a point read. The messages are
 * Query's: Parse the first time on a connection, then Bind, Describe,
 * Execute and Sync in one write.
 */
export class PreparedQuery implements pg.Submittable {
  /** Read by node-postgres: a failed Parse makes it forget the name (client.js _handleErrorMessage). */
  readonly name: string;
  readonly text: string;
  readonly result: Promise<PostgresResult>;
  #fields: PostgresField[] = [];
  readonly #rows: (string | null)[][] = [];
  #command = "";
  #rowCount: number | null = null;
  #failure: unknown;
  readonly #values: (string | Buffer | null)[];
  #resolve!: (result: PostgresResult) => void;
  #reject!: (err: unknown) => void;

  /** Throws when a parameter cannot be converted, before anything is written to the connection. */
  constructor(
    text: string,
    name: string,
    values: readonly unknown[],
    private readonly paramTypes: readonly number[] | undefined,
  ) {
    this.text = text;
    this.name = name;
    this.#values = values.map((v) => prepareValue(v));
    this.result = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
  }

  submit(connection: pg.Connection): void {
    const c = connection as unknown as PgConnection;
    const parsed = c.parsedStatements[this.name] !== undefined || c.submittedNamedStatements[this.name] !== undefined;
    c.stream.cork?.();
    try {
      if (!parsed) {
        c.parse({ text: this.text, name: this.name, types: this.paramTypes });
        c.submittedNamedStatements[this.name] = this.text;
      }
      c.bind({ statement: this.name, values: this.#values });
      c.describe({ type: "P", name: "" });
      c.execute({});
      c.sync();
    } catch (err) {
      // The client waits for a ReadyForQuery before its next query: a Sync brings it, and the failure with it.
      this.#failure = err;
      c.sync();
    } finally {
      c.stream.uncork?.();
    }
  }

  handleRowDescription(message: RowDescription): void {
    this.#fields = message.fields.map((f) => ({ name: f.name, typeId: f.dataTypeID, typeModifier: f.dataTypeModifier, tableId: f.tableID, columnId: f.columnID }));
  }

  handleDataRow(message: { fields: (string | null)[] }): void {
    this.#rows.push(message.fields);
  }

  handleCommandComplete(message: { text: string }): void {
    const [command, first, second] = message.text.split(" ");
    this.#command = command;
    // "INSERT oid rows", else "VERB rows" (or a bare tag: BEGIN, CREATE TABLE).
    const count = second !== undefined && /^\d+$/.test(second) ? second : first;
    this.#rowCount = count !== undefined && /^\d+$/.test(count) ? Number(count) : null;
  }

  handleEmptyQuery(): void {}

  handlePortalSuspended(): void {}

  /** A statement error, or the connection's: node-postgres stops treating this query as active, and no ReadyForQuery reaches it. */
  handleError(err: unknown): void {
    this.#reject(err);
  }

  handleReadyForQuery(): void {
    if (this.#failure !== undefined) this.#reject(this.#failure);
    else this.#resolve({ fields: this.#fields, rows: this.#rows, rowCount: this.#rowCount, command: this.#command });
  }

  /** A COPY ... FROM STDIN prepared as a plain statement: refused the way node-postgres's Query refuses it. */
  handleCopyInResponse(connection: pg.Connection): void {
    (connection as unknown as PgConnection).sendCopyFail("No source stream defined");
  }

  handleCopyData(): void {}
}
