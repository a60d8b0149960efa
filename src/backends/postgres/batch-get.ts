import type { Item } from "../../../gen/ts/dbx/v1/value_pb.js";
import { projection, rowDecoder } from "../sql/projection.js";
import { SqlBuilder } from "../sql/sql-builder.js";
import type { SqlPlan } from "../sql/sql-plan.js";
import { formatArrayText } from "./array-literal.js";
import { postgresColumnCodec } from "./column-codec.js";
import type { PostgresTable } from "./introspector.js";
import { postgresDialect } from "./postgres-dialect.js";

/**
 * BatchGet in one statement: the bound keys (in storage form) as one array
 * parameter per key column, unnested with their position and joined to the
 * table, so each answered row says which requested key it is for. Keys
 * never found answer undefined; a key asked twice is answered twice. The
 * text depends on the table and the fields only (one prepared statement
 * for any number of keys).
 */
export function batchGetPlan(table: PostgresTable, keys: readonly (readonly unknown[])[], fields: readonly string[]): SqlPlan<(Item | undefined)[]> {
  const q = postgresDialect.quoteIdentifier;
  const columns = projection(table, fields, "fields");
  const sql = new SqlBuilder(postgresDialect);
  const keyArrays = table.keyColumns.map((c, i) => `CAST(${sql.bind(formatArrayText(keys.map((k) => k[i] as string), ","))} AS ${c.pgType.name}[])`);
  const aliases = table.keyColumns.map((_, i) => `dbx_k${i}`);
  const join = table.keyColumns.map((c, i) => `dbx_t.${q(c.name)} = dbx_keys.${aliases[i]}`).join(" AND ");
  const text =
    `SELECT dbx_keys.dbx_n, ${columns.map((c) => `dbx_t.${q(c.name)}`).join(", ")} ` +
    `FROM unnest(${keyArrays.join(", ")}) WITH ORDINALITY AS dbx_keys(${aliases.join(", ")}, dbx_n) ` +
    `JOIN ${postgresDialect.table(table.namespace, table.name)} AS dbx_t ON ${join}`;
  const decode = rowDecoder(postgresColumnCodec, columns);
  return {
    sql: text,
    params: sql.params,
    reads: "rows",
    decode: ({ rows }) => {
      const records: (Item | undefined)[] = new Array(keys.length).fill(undefined);
      for (const row of rows) records[Number(row[0]) - 1] = decode(row.slice(1));
      return records;
    },
  };
}
