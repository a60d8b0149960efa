import pg from "pg";

/** What node-postgres's Query does internally and its public type leaves out. */
interface QueryInternals {
  readonly portal: string;
  readonly _result: { addCommandComplete(msg: unknown): void };
  _checkForMultirow(): void;
}

interface ProtocolConnection {
  execute(options: { portal: string; rows: number }): void;
  sync(): void;
}

/**
 * A query that reads at most `rows` rows in one round trip: Execute with a
 * row limit and Sync sent together, so PostgreSQL stops after that many rows
 * (PortalSuspended), and Sync ends the portal (or, inside a transaction
 * block, the next statement replaces it). node-postgres's own `rows` option
 * keeps fetching page after page; this one stops, so that an oversized
 * result is never read into memory.
 *
 * The limit is kept out of node-postgres's `rows`, which its pipeline mode
 * refuses (a portal read across round trips would take the answers of the
 * queries written behind it); this portal is done within its own Sync, so it
 * may be pipelined.
 */
class RowLimitedQuery extends pg.Query {
  readonly #limit: number;

  constructor(config: pg.QueryArrayConfig, limit: number, callback: (err: Error | undefined, result: unknown) => void) {
    // "extended": Parse/Bind/Execute even without parameters, so that Execute carries the limit.
    super({ ...config, queryMode: "extended" } as pg.QueryConfig, callback as never);
    this.#limit = limit;
  }

  _getRows(connection: ProtocolConnection): void {
    connection.execute({ portal: (this as unknown as QueryInternals).portal, rows: this.#limit });
    connection.sync();
  }

  /** The portal stays suspended: no more rows are asked for. */
  handlePortalSuspended(): void {}

  // node-postgres's own would send another Sync when `rows` is set; it was sent with Execute.
  handleCommandComplete(msg: unknown): void {
    const self = this as unknown as QueryInternals;
    self._checkForMultirow();
    self._result.addCommandComplete(msg);
  }

  handleEmptyQuery(): void {}
}

/** Runs `config` on `client`, answering at most `rows` (at least 1) of its rows. */
export function queryAtMostRows(client: pg.ClientBase, config: pg.QueryArrayConfig, rows: number): Promise<pg.QueryArrayResult> {
  return new Promise((resolve, reject) => {
    const query = new RowLimitedQuery(config, rows, (err, result) => (err ? reject(err) : resolve(result as pg.QueryArrayResult)));
    client.query(query as unknown as pg.QueryConfig);
  });
}
