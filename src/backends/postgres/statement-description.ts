import type pg from "pg";
import type { PostgresField } from "./postgres-connection.js";

interface ProtocolConnection {
  parse(query: { text: string; name: string; types: readonly number[] }): void;
  describe(message: { type: "S"; name: string }): void;
  sync(): void;
  stream: { cork?(): void; uncork?(): void };
}

interface RowDescriptionField {
  readonly name: string;
  readonly tableID: number;
  readonly columnID: number;
  readonly dataTypeID: number;
  readonly dataTypeModifier: number;
}

/**
 * Parse and Describe of a statement, without running it: what PostgreSQL
 * answers for a statement it compiled (RowDescription, or NoData for a
 * statement that answers no rows). The unnamed statement is used, so no
 * prepared statement is left on the connection; node-postgres has no such
 * call, so this is a Submittable it runs in its queue like any query.
 */
class DescribeStatement {
  #fields: PostgresField[] = [];

  constructor(
    private readonly text: string,
    private readonly types: readonly number[],
    private readonly callback: (err: Error | undefined, fields: PostgresField[]) => void,
  ) {}

  submit(connection: ProtocolConnection): void {
    connection.stream.cork?.();
    try {
      connection.parse({ text: this.text, name: "", types: this.types });
      connection.describe({ type: "S", name: "" });
      connection.sync();
    } finally {
      connection.stream.uncork?.();
    }
  }

  handleRowDescription(message: { fields: RowDescriptionField[] }): void {
    this.#fields = message.fields.map((f) => ({ name: f.name, typeId: f.dataTypeID, typeModifier: f.dataTypeModifier, tableId: f.tableID, columnId: f.columnID }));
  }

  // node-postgres stops routing messages to a query once it failed (the
  // ReadyForQuery after it, which Sync asked for, included): answer now.
  handleError(err: Error): void {
    this.callback(err, []);
  }

  handleReadyForQuery(): void {
    this.callback(undefined, this.#fields);
  }

  handleParseComplete(): void {}
  handleEmptyQuery(): void {}
  handleCommandComplete(): void {}
  handleDataRow(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(): void {}
  handleCopyData(): void {}
}

/** The result columns a statement would answer (none for statements without rows), by Parse and Describe. */
export function describeStatement(client: pg.ClientBase, sql: string, paramTypes: readonly number[]): Promise<PostgresField[]> {
  return new Promise((resolve, reject) => {
    client.query(new DescribeStatement(sql, paramTypes, (err, fields) => (err ? reject(err) : resolve(fields))) as unknown as pg.QueryConfig);
  });
}
