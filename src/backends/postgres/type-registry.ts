import type { OperationContext } from "../operation-context.js";
import { pgTypeOf, type PgType, type PgTypeRow } from "./pg-types.js";
import type { PostgresConnection } from "./postgres-connection.js";

/**
 * True arrays (varlena with an element type); int2vector and oidvector
 * (22, 30) look like arrays in pg_type but are written "1 2 3": native.
 */
const TYPE_QUERY = `SELECT t.oid, format_type(t.oid, NULL), t.typtype, t.typcategory,
  CASE WHEN t.typlen = -1 AND t.typelem <> 0 AND t.oid NOT IN (22, 30) THEN t.typelem ELSE 0 END,
  t.typbasetype, COALESCE(e.typdelim, t.typdelim)
FROM pg_catalog.pg_type t LEFT JOIN pg_catalog.pg_type e ON e.oid = t.typelem
WHERE t.oid = ANY($1::oid[])`;

/** Most rounds of loading (array of domain over domain ...): no real type nests deeper. */
const MAX_DEPTH = 8;

/**
 * PostgreSQL types by OID, read from pg_type once and kept for the life of
 * the backend: a type's OID names one definition (a dropped and recreated
 * type gets a new OID). Built-in and user types (enums, domains, ranges,
 * composite types, arrays of any of them) alike.
 */
export class PgTypeRegistry {
  readonly #types = new Map<number, PgType>();

  /** The type, once `load` has read it. */
  get(oid: number): PgType | undefined {
    return this.#types.get(oid);
  }

  /** Reads the types not yet known, and the types they refer to. */
  async load(ctx: OperationContext, connection: PostgresConnection, oids: Iterable<number>): Promise<void> {
    let missing = [...new Set(oids)].filter((oid) => !this.#types.has(oid));
    const rows = new Map<number, PgTypeRow>();
    for (let depth = 0; missing.length && depth < MAX_DEPTH; depth++) {
      const result = await connection.query(ctx, TYPE_QUERY, [`{${missing.join(",")}}`]);
      for (const r of result.rows) {
        const row: PgTypeRow = { oid: Number(r[0]), name: r[1]!, typtype: r[2]!, category: r[3]!, element: Number(r[4]), base: Number(r[5]), delimiter: r[6]! };
        rows.set(row.oid, row);
      }
      const referenced = missing.flatMap((oid) => {
        const row = rows.get(oid);
        return row ? [row.element, row.base].filter((o) => o !== 0) : [];
      });
      missing = referenced.filter((oid) => !this.#types.has(oid) && !rows.has(oid));
    }
    const build = (oid: number): PgType => {
      const known = this.#types.get(oid);
      if (known) return known;
      const row = rows.get(oid);
      // A type the catalog does not have (dropped meanwhile): its text travels as is.
      const type = row ? pgTypeOf(row, build) : { oid, name: `oid ${oid}`, kind: "native" as const };
      this.#types.set(oid, type);
      return type;
    };
    for (const oid of rows.keys()) build(oid);
  }
}
