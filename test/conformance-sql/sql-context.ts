import type { Client } from "@connectrpc/connect";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import type { SqlConformanceBackend } from "./sql-backends.js";

/** The row limit of unary answers in the matrix: small, so TOO_MANY_ROWS is cheap to reach. */
export const MAX_ROWS = 25;

/** What each suite of the SqlService matrix gets: a running server on one SQL backend. */
export interface SqlConformanceContext {
  readonly backend: SqlConformanceBackend;
  /** The backend's configured name in the server. */
  readonly backendName: string;
  server(): TestServer;
  sql(protocol: Protocol): Client<typeof SqlService>;
  /** A Target on the backend: the default namespace, and `collection` when given. */
  target(collection?: string): { backend: string; collection: string };
  /** A table name no other case uses. */
  newName(prefix: string): string;
  /** `count` placeholders, comma separated, in the backend's syntax. */
  placeholders(count: number): string;
}

/**
 * Starts DBX with the backend as its only (default) backend, and stops both
 * after the matrix. Call inside a describe block.
 */
export function sqlConformanceContext(
  backend: SqlConformanceBackend,
  hooks: { beforeAll: (fn: () => Promise<void>) => void; afterAll: (fn: () => Promise<void>) => void },
): SqlConformanceContext {
  let server: TestServer | undefined;
  let n = 0;
  const backendName = "sqldb";
  hooks.beforeAll(async () => {
    const config = await backend.start();
    server = await startTestServer({ defaultBackend: backendName, backends: { [backendName]: config }, server: { maxRowsPerResponse: MAX_ROWS } });
  });
  hooks.afterAll(async () => {
    await server?.close();
    await backend.stop();
  });
  const running = () => {
    if (!server) throw new Error("the SqlService conformance server did not start");
    return server;
  };
  return {
    backend,
    backendName,
    server: running,
    sql: (protocol) => running().client(SqlService, protocol),
    target: (collection = "") => ({ backend: backendName, collection }),
    newName: (prefix) => `${prefix}_${++n}_${Date.now().toString(36)}`,
    placeholders: (count) => Array.from({ length: count }, (_, i) => backend.placeholder(i + 1)).join(", "),
  };
}
