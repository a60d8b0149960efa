import { ColumnType } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import type { SqlDialect } from "../sql/dialect.js";
import { quoteIdentifierAnsi } from "../sql/identifier.js";
import { DECLARED_TYPES } from "./column-type.js";

/** GLOB is case-sensitive (LIKE is not, for ASCII) and can use an index; its wildcards are escaped as classes. */
function escapeGlob(text: string): string {
  return text.replace(/[*?[]/g, (c) => `[${c}]`);
}

/** SQLite's SQL, as the shared SQL layer needs it. */
export const sqliteDialect: SqlDialect = {
  name: "sqlite",
  quoteIdentifier: quoteIdentifierAnsi,
  placeholder: () => "?",
  columnType(type) {
    if (type === ColumnType.UNSPECIFIED) throw new Error("a column type is required");
    return DECLARED_TYPES[type];
  },
  startsWith: (column, prefix, bind) => `${column} GLOB ${bind(`${escapeGlob(prefix)}*`)}`,
  contains: (column, needle, bind) => `instr(${column}, ${bind(needle)}) > 0`,
  isNotDistinctFrom: (left, right) => `${left} IS ${right}`,
  isDistinctFrom: (left, right) => `${left} IS NOT ${right}`,
};
