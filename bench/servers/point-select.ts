import { create } from "@bufbuild/protobuf";
import type pg from "pg";
import { GetResponseSchema, type GetRequest, type GetResponse } from "../../gen/ts/dbx/v1/data_pb.js";
import { POINT_TABLE } from "../requests.js";

/** A row of the point table, as text (the query casts its numbers). */
interface PointRow {
  id: string;
  name: string;
  qty: string;
}

const SELECT = { name: "point_select", text: `SELECT id::text, name, qty::text FROM ${POINT_TABLE} WHERE id = $1` };

/**
 * What the gRPC reference servers do for DataService/Get on PostgreSQL: one
 * prepared query on a `pg` pool, the row as DBX's GetResponse. Shared so
 * that the two servers differ only in their gRPC framing.
 */
export async function pointSelect(pool: pg.Pool, request: GetRequest): Promise<GetResponse> {
  const key = request.key?.kind;
  const { rows } = await pool.query<PointRow>({ ...SELECT, values: [key?.case === "intValue" ? key.value.toString() : ""] });
  const row = rows[0];
  return create(GetResponseSchema, {
    record: row && {
      fields: {
        id: { kind: { case: "intValue", value: BigInt(row.id) } },
        name: { kind: { case: "stringValue", value: row.name } },
        qty: { kind: { case: "intValue", value: BigInt(row.qty) } },
      },
    },
  });
}
