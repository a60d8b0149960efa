import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SqlStatement } from "../../src/backends/facets/sql.js";
import { QuerySchema } from "../../gen/ts/dbx/v1/query_pb.js";
import { ErrorInfoSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import { expectError } from "../support/values.js";
import { at, ctx, openSqlite, type SqliteFixture } from "./sqlite-fixture.js";

const sql = (text: string): SqlStatement => ({ source: { sql: text }, params: [] });
/** Endless rows of 10 KB each: only a budget ends the read. */
const ENDLESS = "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT n, zeroblob(10000) FROM c";

/** The byte budget of unary SQL answers on SQLite: reading stops at the first row past it. */
describe("SQLite response byte budget", () => {
  let f: SqliteFixture;
  beforeAll(async () => {
    f = await openSqlite({ memory: true });
  });
  afterAll(() => f.close());

  it("SqlFacet.query stops an endless result at the first row past maxBytes", async () => {
    const err = await expectError(f.sql.query(ctx(), { namespace: "", statement: sql(ENDLESS), maxRows: 1_000_000_000, maxBytes: 100_000 }), Code.ResourceExhausted, { reason: "ERROR_REASON_RESPONSE_TOO_LARGE" });
    expect(err.findDetails(ErrorInfoSchema)[0].metadata).toEqual({ limit: "100000", use: "dbx.sql.v1.SqlService/StreamQuery" });
    expect((await f.sql.query(ctx(), { namespace: "", statement: sql("SELECT zeroblob(10000)"), maxRows: 10, maxBytes: 100_000 })).rows).toHaveLength(1);
  });

  it("SqlFacet.batch counts the bytes of all its statements together", async () => {
    const half = sql("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 6) SELECT zeroblob(10000) FROM c");
    expect(await f.sql.batch(ctx(), { namespace: "", statements: [half], atomic: false, maxRows: 1_000, maxBytes: 100_000 })).toHaveLength(1);
    await expectError(f.sql.batch(ctx(), { namespace: "", statements: [half, half], atomic: false, maxRows: 1_000, maxBytes: 100_000 }), Code.ResourceExhausted, { reason: "ERROR_REASON_RESPONSE_TOO_LARGE" });
  });

  it("QueryService.Execute's backend call stops an endless result at the first row past maxBytes", async () => {
    await expectError(f.backend.execute!(ctx(), { namespace: "", statement: ENDLESS, params: [], maxRows: 1_000_000_000, maxBytes: 100_000 }), Code.ResourceExhausted, {
      reason: "ERROR_REASON_RESPONSE_TOO_LARGE",
      message: /dbx\.v1\.QueryService\/Execute/,
    });
  });
});

/** Streams read in batches bounded by bytes too: no batch holds much more than one answer carries. */
describe("SQLite stream batches bounded by bytes", () => {
  let f: SqliteFixture;
  beforeAll(async () => {
    f = await openSqlite();
    await f.exec("CREATE TABLE big (id INTEGER PRIMARY KEY, body BLOB)");
    await f.exec("INSERT INTO big WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 10) SELECT n, zeroblob(40000) FROM c");
  });
  afterAll(() => f.close());

  it("SqlFacet.streamQuery ends a batch after the row that passes maxBatchBytes", async () => {
    const sizes: number[] = [];
    for await (const batch of f.sql.streamQuery(ctx(), { namespace: "", statement: sql("SELECT id, body FROM big"), batchSize: 500, maxBatchBytes: 100_000 })) sizes.push(batch.rows.length);
    expect(sizes).toEqual([3, 3, 3, 1]);
  });

  it("findStream ends a batch after the record that passes maxBatchBytes", async () => {
    const sizes: number[] = [];
    for await (const batch of f.backend.findStream(ctx(), { target: at("big"), query: create(QuerySchema), batchSize: 500, maxBatchBytes: 100_000 })) {
      sizes.push(batch.length);
    }
    expect(sizes).toEqual([3, 3, 3, 1]);
  });
});
