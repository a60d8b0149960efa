import { ForeignKeyAction } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import type { SqlForeignKey } from "../facets/sql.js";
import type { SqliteConnection } from "./connection.js";
import { SQLITE_SCHEMA } from "./namespace.js";

/** pragma_foreign_key_list's on_update / on_delete. */
const ACTIONS: Readonly<Record<string, ForeignKeyAction>> = {
  "NO ACTION": ForeignKeyAction.NO_ACTION,
  RESTRICT: ForeignKeyAction.RESTRICT,
  CASCADE: ForeignKeyAction.CASCADE,
  "SET NULL": ForeignKeyAction.SET_NULL,
  "SET DEFAULT": ForeignKeyAction.SET_DEFAULT,
};

/** One row per column of each key (`id`), in key order (`seq`). */
const FOREIGN_KEY_LIST = `SELECT id, "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?, '${SQLITE_SCHEMA}') ORDER BY id, seq`;

/** What a key naming no columns references. */
const PRIMARY_KEY = `SELECT name FROM pragma_table_info(?, '${SQLITE_SCHEMA}') WHERE pk > 0 ORDER BY pk`;

type ForeignKeyRow = [id: number, table: string, from: string, to: string | null, onUpdate: string, onDelete: string];

/**
 * The foreign keys of a table, in the order SQLite lists them. SQLite keeps
 * no constraint names nor deferrability where a pragma can read them: names
 * are "" and `deferrable` false. A key that names no referenced columns
 * references the primary key, whose columns are answered (none when the
 * referenced table does not exist, which SQLite allows).
 */
export function foreignKeysOf(connection: SqliteConnection, table: string): SqlForeignKey[] {
  const rows = connection.statement(FOREIGN_KEY_LIST).all(table) as ForeignKeyRow[];
  const keys = new Map<number, SqlForeignKey>();
  for (const [id, referenced, from, to, onUpdate, onDelete] of rows) {
    let key = keys.get(id);
    if (!key) {
      key = {
        name: "",
        columns: [],
        referencedTable: { namespace: SQLITE_SCHEMA, table: referenced },
        referencedColumns: [],
        onDelete: ACTIONS[onDelete] ?? ForeignKeyAction.UNSPECIFIED,
        onUpdate: ACTIONS[onUpdate] ?? ForeignKeyAction.UNSPECIFIED,
        deferrable: false,
        initiallyDeferred: false,
      };
      keys.set(id, key);
    }
    key.columns.push(from);
    if (to !== null) key.referencedColumns.push(to);
  }
  for (const key of keys.values()) {
    if (key.referencedColumns.length === 0) key.referencedColumns = connection.values(PRIMARY_KEY, key.referencedTable.table) as string[];
  }
  return [...keys.values()];
}
