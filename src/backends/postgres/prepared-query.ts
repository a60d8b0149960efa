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
 * Query's: Parse the first time on a connection, then Bind, Describe (until
 * the result columns are known), Execute and Sync in one write.
 */
export class PreparedQuery implements pg.Submittable {
  /** Read by node-postgres: a failed Parse makes it forget the name (client.js _handleErrorMessage). */
  readonly name: string;
  readonly text: string;
  readonly result: Promise<PostgresResult>;
  #fields: readonly PostgresField[] = [];
  readonly #rows: (string | null)[][] = [];
  #command = "";
  #rowCount: number | null = null;
  #failure: unknown;
  readonly #values: (string | Buffer | null)[];
  #resolve!: (result: PostgresResult) => void;
  #reject!: (err: unknown) => void;

  /**
   * Throws when a parameter cannot be converted, before anything is written
   * to the connection. `knownFields` are the statement's columns when this
   * connection ran it before: its result shape cannot change without
   * PostgreSQL failing the statement (0A000, the caller forgets them), so the
   * Describe round of messages is left out.
   */
  constructor(
    text: string,
    name: string,
    values: readonly unknown[],
    private readonly paramTypes: readonly number[] | undefined,
    private readonly knownFields: readonly PostgresField[] | undefined,
  ) {
    this.text = text;
    this.name = name;
    if (knownFields) this.#fields = knownFields;
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
      if (!parsed || !this.knownFields) c.describe({ type: "P", name: "" });
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

  /** The command tag: "SELECT rows", "INSERT oid rows", "UPDATE rows", or a bare tag (BEGIN, CREATE TABLE). */
  handleCommandComplete(message: { text: string }): void {
    const tag = message.text;
    const space = tag.indexOf(" ");
    this.#command = space < 0 ? tag : tag.slice(0, space);
    const last = tag.lastIndexOf(" ");
    const count = last < 0 ? NaN : Number(tag.slice(last + 1));
    this.#rowCount = Number.isInteger(count) && count >= 0 ? count : null;
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
