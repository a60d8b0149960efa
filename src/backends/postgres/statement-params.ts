import { LRUCache } from "lru-cache";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import type { OperationContext } from "../operation-context.js";
import type { PgCodecKind, PgType } from "./pg-types.js";
import type { PostgresConnection } from "./postgres-connection.js";
import type { PgTypeRegistry } from "./type-registry.js";
import { encodePgValue } from "./value-codec.js";

/** Parameters of a native statement as PostgresConnection takes them. */
export interface BoundParams {
  readonly values: (string | null)[];
  /** pg_type OIDs; 0 lets PostgreSQL infer the type from where the parameter stands. */
  readonly types: number[];
}

/** How a value is sent when the client names no type: the type it is sent as (OID 0: inferred) and encoded for. */
interface KindParam {
  readonly oid: number;
  readonly type: PgType;
}

const param = (oid: number, name: string, kind: PgCodecKind): KindParam => ({ oid, type: { oid, name, kind } });

/**
 * Values whose kind has one PostgreSQL type are sent typed, so that
 * `SELECT $1` answers them as that kind and `$1 + 1` stays 64-bit; the
 * types chosen compare with their neighbours inside btree operator families
 * (int8 with int2/int4, float8 with float4, timestamptz with timestamp and
 * date), so indexes still apply. Strings, decimals, JSON and native values
 * are sent untyped: PostgreSQL reads their text as whatever type stands there
 * (a uuid column, a numeric(10,2), a jsonb, an enum).
 */
const KIND_PARAMS: Readonly<Partial<Record<NonNullable<TypedValue["kind"]["case"]>, KindParam>>> = {
  boolValue: param(16, "boolean", "bool"),
  intValue: param(20, "bigint", "int"),
  doubleValue: param(701, "double precision", "float8"),
  bytesValue: param(17, "bytea", "bytea"),
  timestampValue: param(1184, "timestamp with time zone", "timestamptz"),
  dateValue: param(1082, "date", "date"),
  timeValue: param(1083, "time without time zone", "time"),
  datetimeValue: param(1114, "timestamp without time zone", "timestamp"),
  intervalValue: param(1186, "interval", "interval"),
  stringValue: { oid: 0, type: { oid: 0, name: "text", kind: "text" } },
  decimalValue: { oid: 0, type: { oid: 0, name: "numeric", kind: "numeric" } },
  jsonValue: { oid: 0, type: { oid: 0, name: "jsonb", kind: "jsonb" } },
  mapValue: { oid: 0, type: { oid: 0, name: "jsonb", kind: "jsonb" } },
};

/** Built-in type names resolve the same for every client and forever: cached. */
const LAST_BUILTIN_OID = 16_383;

/** Spellings of built-in type names kept ("int4", "integer", "varchar(20)", ...): clients choose them, so they are bounded. */
const MAX_CACHED_NAMES = 1_000;

const TYPE_NAMES_QUERY = "SELECT n.i, to_regtype(n.name)::oid FROM unnest($1::text[]) WITH ORDINALITY AS n(name, i)";

/**
 * Encodes the parameters of a native statement (SqlService, QueryService.Execute)
 * with the value codec: by the type the client named in `param_types`
 * (resolved with to_regtype, INVALID_ARGUMENT naming `param_types[i]` when
 * there is no such type), else by the value's own kind.
 */
export class StatementParams {
  readonly #builtinNames = new LRUCache<string, number>({ max: MAX_CACHED_NAMES });

  constructor(private readonly types: PgTypeRegistry) {}

  async bind(
    ctx: OperationContext,
    connection: PostgresConnection,
    params: readonly TypedValue[],
    paramTypes: readonly string[] | undefined,
    paths: { readonly params: string; readonly paramTypes: string },
  ): Promise<BoundParams> {
    const named = paramTypes ? await this.#resolve(ctx, connection, paramTypes, paths.paramTypes) : [];
    const values: (string | null)[] = [];
    const types: number[] = [];
    params.forEach((value, i) => {
      const path = `${paths.params}[${i}]`;
      const oid = named[i];
      if (oid) {
        const type = this.types.get(oid)!;
        values.push(encodePgValue(value, type, path, `parameter $${i + 1} (${paramTypes![i]})`));
        types.push(oid);
        return;
      }
      const sent = kindParam(value, path);
      values.push(encodePgValue(value, sent.type, path, `parameter $${i + 1}`));
      types.push(sent.oid);
    });
    return { values, types };
  }

  /** The OID of each named type (0 for ""), loaded into the type registry. */
  async #resolve(ctx: OperationContext, connection: PostgresConnection, names: readonly string[], field: string): Promise<number[]> {
    const oids = names.map((name) => (name === "" ? 0 : this.#builtinNames.get(name)));
    const unknown = names.filter((name, i) => oids[i] === undefined);
    if (unknown.length) {
      const result = await connection.query(ctx, TYPE_NAMES_QUERY, [textArray(unknown)]);
      const resolved = new Map<string, number>();
      for (const [i, oid] of result.rows) resolved.set(unknown[Number(i) - 1], oid === null ? 0 : Number(oid));
      names.forEach((name, i) => {
        if (oids[i] !== undefined) return;
        const oid = resolved.get(name) ?? 0;
        if (oid === 0) throw invalidField(`${field}[${i}]`, `PostgreSQL has no type named "${name}" (on the search path)`);
        if (oid <= LAST_BUILTIN_OID) this.#builtinNames.set(name, oid);
        oids[i] = oid;
      });
    }
    const resolvedOids = oids as number[];
    await this.types.load(ctx, connection, resolvedOids.filter((oid) => oid !== 0));
    return resolvedOids;
  }
}

/** How a value without a named type is sent. */
function kindParam(value: TypedValue, path: string): KindParam {
  const k = value.kind;
  if (k.case === "nullValue" || k.case === undefined) return { oid: 0, type: { oid: 0, name: "unknown", kind: "native" } };
  if (k.case === "nativeValue") return { oid: 0, type: { oid: 0, name: k.value.typeName, kind: "native" } };
  if (k.case === "arrayValue") return { oid: 0, type: { oid: 0, name: "array", kind: "array", element: elementType(k.value.values, path) } };
  const sent = KIND_PARAMS[k.case];
  if (!sent) throw invalidField(path, `PostgreSQL takes no ${k.case} parameters`);
  return sent;
}

/** The element type of an untyped array value: the kind of its first non-null scalar (nested arrays are dimensions). */
function elementType(values: readonly TypedValue[], path: string): PgType {
  for (const v of values) {
    if (v.kind.case === "arrayValue") return elementType(v.kind.value.values, path);
    if (v.kind.case !== "nullValue") return kindParam(v, path).type;
  }
  return { oid: 0, name: "text", kind: "text" };
}

/** A text[] literal of `items`, each quoted. */
function textArray(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")}}`;
}
