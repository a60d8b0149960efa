import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CollectionRef } from "../../src/backends/backend-calls.js";
import type { Backend, OperationContext } from "../../src/backends/backend.js";
import { contextOf } from "../../src/backends/operation-context.js";
import type { SqlFacet } from "../../src/backends/facets/sql.js";
import type { SqliteFacet } from "../../src/backends/facets/sqlite.js";
import { createSqliteBackend } from "../../src/backends/sqlite/index.js";

/** A SQLite backend on a real database (a file in a temp folder, or :memory:), opened. */
export interface SqliteFixture {
  readonly backend: Backend;
  readonly sql: SqlFacet;
  readonly sqlite: SqliteFacet;
  readonly dir: string;
  /** Runs SQL directly through the SQL facet (setup). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** A context without deadline, in `transaction` when given. */
export function ctx(transaction?: OperationContext["transaction"], signal = new AbortController().signal): OperationContext {
  return contextOf({ signal, transaction });
}

/** A table of the backend's default namespace, or of `namespace`. */
export function at(collection: string, namespace = ""): CollectionRef {
  return { namespace, collection };
}

export async function openSqlite(
  options: { memory?: boolean; file?: string } & Record<string, unknown> = {},
): Promise<SqliteFixture> {
  const { memory, file, ...rest } = options;
  const dir = await mkdtemp(join(tmpdir(), "dbx-sqlite-test-"));
  const url = memory ? "sqlite::memory:" : `sqlite:${join(dir, file ?? "data/test.db")}`;
  const backend = createSqliteBackend("main", { url, ...rest });
  await backend.open();
  const sql = backend.facets.sql!;
  return {
    backend,
    sql,
    sqlite: backend.facets.sqlite!,
    dir,
    async exec(text) {
      await sql.exec(ctx(), { namespace: "", statement: { source: { sql: text }, params: [] } });
    },
    async close() {
      await backend.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
