import { Code } from "@connectrpc/connect";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CopyFormat, PostgresService, type CopyInRequest, type CopyInRequestSchema } from "../../gen/ts/dbx/postgres/v1/postgres_pb.js";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { errorMetadata, expectError, v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";

const COLUMNS = "id int8 PRIMARY KEY, name text, amount numeric, at timestamptz, data bytea, tags text[], doc jsonb";
const ROWS = 100_000;
const BATCH = 5_000;

/** Values that need escaping in every format: delimiters, quotes, line ends, backslashes, an empty string beside NULL. */
const NAMES = ['plain', 'comma, and "quotes"', "tab\there", "line\nbreak\r\n", "back\\slash \\N", "", "\\.", "é ü 中文"];

function row(i: number): TypedValue[] {
  return [
    v.int(i),
    i % 13 === 0 ? v.null() : v.str(`${NAMES[i % NAMES.length]} ${i}`),
    v.decimal(`${i}.${String(i % 1000).padStart(3, "0")}`),
    v.ts(new Date(Date.UTC(2020, 0, 1) + i * 1000)),
    v.bytes([0, i % 256, 255, 92, 10]),
    v.list([v.str(`t${i % 7}`), v.str('a "b", {c}'), i % 5 === 0 ? v.null() : v.str("NULL")]),
    v.json(`{"i": ${i}, "s": "x\\ty"}`),
  ];
}

describe("PostgresService COPY", () => {
  let db: PostgresDatabase;
  let server: TestServer;

  const client = (protocol: Protocol = "grpc") => server.client(PostgresService, protocol);
  const copyOut = async (protocol: Protocol, request: Parameters<ReturnType<typeof client>["copyOut"]>[0], signal?: AbortSignal): Promise<Buffer> => {
    const chunks: Uint8Array[] = [];
    for await (const r of client(protocol).copyOut(request, { signal })) chunks.push(r.data);
    return Buffer.concat(chunks);
  };
  /** COPY TO STDOUT straight from PostgreSQL, outside DBX: what psql's \copy writes. */
  const psqlCopy = async (statement: string): Promise<Buffer> => {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of c.query(copyTo(statement))) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    } finally {
      await c.end();
    }
  };
  const digest = async (table: string) => (await db.query(`SELECT count(*)::int AS n, md5(string_agg(x::text, E'\\n' ORDER BY id)) AS md5 FROM ${table} x`)).rows[0];
  const checkedOut = async () => {
    const stats = await server.client(AdminService, "grpc").getStats({ backend: "pg" });
    return stats.details.pool_checked_out;
  };
  async function* messages(first: MessageInitShape<typeof CopyInRequestSchema>, rest: Iterable<MessageInitShape<typeof CopyInRequestSchema>>) {
    yield first;
    yield* rest;
  }

  beforeAll(async () => {
    db = await createPostgresDatabase("copy");
    for (const t of ["src", "via_text", "via_csv", "via_binary", "small"]) await db.query(`CREATE TABLE ${t} (${COLUMNS})`);
    server = await startTestServer({ defaultBackend: "pg", backends: { pg: { url: db.url, applicationName: "dbx-copy-test" } } });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it("loads 100k typed rows through a client stream (gRPC), in batches, and answers the count", { timeout: 120_000 }, async () => {
    const batches = function* () {
      for (let start = 0; start < ROWS; start += BATCH) {
        yield { rows: Array.from({ length: BATCH }, (_, k) => ({ values: row(start + k) })) };
      }
    };
    const answer = await client("grpc").copyIn(messages({ target: { collection: "src" }, columns: [] }, batches()));
    expect(answer.rowsCopied).toBe(BigInt(ROWS));
    const { n } = await digest("src");
    expect(n).toBe(ROWS);
    const sample = (await db.query("SELECT name, amount::text, data, tags, doc::text FROM src WHERE id = 4")).rows[0];
    expect(sample).toEqual({ name: "back\\slash \\N 4", amount: "4.004", data: Buffer.from([0, 4, 255, 92, 10]), tags: ["t4", 'a "b", {c}', "NULL"], doc: '{"i": 4, "s": "x\\ty"}' });
    expect((await db.query("SELECT name FROM src WHERE id = 13")).rows[0].name).toBeNull();
    expect((await db.query("SELECT name FROM src WHERE id = 5")).rows[0].name).toBe(" 5");
  });

  it.each([
    ["TEXT", CopyFormat.TEXT, "via_text", "text"],
    ["CSV", CopyFormat.CSV, "via_csv", "csv"],
    ["BINARY", CopyFormat.BINARY, "via_binary", "binary"],
  ] as const)("copies out exactly what COPY writes (%s), and that loads back into an identical table", { timeout: 120_000 }, async (_name, format, table, pgFormat) => {
    const out = await copyOut("grpc", { target: { collection: "src" }, format, chunkSize: 100_000 });
    expect(out.equals(await psqlCopy(`COPY src TO STDOUT WITH (FORMAT ${pgFormat})`))).toBe(true);
    const chunks = Array.from({ length: Math.ceil(out.length / 1_000_000) }, (_, i) => ({ data: out.subarray(i * 1_000_000, (i + 1) * 1_000_000) }));
    const answer = await client("grpc").copyIn(messages({ target: { collection: table }, format }, chunks));
    expect(answer.rowsCopied).toBe(BigInt(ROWS));
    expect(await digest(table)).toEqual(await digest("src"));
  });

  it("copies chosen columns, a query, and a query with bound parameters (TEXT and CSV with a header, byte for byte as COPY)", async () => {
    const columns = await copyOut("connect", { target: { collection: "src" }, columns: ["name", "id"], format: CopyFormat.CSV, options: { header: true } });
    expect(columns.equals(await psqlCopy(`COPY src (name, id) TO STDOUT WITH (FORMAT csv, HEADER true)`))).toBe(true);

    const query = "SELECT id, name, tags, data FROM src WHERE id < 100 ORDER BY id";
    expect((await copyOut("grpc", { query, format: CopyFormat.CSV, options: { delimiter: ";", nullString: "<null>" } })).equals(await psqlCopy(`COPY (${query}) TO STDOUT WITH (FORMAT csv, DELIMITER ';', NULL '<null>')`))).toBe(true);

    const bound = "SELECT id, name, tags, data, doc FROM src WHERE id < $1 AND name IS DISTINCT FROM $2 ORDER BY id";
    const literal = "SELECT id, name, tags, data, doc FROM src WHERE id < 100 AND name IS DISTINCT FROM 'plain 0' ORDER BY id";
    for (const [format, pgOptions, options] of [
      [CopyFormat.TEXT, "FORMAT text", {}],
      [CopyFormat.CSV, "FORMAT csv, HEADER true", { header: true }],
      [CopyFormat.CSV, "FORMAT csv, DELIMITER '|', NULL 'NULL'", { delimiter: "|", nullString: "NULL" }],
    ] as const) {
      const dbx = await copyOut("connect", { query: bound, params: [v.int(100), v.str("plain 0")], format, options, chunkSize: 1000 });
      const expected = await psqlCopy(`COPY (${literal}) TO STDOUT WITH (${pgOptions})`);
      expect(dbx.toString("utf8")).toBe(expected.toString("utf8"));
    }
  });

  it("streams chunks of at most chunk_size bytes, and gives the connection back when the client leaves early", async () => {
    const abort = new AbortController();
    let chunks = 0;
    const read = async () => {
      for await (const r of client("grpc").copyOut({ target: { collection: "src" }, chunkSize: 1000 }, { signal: abort.signal })) {
        expect(r.data.length).toBeLessThanOrEqual(1000);
        if (++chunks === 50) abort.abort();
      }
    };
    await expectError(read(), Code.Canceled);
    expect(chunks).toBeGreaterThanOrEqual(50);
    expect(chunks).toBeLessThan(1000);
    await waitFor(async () => (await checkedOut()) === "0", { what: "every pooled connection back" });
    // And the pool still works.
    expect((await copyOut("grpc", { query: "SELECT 1" })).toString()).toBe("1\n");
  });

  it("is all or nothing: a bad row in a later batch copies nothing, and the connection goes back", async () => {
    const good = { rows: [{ values: row(1) }, { values: row(2) }] };
    const bad = { rows: [{ values: [v.str("not an id"), ...row(3).slice(1)] }] };
    const err = await expectError(client("grpc").copyIn(messages({ target: { collection: "small" }, ...good }, [good, bad])), Code.InvalidArgument);
    expect(errorMetadata(err).field).toBe("rows[4].values[0]");
    const dup = await expectError(client("grpc").copyIn(messages({ target: { collection: "small" }, ...good }, [good])), Code.AlreadyExists);
    expect(errorMetadata(dup).constraint).toBe("small_pkey");
    expect((await digest("small")).n).toBe(0);
    await waitFor(async () => (await checkedOut()) === "0", { what: "every pooled connection back" });
  });

  it("copies nothing and gives the connection back when the client cancels a CopyIn half way", async () => {
    const abort = new AbortController();
    let sent = 0;
    async function* batches() {
      yield { target: { collection: "small" }, rows: [{ values: row(100) }] };
      sent++;
      yield { rows: [{ values: row(101) }] };
      sent++;
      abort.abort();
      // The client never ends the stream on its own: the cancel does.
      await new Promise(() => undefined);
    }
    await expectError(client("grpc").copyIn(batches(), { signal: abort.signal }), Code.Canceled);
    expect(sent).toBe(2);
    await waitFor(async () => (await checkedOut()) === "0", { what: "every pooled connection back" });
    expect((await db.query("SELECT count(*)::int AS n FROM small WHERE id >= 100")).rows[0].n).toBe(0);
  });

  it("loads one batch of rows in a unary call (Connect JSON over HTTP/1.1)", async () => {
    const answer = await client("connect").copyRows({ target: { collection: "small" }, columns: ["id", "name"], rows: [{ values: [v.int(7), v.str("seven")] }, { values: [v.int(8), v.null()] }] });
    expect(answer.rowsCopied).toBe(2n);
    expect((await db.query("SELECT id::int, name FROM small ORDER BY id")).rows).toEqual([
      { id: 7, name: "seven" },
      { id: 8, name: null },
    ]);
  });

  it("runs COPY under the call's own deadline, not one an earlier call left on the pooled connection", async () => {
    const one = await startTestServer({ defaultBackend: "pg", backends: { pg: { url: db.url, poolSize: 1 } } });
    try {
      const c = one.client(PostgresService, "grpc");
      // A call with a short deadline sets statement_timeout on the only connection.
      await c.callFunction({ target: { collection: "pg_sleep" }, arguments: [{ value: v.int(0) }] }, { timeoutMs: 300 });
      const chunks: Uint8Array[] = [];
      for await (const r of c.copyOut({ query: "SELECT 7 FROM pg_sleep(0.6)" })) chunks.push(r.data);
      expect(Buffer.concat(chunks).toString()).toBe("7\n");
      const err = await expectError(
        (async () => {
          for await (const r of c.copyOut({ query: "SELECT 7 FROM pg_sleep(5)" }, { timeoutMs: 300 })) chunks.push(r.data);
        })(),
        Code.DeadlineExceeded,
      );
      expect(err).toBeDefined();
    } finally {
      await one.close();
    }
  });

  it("takes the schema from the namespace, names as written: a table's, and a query's unqualified names", async () => {
    await db.query('CREATE SCHEMA "Other Schema"; CREATE TABLE "Other Schema"."Mixed" ("Id" int, note text)');
    const copied = await client("grpc").copyRows({ target: { namespace: "Other Schema", collection: "Mixed" }, columns: ["Id"], rows: [{ values: [v.int(5)] }] });
    expect(copied.rowsCopied).toBe(1n);
    expect((await copyOut("grpc", { target: { namespace: "Other Schema", collection: "Mixed" }, format: CopyFormat.CSV })).toString()).toBe("5,\n");
    expect((await copyOut("connect", { target: { namespace: "Other Schema" }, query: 'SELECT "Id" * 2 FROM "Mixed"' })).toString()).toBe("10\n");
    expect((await copyOut("connect", { target: { namespace: "Other Schema" }, query: 'SELECT "Id" * $1 FROM "Mixed"', params: [v.int(3)] })).toString()).toBe("15\n");
    await expectError(copyOut("connect", { query: 'SELECT "Id" FROM "Mixed"' }), Code.InvalidArgument);
  });

  it("cannot be steered by the query text: it must be one statement that COPY reads", async () => {
    await db.query("CREATE TABLE victim (id int)");
    for (const query of ["SELECT 1) TO STDOUT; DROP TABLE victim; COPY (SELECT 1", "SELECT 1; DROP TABLE victim", "SELECT 1) TO PROGRAM 'true' WITH (FORMAT text"]) {
      await expectError(copyOut("grpc", { query }), Code.InvalidArgument);
    }
    expect((await db.query("SELECT count(*)::int AS n FROM victim")).rows[0].n).toBe(0);
  });

  it("refuses bad requests with INVALID_ARGUMENT (or NOT_FOUND) naming the field", async () => {
    const c = client("connect");
    const cases: [() => Promise<unknown>, Code, string | undefined][] = [
      [() => c.copyRows({ target: { collection: "small" }, rows: [{ values: [v.int(1)] }] }), Code.InvalidArgument, "rows[0].values"],
      [() => c.copyRows({ target: { collection: "small" }, columns: ["id", "nope"], rows: [{ values: [v.int(1), v.int(2)] }] }), Code.InvalidArgument, "columns[1]"],
      [() => c.copyRows({ target: { collection: "small" }, columns: ["id", "id"], rows: [{ values: [v.int(1), v.int(2)] }] }), Code.InvalidArgument, "columns[1]"],
      [() => c.copyRows({ target: { collection: "small" }, rows: [] }), Code.InvalidArgument, "rows"],
      [() => c.copyRows({ target: {}, rows: [{ values: [v.int(1)] }] }), Code.InvalidArgument, "target.collection"],
      [() => c.copyRows({ target: { collection: "missing" }, rows: [{ values: [v.int(1)] }] }), Code.NotFound, undefined],
      [() => copyOut("connect", { target: { collection: "small" }, format: CopyFormat.BINARY, options: { header: true } }), Code.InvalidArgument, "options"],
      [() => copyOut("connect", { target: { collection: "small" }, format: CopyFormat.CSV, options: { delimiter: "ab" } }), Code.InvalidArgument, "options.delimiter"],
      [() => copyOut("connect", { target: { collection: "small" }, query: "SELECT 1" }), Code.InvalidArgument, "target.collection"],
      [() => copyOut("connect", { query: "SELECT $1", params: [v.int(1)], format: CopyFormat.BINARY }), Code.InvalidArgument, "params"],
      [() => copyOut("connect", { target: { collection: "small" }, params: [v.int(1)] }), Code.InvalidArgument, "params"],
      [() => copyOut("connect", {}), Code.InvalidArgument, "target.collection"],
    ];
    for (const [call, code, field] of cases) {
      const err = await expectError(call(), code);
      if (field) expect(errorMetadata(err).field, err.message).toBe(field);
    }
    const mixed: CopyInRequest["format"] = CopyFormat.CSV;
    const err = await expectError(client("grpc").copyIn(messages({ target: { collection: "small" }, format: mixed }, [{ rows: [{ values: [v.int(1)] }] }])), Code.InvalidArgument);
    expect(errorMetadata(err).field).toBe("rows");
  });
});
