import { ColumnType } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import type { ColumnCodec } from "../sql/column-codec.js";
import type { PlanContext } from "../sql/sql-plan.js";
import { sqliteDialect } from "./sqlite-dialect.js";
import type { ColumnMeta } from "./table-metadata.js";
import { decodeForColumn, decodeStorage, encodeForColumn, encodeParam } from "./value-codec.js";

/**
 * SQLite's storage of DBX values for the planners: the column's declared
 * type decides (value-codec.ts). Page positions carry the storage class
 * itself, so a key written by plain SQL in another form than its column's
 * type still pages exactly.
 */
export const sqliteColumnCodec: ColumnCodec<ColumnMeta> = {
  encode: encodeForColumn,
  decode: (raw, column) => decodeForColumn(raw, column.type),
  marshalPosition: (raw) => decodeStorage(raw),
  unmarshalPosition: (value, _column, path) => encodeParam(value, path),
  sameStored: (a, b) => (Buffer.isBuffer(a) && Buffer.isBuffer(b) ? a.equals(b) : a === b),
  // Decimals are stored as text; dbx_decimal_key (connection.ts) orders them by value.
  comparable: (column, expression) => (column.type === ColumnType.DECIMAL ? `dbx_decimal_key(${expression})` : expression),
  textual: (column) => column.type === ColumnType.STRING || column.type === ColumnType.JSON || column.type === ColumnType.UNSPECIFIED,
  numeric: (column) => (column.type === ColumnType.INT64 ? "integer" : column.type === ColumnType.DOUBLE ? "float" : undefined),
};

/** How SQLite spells and stores what the planners (src/backends/sql/) produce. */
export const sqlitePlanContext: PlanContext<ColumnMeta> = { dialect: sqliteDialect, codec: sqliteColumnCodec };
