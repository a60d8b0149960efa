import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { ColumnType, TableKind } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import { requireAssertions } from "../conformance/conformance-context.js";
import type { Protocol } from "../support/dbx-server.js";
import { expectError, expectInvalidField } from "../support/values.js";
import { MAX_ROWS, type SqlConformanceContext } from "./sql-context.js";

/** SqlService tables and indexes: ListTables, DescribeTable, CreateTable, DropTable, ListIndexes, CreateIndex, DropIndex. */
export function schemaSuite(ctx: SqlConformanceContext, protocol: Protocol): void {
  const sql = () => ctx.sql(protocol);

  /** Every table name, walking the pages of ListTables `pageSize` at a time. */
  const tableNames = async (pageSize: number): Promise<string[]> => {
    const names: string[] = [];
    let pageToken = "";
    do {
      const page = await sql().listTables({ target: ctx.target(), pageSize, pageToken });
      expect(page.tables.length).toBeLessThanOrEqual(pageSize);
      names.push(...page.tables.map((t) => t.name));
      pageToken = page.nextPageToken;
    } while (pageToken);
    return names;
  };

  describe(`SqlService tables and indexes (${protocol})`, () => {
    requireAssertions();

    it("CreateTable declares every column type the backend has, and DescribeTable reads each back", async () => {
      const table = ctx.newName("kinds");
      const columns = ctx.backend.columnTypes.map((type) => ({ name: `c_${ColumnType[type].toLowerCase()}`, type }));
      const created = await sql().createTable({ target: ctx.target(table), columns: [{ name: "id", type: ColumnType.STRING, notNull: true }, ...columns], primaryKey: ["id"] });
      expect(created.created).toBe(true);
      const { table: described } = await sql().describeTable({ target: ctx.target(table) });
      expect(described?.name).toBe(table);
      expect(described?.kind).toBe(TableKind.TABLE);
      expect(described?.columns.map((c) => [c.name, ColumnType[c.type]])).toEqual([
        ["id", "STRING"],
        ...columns.map((c) => [c.name, ColumnType[c.type]]),
      ]);
      expect(described?.columns.every((c) => c.declaredType !== "")).toBe(true);
      expect(described?.columns.map((c) => c.nullable)).toEqual([false, ...columns.map(() => true)]);
      expect((await sql().createTable({ target: ctx.target(table), columns: [{ name: "x", type: ColumnType.INT64 }], ifNotExists: true })).created).toBe(false);
      await expectError(sql().createTable({ target: ctx.target(table), columns: [{ name: "x", type: ColumnType.INT64 }] }), Code.AlreadyExists);
    });

    it("DescribeTable answers a composite primary key in key order, as key_fields", async () => {
      const table = ctx.newName("pairs");
      await sql().createTable({
        target: ctx.target(table),
        columns: [
          { name: "id", type: ColumnType.STRING, notNull: true },
          { name: "tenant", type: ColumnType.INT64, notNull: true },
          { name: "name", type: ColumnType.STRING },
        ],
        primaryKey: ["tenant", "id"],
      });
      const { table: described } = await sql().describeTable({ target: ctx.target(table) });
      expect(described?.primaryKey).toEqual(["tenant", "id"]);
      expect(described?.keyFields).toEqual(["tenant", "id"]);
      expect(described?.columns.map((c) => [c.name, c.primaryKeyPosition])).toEqual([
        ["id", 2],
        ["tenant", 1],
        ["name", 0],
      ]);
    });

    it("ListTables pages by name with tokens that only it takes", async () => {
      const prefix = ctx.newName("listed");
      for (const suffix of ["a", "b", "c"]) {
        await sql().createTable({ target: ctx.target(`${prefix}_${suffix}`), columns: [{ name: "x", type: ColumnType.INT64 }] });
      }
      const all = await tableNames(MAX_ROWS);
      expect(all).toEqual(expect.arrayContaining([`${prefix}_a`, `${prefix}_b`, `${prefix}_c`]));
      expect([...all].sort()).toEqual(all);
      expect(await tableNames(2)).toEqual(all);
      // Past the row limit, a page is cut to it.
      expect((await sql().listTables({ target: ctx.target(), pageSize: MAX_ROWS + 100 })).tables.length).toBeLessThanOrEqual(MAX_ROWS);
      const first = await sql().listTables({ target: ctx.target(), pageSize: 1 });
      expect(first.nextPageToken).not.toBe("");
      await expectInvalidField(sql().listIndexes({ target: ctx.target(`${prefix}_a`), pageToken: first.nextPageToken }), "page_token");
      await expectInvalidField(sql().listTables({ target: ctx.target(), pageToken: "not a token" }), "page_token");
      await expectInvalidField(sql().listTables({ target: ctx.target(), pageSize: -1 }), "page_size");
    });

    it("CreateIndex, ListIndexes (paged), DropIndex", async () => {
      const table = ctx.newName("indexed");
      await sql().createTable({
        target: ctx.target(table),
        columns: [
          { name: "id", type: ColumnType.INT64, notNull: true },
          { name: "a", type: ColumnType.STRING },
          { name: "b", type: ColumnType.INT64 },
        ],
        primaryKey: ["id"],
      });
      const ia = `${table}_a`;
      const ib = `${table}_b`;
      expect((await sql().createIndex({ target: ctx.target(table), name: ia, columns: ["a"], unique: true })).created).toBe(true);
      expect((await sql().createIndex({ target: ctx.target(table), name: ib, columns: ["b", "a"] })).created).toBe(true);
      expect((await sql().createIndex({ target: ctx.target(table), name: ia, columns: ["a"], ifNotExists: true })).created).toBe(false);
      await expectError(sql().createIndex({ target: ctx.target(table), name: ia, columns: ["a"] }), Code.AlreadyExists);
      const mine = (await sql().listIndexes({ target: ctx.target(table), pageSize: MAX_ROWS })).indexes.filter((i) => i.name === ia || i.name === ib);
      expect(mine.map((i) => [i.name, i.table, i.columns, i.unique, i.primaryKey, i.partial])).toEqual([
        [ia, table, ["a"], true, false, false],
        [ib, table, ["b", "a"], false, false, false],
      ]);
      const names: string[] = [];
      let pageToken = "";
      do {
        const page = await sql().listIndexes({ target: ctx.target(table), pageSize: 1, pageToken });
        expect(page.indexes.length).toBeLessThanOrEqual(1);
        names.push(...page.indexes.map((i) => i.name));
        pageToken = page.nextPageToken;
      } while (pageToken);
      expect(names).toEqual(expect.arrayContaining([ia, ib]));
      expect((await sql().dropIndex({ target: ctx.target(), name: ia })).dropped).toBe(true);
      expect((await sql().dropIndex({ target: ctx.target(), name: ia, ifExists: true })).dropped).toBe(false);
      await expectError(sql().dropIndex({ target: ctx.target(), name: ia }), Code.NotFound, { reason: "ERROR_REASON_NOT_FOUND" });
    });

    it("DropTable drops, and answers dropped=false with if_exists", async () => {
      const table = ctx.newName("dropped");
      await sql().createTable({ target: ctx.target(table), columns: [{ name: "x", type: ColumnType.INT64 }] });
      expect((await sql().dropTable({ target: ctx.target(table) })).dropped).toBe(true);
      expect((await sql().dropTable({ target: ctx.target(table), ifExists: true })).dropped).toBe(false);
      expect(await tableNames(MAX_ROWS)).not.toContain(table);
    });
  });
}
