import pg from "pg";
import { CopyFormat } from "../../../gen/ts/dbx/postgres/v1/postgres_pb.js";
import type { CollectionRef } from "../backend-calls.js";
import type { CopyTextOptions } from "../facets/postgres.js";
import { quoteIdentifierAnsi } from "../sql/identifier.js";

const FORMAT_NAMES: Readonly<Record<CopyFormat, string>> = {
  [CopyFormat.UNSPECIFIED]: "text",
  [CopyFormat.TEXT]: "text",
  [CopyFormat.CSV]: "csv",
  [CopyFormat.BINARY]: "binary",
};

/** `"schema"."table" ("a", "b")`: the table (search path when no schema) and its columns, quoted. */
export function copyTableName(table: CollectionRef, columns: readonly string[]): string {
  const name = table.namespace ? `${quoteIdentifierAnsi(table.namespace)}.${quoteIdentifierAnsi(table.collection)}` : quoteIdentifierAnsi(table.collection);
  return columns.length > 0 ? `${name} (${columns.map(quoteIdentifierAnsi).join(", ")})` : name;
}

/**
 * `WITH (FORMAT csv, HEADER true, DELIMITER ';', NULL '')`. COPY takes its
 * options as literals only (no parameters): the delimiter and NULL text are
 * written as literals by node-postgres' escapeLiteral (libpq's
 * PQescapeLiteral rules), after the service checked them.
 */
export function copyOptionsClause(format: CopyFormat, options: CopyTextOptions): string {
  const parts = [`FORMAT ${FORMAT_NAMES[format]}`];
  if (options.header) parts.push("HEADER true");
  if (options.delimiter !== undefined) parts.push(`DELIMITER ${pg.escapeLiteral(options.delimiter)}`);
  if (options.nullString !== undefined) parts.push(`NULL ${pg.escapeLiteral(options.nullString)}`);
  return `WITH (${parts.join(", ")})`;
}
