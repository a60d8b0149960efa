import { randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";

/**
 * Statements of SqlService.Prepare, by id: their checked SQL text, at most
 * `maxPreparedStatements` (the least recently used are forgotten). The
 * server-side prepared statements are per pooled connection
 * (postgres-connection.ts prepares each text once per connection and
 * deallocates the least recently used), so an id works on any connection.
 */
export class PreparedSql {
  readonly #byId: LRUCache<string, string>;

  constructor(
    private readonly backend: string,
    max: number,
  ) {
    this.#byId = new LRUCache({ max });
  }

  add(sql: string): string {
    const id = randomUUID();
    this.#byId.set(id, sql);
    return id;
  }

  /** The SQL text of a prepared statement; NOT_FOUND naming `field` when unknown. */
  sql(id: string, field: string): string {
    const sql = this.#byId.get(id);
    if (sql === undefined) {
      throw dbxError(
        ErrorReason.NOT_FOUND,
        `${field}: no prepared statement "${id}" on backend "${this.backend}" (closed, forgotten past the limit, or the server restarted); prepare it again`,
        { backend: this.backend, statement_id: id },
      );
    }
    return sql;
  }

  close(id: string): boolean {
    return this.#byId.delete(id);
  }
}
