import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { ColumnType } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { BadRequestSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import { Capability } from "../../src/backends/capabilities.js";
import { requireAssertions } from "../conformance/conformance-context.js";
import type { Protocol } from "../support/dbx-server.js";
import { errorMetadata, expectError, expectInvalidField, expectUnsupported, v } from "../support/values.js";
import { MAX_ROWS, type SqlConformanceContext } from "./sql-context.js";

const sqlText = (value: string) => ({ case: "sql" as const, value });

/** SqlService errors: the field at fault, unknown tables, refused statements, oversized answers, capabilities. */
export function errorsSuite(ctx: SqlConformanceContext, protocol: Protocol): void {
  const sql = () => ctx.sql(protocol);
  const p = (count: number) => ctx.placeholders(count);

  describe(`SqlService errors (${protocol})`, () => {
    requireAssertions();

    it("INVALID_ARGUMENT names the field, in ErrorInfo and in a BadRequest", async () => {
      const err = await expectInvalidField(sql().describeTable({ target: ctx.target() }), "target.collection");
      expect(err.findDetails(BadRequestSchema)[0]?.fieldViolations.map((f) => f.field)).toEqual(["target.collection"]);
      await expectInvalidField(sql().query({ target: ctx.target("t"), source: sqlText("SELECT 1") }), "target.collection");
      await expectInvalidField(sql().query({ target: { ...ctx.target(), namespace: ctx.backend.badNamespace }, source: sqlText("SELECT 1") }), "target.namespace");
      await expectInvalidField(sql().query({ target: ctx.target() }), "sql");
      await expectInvalidField(sql().query({ target: ctx.target(), source: sqlText("SELECT 1"), params: [{}] }), "params[0]");
      await expectInvalidField(sql().batch({ target: ctx.target(), statements: [] }), "statements");
      await expectInvalidField(sql().batch({ target: ctx.target(), statements: [{ source: sqlText("SELECT 1") }, { source: { case: "statementId", value: "" } }] }), "statements[1].statement_id");
      await expectInvalidField(sql().createTable({ target: ctx.target("ok_name"), columns: [{ name: "a" }] }), "columns[0].type");
      await expectInvalidField(sql().createTable({ target: ctx.target("1bad"), columns: [{ name: "a", type: ColumnType.INT64 }] }), "target.collection");
      await expectInvalidField(sql().createTable({ target: ctx.target("ok_name"), columns: [{ name: "a", type: ColumnType.INT64 }], primaryKey: ["b"] }), "primary_key[0]");
      await expectInvalidField(sql().createIndex({ target: ctx.target("ok_name"), name: "bad name", columns: ["a"] }), "name");
      await expectInvalidField(sql().streamQuery({ target: ctx.target(), source: sqlText("SELECT 1"), batchSize: -1 })[Symbol.asyncIterator]().next(), "batch_size");
    });

    it("UNKNOWN_COLLECTION for a table that does not exist", async () => {
      const missing = ctx.target(ctx.newName("missing"));
      for (const call of [
        () => sql().describeTable({ target: missing }),
        () => sql().listIndexes({ target: missing }),
        () => sql().dropTable({ target: missing }),
        () => sql().createIndex({ target: missing, name: "idx_missing", columns: ["a"] }),
      ]) {
        const err = await expectError(call(), Code.NotFound, { reason: "ERROR_REASON_UNKNOWN_COLLECTION" });
        expect(errorMetadata(err)).toMatchObject({ backend: ctx.backendName, collection: missing.collection });
      }
    });

    it("STATEMENT_FAILED and constraint errors carry the database's own code", async () => {
      const syntax = await expectError(sql().query({ target: ctx.target(), source: sqlText("SELEKT 1") }), Code.InvalidArgument, {
        reason: "ERROR_REASON_STATEMENT_FAILED",
      });
      expect(errorMetadata(syntax)).toMatchObject({ backend: ctx.backendName, ...ctx.backend.errorMetadata.syntax });
      const table = ctx.newName("unique");
      await sql().createTable({ target: ctx.target(table), columns: [{ name: "id", type: ColumnType.INT64, notNull: true }], primaryKey: ["id"] });
      const insert = { target: ctx.target(), source: sqlText(`INSERT INTO ${table} (id) VALUES (${p(1)})`), params: [v.int(1)] };
      await sql().exec(insert);
      const unique = await expectError(sql().exec(insert), Code.AlreadyExists, { reason: "ERROR_REASON_ALREADY_EXISTS" });
      expect(errorMetadata(unique)).toMatchObject(ctx.backend.errorMetadata.unique);
    });

    it("TOO_MANY_ROWS past the row limit, naming StreamQuery; Batch counts the rows of all its statements", async () => {
      const table = ctx.newName("many");
      await sql().createTable({ target: ctx.target(table), columns: [{ name: "n", type: ColumnType.INT64 }] });
      const insert = await sql().prepare({ target: ctx.target(), sql: `INSERT INTO ${table} (n) VALUES (${p(1)})` });
      await sql().batch({
        target: ctx.target(),
        atomic: true,
        statements: Array.from({ length: MAX_ROWS + 1 }, (_, i) => ({ source: { case: "statementId" as const, value: insert.statementId }, params: [v.int(i)] })),
      });
      const select = sqlText(`SELECT n FROM ${table}`);
      const err = await expectError(sql().query({ target: ctx.target(), source: select }), Code.ResourceExhausted, { reason: "ERROR_REASON_TOO_MANY_ROWS" });
      expect(errorMetadata(err)).toMatchObject({ limit: String(MAX_ROWS), use: "dbx.sql.v1.SqlService/StreamQuery" });
      const half = sqlText(`SELECT n FROM ${table} WHERE n < ${p(1)}`);
      const atLimit = Math.ceil(MAX_ROWS / 2) + 1;
      await expectError(
        sql().batch({ target: ctx.target(), statements: [{ source: half, params: [v.int(atLimit)] }, { source: half, params: [v.int(atLimit)] }] }),
        Code.ResourceExhausted,
        { reason: "ERROR_REASON_TOO_MANY_ROWS" },
      );
      expect((await sql().query({ target: ctx.target(), source: half, params: [v.int(MAX_ROWS)] })).rows).toHaveLength(MAX_ROWS);
    });

    it("declares exactly the pinned sql.* capabilities, and refuses param_types and session without them", async () => {
      const caps = await ctx.server().client(AdminService, protocol).getCapabilities({ backend: ctx.backendName });
      expect(caps.capabilities.filter((c) => c.startsWith("sql.")).sort()).toEqual([...ctx.backend.sqlCapabilities].sort());
      const declares = (capability: string) => ctx.backend.sqlCapabilities.includes(capability);
      const typed = sql().query({ target: ctx.target(), source: sqlText(`SELECT ${p(1)}`), params: [v.null()], paramTypes: ["int8"] });
      if (declares(Capability.SqlParamTypes)) expect((await typed).rows).toHaveLength(1);
      else await expectUnsupported(typed, Capability.SqlParamTypes);
      const session = sql().exec({ target: ctx.target(), source: sqlText("SELECT 1"), session: { settings: { "app.tenant": "1" } } });
      if (declares(Capability.SqlSessionContext)) expect((await session).rowsAffected).toBe(0n);
      else await expectUnsupported(session, Capability.SqlSessionContext);
    });
  });
}
