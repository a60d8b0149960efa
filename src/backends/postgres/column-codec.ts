import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import type { ColumnCodec } from "../sql/column-codec.js";
import type { PlanContext } from "../sql/sql-plan.js";
import type { ColumnShape } from "../sql/table-shape.js";
import { postgresArrayOps } from "./array-columns.js";
import { checkTypeModifier } from "./type-modifier.js";
import type { PgType } from "./pg-types.js";
import { postgresDialect } from "./postgres-dialect.js";
import { decodePgValue, encodePgValue, type PgRaw } from "./value-codec.js";

/** A table column as the PostgreSQL planners and codec see it (introspector.ts). */
export interface PostgresColumn extends ColumnShape {
  readonly pgType: PgType;
  /** pg_attribute.atttypmod: timestamp(p), numeric(p, s), varchar(n); -1 when none. */
  readonly typeModifier: number;
  readonly notNull: boolean;
  /** 1-based position in the primary key; 0 when not part of it. */
  readonly pkPosition: number;
}

/**
 * PostgreSQL's storage of DBX values for the planners: by the column's
 * native type (value-codec.ts). Page positions carry the stored text as a
 * native value, which reads back as exactly the stored value whatever the
 * type.
 */
export const postgresColumnCodec: ColumnCodec<PostgresColumn> = {
  encode(value, column, path) {
    const label = `column "${column.name}"`;
    const text = encodePgValue(value, column.pgType, path, label);
    checkTypeModifier(value, column.pgType, column.typeModifier, path, label);
    return text;
  },
  decode: (raw, column) => decodePgValue(raw as PgRaw, column.pgType),
  marshalPosition: (raw, column): TypedValue => ({
    $typeName: "dbx.v1.TypedValue",
    kind: {
      case: "nativeValue",
      value: { $typeName: "dbx.v1.NativeValue", typeName: column.pgType.name, representation: { case: "text", value: positionText(raw) } },
    },
  }),
  unmarshalPosition(value, column, path) {
    if (value.kind.case !== "nativeValue" || value.kind.value.representation.case !== "text") throw invalidField(path, "not a page token of this server");
    return encodePgValue(value, column.pgType, path, `column "${column.name}"`);
  },
  sameStored: (a, b) => a === b,
  // Types without btree equality (json, xml, geometry) compare by their text, the operand read as the column's type first.
  comparable: (column, expression) => (column.pgType.compareAsText ? `CAST(CAST(${expression} AS ${column.pgType.name}) AS text)` : expression),
  textual: (column) => column.pgType.kind === "text",
  numeric: (column) => {
    const kind = column.pgType.kind;
    return kind === "int" ? "integer" : kind === "float4" || kind === "float8" || kind === "numeric" ? "float" : undefined;
  },
  array: (column, expression) => postgresArrayOps(column.pgType, expression),
};

/** A stored value as text: bytea arrives as bytes (plan-runner.ts) and goes back as hex input. */
function positionText(raw: unknown): string {
  if (typeof raw === "string") return raw;
  return `\\x${Buffer.from(raw as Uint8Array).toString("hex")}`;
}

/** How PostgreSQL spells and stores what the planners (src/backends/sql/) produce. */
export const postgresPlanContext: PlanContext<PostgresColumn> = { dialect: postgresDialect, codec: postgresColumnCodec };
