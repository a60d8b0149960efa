import { randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import type { SqliteConnection, SqliteStatement } from "./connection.js";

interface Prepared {
  readonly sql: string;
  statement: SqliteStatement | undefined;
}

/**
 * Statements compiled by SqlService.Prepare, by id. The least recently used
 * are forgotten past the configured maximum. Each keeps its SQL text, so it
 * is compiled again when the database was replaced (Restore) or while its
 * compiled form is busy in a stream.
 */
export class PreparedStatements {
  readonly #byId: LRUCache<string, Prepared>;

  constructor(
    private readonly backend: string,
    max: number,
  ) {
    this.#byId = new LRUCache({ max });
  }

  get size(): number {
    return this.#byId.size;
  }

  add(sql: string, statement: SqliteStatement): string {
    const id = randomUUID();
    this.#byId.set(id, { sql, statement });
    return id;
  }

  /** The SQL text of a prepared statement; NOT_FOUND naming `field` when unknown. */
  sql(id: string, field: string): string {
    return this.#entry(id, field).sql;
  }

  /** The compiled statement, ready on the connection's current database. */
  statement(id: string, field: string, connection: SqliteConnection): SqliteStatement {
    const entry = this.#entry(id, field);
    const current = entry.statement;
    if (current && current.database === connection.db && !current.busy) return current.reader ? current.raw(true) : current;
    entry.statement = connection.prepare(entry.sql);
    return entry.statement;
  }

  close(id: string): boolean {
    return this.#byId.delete(id);
  }

  #entry(id: string, field: string): Prepared {
    const entry = this.#byId.get(id);
    if (!entry) {
      throw dbxError(
        ErrorReason.NOT_FOUND,
        `${field}: no prepared statement "${id}" on backend "${this.backend}" (closed, forgotten past the limit, or the server restarted); prepare it again`,
        { backend: this.backend, statement_id: id },
      );
    }
    return entry;
  }
}
