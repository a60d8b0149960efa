import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostgresService } from "../../gen/ts/dbx/postgres/v1/postgres_pb.js";
import { ColumnType } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { errorMetadata, expectError, v } from "../support/values.js";

const MAX_ROWS = 50;

describe("PostgresService CallFunction and CallProcedure", () => {
  let db: PostgresDatabase;
  let server: TestServer;

  beforeAll(async () => {
    db = await createPostgresDatabase("routines");
    await db.query(`
      CREATE SCHEMA "Billing";
      CREATE TABLE "Billing".ledger (id int PRIMARY KEY, amount numeric NOT NULL);
      CREATE FUNCTION add_ints(a int, b int DEFAULT 10) RETURNS int LANGUAGE sql AS 'SELECT a + b';
      CREATE FUNCTION big(x int8) RETURNS int8 LANGUAGE sql AS 'SELECT x';
      CREATE FUNCTION squares(n int) RETURNS TABLE (i int, square int8, label text) LANGUAGE sql AS 'SELECT g, g::int8 * g, ''#'' || g FROM generate_series(1, n) g';
      CREATE FUNCTION "Billing"."Balance"(since date) RETURNS numeric LANGUAGE sql AS 'SELECT coalesce(sum(amount), 0) FROM "Billing".ledger';
      CREATE FUNCTION kind_of(x int) RETURNS text LANGUAGE sql AS $$SELECT 'int'$$;
      CREATE FUNCTION kind_of(x text) RETURNS text LANGUAGE sql AS $$SELECT 'text'$$;
      CREATE FUNCTION is_null(x uuid) RETURNS bool LANGUAGE sql AS 'SELECT x IS NULL';
      CREATE PROCEDURE summary(IN n int, OUT total int8, INOUT note text) LANGUAGE plpgsql AS $$
        BEGIN total := n * (n + 1) / 2; note := note || ' done'; END $$;
      CREATE PROCEDURE "Billing".record_entry(id int, amount numeric) LANGUAGE sql AS 'INSERT INTO "Billing".ledger VALUES (id, amount)';
      INSERT INTO "Billing".ledger VALUES (1, 12.50), (2, 0.25);
      CREATE FUNCTION tenant() RETURNS text LANGUAGE sql AS $$SELECT current_setting('app.tenant', true)$$;
    `);
    server = await startTestServer({ defaultBackend: "pg", server: { maxRowsPerResponse: MAX_ROWS }, backends: { pg: { url: db.url, poolSize: 1, sessionContext: { allowedSettings: ["app.tenant"] } } } });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it.each(["connect", "grpc"] as const)("calls a scalar function with positional and named arguments (%s)", async (protocol) => {
    const client = server.client(PostgresService, protocol);
    const positional = await client.callFunction({ target: { collection: "add_ints" }, arguments: [{ value: v.int(2) }, { value: v.int(3) }] });
    expect(positional.columns.map((c) => [c.name, c.type, c.nativeType])).toEqual([["add_ints", ColumnType.INT64, "int4"]]);
    expect(positional.rows.map((r) => r.values)).toEqual([[v.int(5)]]);

    const named = await client.callFunction({ target: { collection: "add_ints" }, arguments: [{ name: "a", value: v.int(1) }] });
    expect(named.rows[0]!.values).toEqual([v.int(11)]);
    const reordered = await client.callFunction({ target: { collection: "add_ints" }, arguments: [{ name: "b", value: v.int(1) }, { name: "a", value: v.int(2) }] });
    expect(reordered.rows[0]!.values).toEqual([v.int(3)]);

    const exact = await client.callFunction({ target: { collection: "big" }, arguments: [{ value: v.int(9223372036854775807n) }] });
    expect(exact.rows[0]!.values).toEqual([v.int(9223372036854775807n)]);
  });

  it("calls a set-returning function: many rows, one column per field", async () => {
    const answer = await server.client(PostgresService, "grpc").callFunction({ target: { collection: "squares" }, arguments: [{ value: v.int(4) }] });
    expect(answer.columns.map((c) => c.name)).toEqual(["i", "square", "label"]);
    expect(answer.rows.map((r) => r.values)).toEqual([1, 2, 3, 4].map((i) => [v.int(i), v.int(i * i), v.str(`#${i}`)]));
    const none = await server.client(PostgresService, "grpc").callFunction({ target: { collection: "squares" }, arguments: [{ value: v.int(0) }] });
    expect(none.rows).toEqual([]);
  });

  it("answers RESOURCE_EXHAUSTED past the row limit", async () => {
    await expectError(server.client(PostgresService, "connect").callFunction({ target: { collection: "squares" }, arguments: [{ value: v.int(MAX_ROWS + 1) }] }), Code.ResourceExhausted, {
      reason: "ERROR_REASON_TOO_MANY_ROWS",
    });
    const full = await server.client(PostgresService, "connect").callFunction({ target: { collection: "squares" }, arguments: [{ value: v.int(MAX_ROWS) }] });
    expect(full.rows).toHaveLength(MAX_ROWS);
  });

  it("quotes schema and function names as written, and picks an overload or types a NULL by the argument's type", async () => {
    const client = server.client(PostgresService, "grpc");
    const balance = await client.callFunction({ target: { namespace: "Billing", collection: "Balance" }, arguments: [{ value: v.date(2024, 1, 1) }] });
    expect(balance.rows[0]!.values).toEqual([v.decimal("12.75")]);
    const asInt = await client.callFunction({ target: { collection: "kind_of" }, arguments: [{ value: v.int(7), type: "int4" }] });
    expect(asInt.rows[0]!.values).toEqual([v.str("int")]);
    const asText = await client.callFunction({ target: { collection: "kind_of" }, arguments: [{ value: v.str("7"), type: "text" }] });
    expect(asText.rows[0]!.values).toEqual([v.str("text")]);
    const typedNull = await client.callFunction({ target: { collection: "is_null" }, arguments: [{ value: v.null(), type: "uuid" }] });
    expect(typedNull.rows[0]!.values).toEqual([v.bool(true)]);
  });

  it.each(["connect", "grpc"] as const)("calls a procedure and answers its OUT and INOUT parameters (%s)", async (protocol) => {
    const client = server.client(PostgresService, protocol);
    const answer = await client.callProcedure({ target: { collection: "summary" }, arguments: [{ value: v.int(10) }, { value: v.null() }, { value: v.str("sum") }] });
    expect(answer.columns.map((c) => [c.name, c.type])).toEqual([
      ["total", ColumnType.INT64],
      ["note", ColumnType.STRING],
    ]);
    expect(answer.values?.values).toEqual([v.int(55), v.str("sum done")]);
  });

  it("calls a procedure without OUT parameters: no columns, and its work is done", async () => {
    const answer = await server.client(PostgresService, "grpc").callProcedure({ target: { namespace: "Billing", collection: "record_entry" }, arguments: [{ value: v.int(3) }, { name: "amount", value: v.decimal("1.005") }] });
    expect(answer.columns).toEqual([]);
    expect(answer.values).toBeUndefined();
    expect((await db.query('SELECT amount::text FROM "Billing".ledger WHERE id = 3')).rows[0].amount).toBe("1.005");
    await db.query('DELETE FROM "Billing".ledger WHERE id = 3');
  });

  it("runs in an interactive transaction: its work is seen inside, and gone after a rollback", async () => {
    const client = server.client(PostgresService, "grpc");
    const transactions = server.client(TransactionService, "grpc");
    const balance = (transactionId = "") => client.callFunction({ target: { namespace: "Billing", collection: "Balance" }, arguments: [{ value: v.date(2024, 1, 1) }], transactionId });
    const { transactionId } = await transactions.begin({});
    await client.callProcedure({ target: { namespace: "Billing", collection: "record_entry" }, arguments: [{ value: v.int(9) }, { value: v.decimal("100") }], transactionId });
    expect((await balance(transactionId)).rows[0]!.values).toEqual([v.decimal("112.75")]);
    await transactions.rollback({ transactionId });
    expect((await balance()).rows[0]!.values).toEqual([v.decimal("12.75")]);
  });

  it("applies a session context to the call only, and refuses settings the configuration does not allow", async () => {
    const client = server.client(PostgresService, "connect");
    const tenant = await client.callFunction({ target: { collection: "tenant" }, session: { settings: { "app.tenant": "42" } } });
    expect(tenant.rows[0]!.values).toEqual([v.str("42")]);
    // The same pooled connection (poolSize 1) next: nothing left of the setting.
    const after = await client.callFunction({ target: { collection: "tenant" } });
    expect(after.rows[0]!.values).toEqual([v.str("")]);
    await expectError(client.callFunction({ target: { collection: "tenant" }, session: { settings: { "app.other": "1" } } }), Code.PermissionDenied);
  });

  it("refuses bad input with INVALID_ARGUMENT naming the field", async () => {
    const client = server.client(PostgresService, "connect");
    const cases: [() => Promise<unknown>, string | undefined][] = [
      [() => client.callFunction({ target: {}, arguments: [] }), "target.collection"],
      [() => client.callFunction({ target: { collection: "add_ints" }, arguments: [{ name: "a", value: v.int(1) }, { value: v.int(2) }] }), "arguments[1].name"],
      [() => client.callFunction({ target: { collection: "add_ints" }, arguments: [{ name: "a", value: v.int(1) }, { name: "a", value: v.int(2) }] }), "arguments[1].name"],
      [() => client.callFunction({ target: { collection: "add_ints" }, arguments: [{ value: v.int(1) }, {}] }), "arguments[1].value"],
      [() => client.callFunction({ target: { collection: "add_ints" }, arguments: [{ value: v.int(1), type: "no_such_type" }] }), "arguments[0].type"],
      [() => client.callFunction({ target: { collection: "is_null" }, arguments: [{ value: v.int(1), type: "uuid" }] }), "arguments[0].value"],
      [() => client.callFunction({ target: { collection: "add_ints" }, arguments: Array.from({ length: 101 }, () => ({ value: v.int(1) })) }), "arguments"],
      [() => client.callFunction({ target: { collection: "no_such_function" }, arguments: [] }), undefined],
      [() => client.callProcedure({ target: { collection: "summary" }, arguments: [{ value: v.str("ten") }, { value: v.null() }, { value: v.null() }] }), undefined],
    ];
    for (const [call, field] of cases) {
      const err = await expectError(call(), Code.InvalidArgument);
      if (field) expect(errorMetadata(err).field, err.message).toBe(field);
    }
  });
});
