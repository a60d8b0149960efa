import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import type { OperationContext } from "../operation-context.js";
import type { PostgresConnection } from "./postgres-connection.js";
import type { PgTypeRegistry } from "./type-registry.js";
import { encodePgValue } from "./value-codec.js";

/** A value to bind, with the PostgreSQL type asked for (OID), or 0 to let PostgreSQL infer it. */
export interface ParamToBind {
  readonly value: TypedValue;
  readonly typeId: number;
  /** The request path of the value, for errors. */
  readonly field: string;
}

/** Values ready for node-postgres: texts in their types' input syntax (null for NULL) and the OIDs to send. */
export interface BoundParams {
  readonly values: (string | null)[];
  readonly typeIds: number[];
}

/** The type whose input syntax writes a value of each kind when the caller named none. */
const KIND_TYPES: Readonly<Partial<Record<NonNullable<TypedValue["kind"]["case"]>, number>>> = {
  boolValue: 16,
  intValue: 20,
  doubleValue: 701,
  stringValue: 25,
  bytesValue: 17,
  timestampValue: 1184,
  decimalValue: 1700,
  jsonValue: 3802,
  mapValue: 3802,
  dateValue: 1082,
  timeValue: 1083,
  datetimeValue: 1114,
  intervalValue: 1186,
};

/** The array type of each type above (pg_type.typarray). */
const ARRAY_TYPES: ReadonlyMap<number, number> = new Map([
  [16, 1000],
  [20, 1016],
  [701, 1022],
  [25, 1009],
  [17, 1001],
  [1184, 1185],
  [1700, 1231],
  [3802, 3807],
  [1082, 1182],
  [1083, 1183],
  [1114, 1115],
  [1186, 1187],
]);

/**
 * Encodes values as bound parameters. A value with a type is written in that
 * type's input syntax and sent with its OID. A value without one is written
 * in the syntax of the type its kind names (int → int8, bytes → bytea, ...)
 * and sent as `unknown`, so that PostgreSQL types it by where it stands (an
 * int8 text binds to an int4 parameter, as a literal would); a native value
 * goes as its text.
 */
export async function bindParams(ctx: OperationContext, connection: PostgresConnection, types: PgTypeRegistry, params: readonly ParamToBind[]): Promise<BoundParams> {
  const writeAs = params.map((p) => (p.typeId !== 0 ? p.typeId : kindType(p.value, p.field)));
  await types.load(ctx, connection, writeAs.filter((oid): oid is number => oid !== undefined));
  const values = params.map((p, i) => {
    const oid = writeAs[i];
    if (oid === undefined) return nativeText(p.value, p.field);
    return encodePgValue(p.value, types.get(oid)!, p.field, p.typeId !== 0 ? `the parameter's type` : "the value");
  });
  return { values, typeIds: params.map((p) => p.typeId) };
}

/** The type a value of this kind is written as; undefined for NULL and native values, which need none. */
function kindType(value: TypedValue, field: string): number | undefined {
  const k = value.kind;
  if (k.case === "nullValue" || k.case === "nativeValue") return undefined;
  if (k.case === "arrayValue") {
    const element = firstElement(value);
    const elementType = element ? kindType(element, field) : 25;
    const array = elementType === undefined ? undefined : ARRAY_TYPES.get(elementType);
    if (array === undefined) throw invalidField(field, "name the type of this array (\"uuid[]\"): DBX cannot tell it from its elements");
    return array;
  }
  const oid = k.case ? KIND_TYPES[k.case] : undefined;
  if (oid === undefined) throw invalidField(field, `PostgreSQL has no type for a ${k.case ?? "kindless"} value`);
  return oid;
}

/** The first element that is neither NULL nor an array, looking into nested arrays (dimensions). */
function firstElement(value: TypedValue): TypedValue | undefined {
  if (value.kind.case !== "arrayValue") return value.kind.case === "nullValue" ? undefined : value;
  for (const v of value.kind.value.values) {
    const found = firstElement(v);
    if (found) return found;
  }
  return undefined;
}

function nativeText(value: TypedValue, field: string): string | null {
  const k = value.kind;
  if (k.case !== "nativeValue") return null;
  if (k.value.representation.case !== "text") throw invalidField(field, "PostgreSQL takes native values in their text form");
  return k.value.representation.value;
}
