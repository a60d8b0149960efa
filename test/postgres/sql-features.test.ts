import { Code } from "@connectrpc/connect";
import { once } from "node:events";
import { connect as netConnect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnType, TableKind } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { expectInvalidField, v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";
import { RawH2Client } from "../transport/raw-h2.js";

/**
 * What PostgreSQL users reach for, each proven through dbx.sql.v1.SqlService
 * on a real DBX server over Connect JSON and gRPC: JSONB operators and
 * jsonpath, arrays and unnest, full-text search with a GIN index, window
 * functions, recursive CTEs, INSERT ... ON CONFLICT ... RETURNING, LATERAL,
 * generated columns, and an extension (pg_trgm) listed by GetCapabilities.
 */
const PROTOCOLS: Protocol[] = ["connect", "grpc"];
const sqlText = (value: string) => ({ case: "sql" as const, value });

/** The plain value of a cell: scalars as they are, JSON parsed, arrays element by element. */
function plain(value: TypedValue): unknown {
  const k = value.kind;
  switch (k.case) {
    case "jsonValue":
      return JSON.parse(k.value);
    case "arrayValue":
      return k.value.values.map(plain);
    case "decimalValue":
      return k.value.value;
    case "nullValue":
      return null;
    case "nativeValue":
      return k.value.representation.value;
    default:
      return k.value;
  }
}

const cells = (rows: { values: TypedValue[] }[]) => rows.map((r) => r.values.map(plain));

let db: PostgresDatabase;
let server: TestServer;

beforeAll(async () => {
  db = await createPostgresDatabase("sqlfeat");
  // Extensions are probed when the backend opens; this one is there before.
  await db.query("CREATE EXTENSION pg_trgm");
  server = await startTestServer({ defaultBackend: "pg", backends: { pg: { url: db.url } } });
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

for (const protocol of PROTOCOLS) {
  describe(`PostgreSQL through SqlService (${protocol})`, () => {
    const sql = () => server.client(SqlService, protocol);
    const target = { backend: "pg" };
    const exec = (statement: string, params: TypedValue[] = []) => sql().exec({ target, source: sqlText(statement), params });
    const query = (statement: string, params: TypedValue[] = [], paramTypes: string[] = []) =>
      sql().query({ target, source: sqlText(statement), params, paramTypes });
    const name = (base: string) => `${base}_${protocol.replace("-", "_")}`;

    it("JSONB operators (@>, ->, ->>, ?, #>) and jsonpath (@?, jsonb_path_query)", async () => {
      const docs = name("docs");
      await exec(`CREATE TABLE ${docs} (id int PRIMARY KEY, doc jsonb NOT NULL)`);
      await exec(`INSERT INTO ${docs} VALUES (1, $1), (2, $2), (3, $3)`, [
        v.json('{"name": "ada", "tags": ["math", "engines"], "n": 3, "address": {"city": "London"}}'),
        v.map({ name: v.str("alan"), tags: v.list([v.str("logic")]), n: v.int(1) }),
        v.json('{"name": "grace", "tags": ["cobol", "navy"], "n": 5}'),
      ]);
      const contains = await query(`SELECT id, doc->>'name', doc->'tags', doc #> '{address,city}' FROM ${docs} WHERE doc @> $1 ORDER BY id`, [v.json('{"tags": ["math"]}')]);
      expect(cells(contains.rows)).toEqual([[1n, "ada", ["math", "engines"], "London"]]);
      expect(contains.columns.map((c) => ColumnType[c.type])).toEqual(["INT64", "STRING", "JSON", "JSON"]);
      expect(cells((await query(`SELECT id FROM ${docs} WHERE doc ? 'address' OR doc->'tags' ? $1 ORDER BY id`, [v.str("navy")])).rows)).toEqual([[1n], [3n]]);
      // jsonpath: a filter with a variable, and the values it selects.
      const path = await query(`SELECT id, jsonb_path_query_array(doc, '$.tags[*] ? (@ starts with $p)', jsonb_build_object('p', $1::text)) FROM ${docs} WHERE doc @? '$.n ? (@ >= 3)' ORDER BY id`, [v.str("n")]);
      expect(cells(path.rows)).toEqual([
        [1n, []],
        [3n, ["navy"]],
      ]);
    });

    it("array operators (&&, @>, ANY) and unnest WITH ORDINALITY, with array columns described by element type", async () => {
      const posts = name("posts");
      await exec(`CREATE TABLE ${posts} (id int PRIMARY KEY, tags text[] NOT NULL, scores int8[])`);
      await exec(`INSERT INTO ${posts} VALUES (1, $1, $2), (2, $3, NULL)`, [
        v.list([v.str("pg"), v.str("sql")]),
        v.list([v.int(9007199254740993n), v.null()]),
        v.list([v.str("redis")]),
      ]);
      const overlap = await query(`SELECT id, tags, scores FROM ${posts} WHERE tags && $1 AND $2 = ANY(tags) ORDER BY id`, [v.list([v.str("sql"), v.str("x")]), v.str("pg")]);
      expect(cells(overlap.rows)).toEqual([[1n, ["pg", "sql"], [9007199254740993n, null]]]);
      expect(overlap.columns.slice(1).map((c) => [ColumnType[c.type], ColumnType[c.elementType], c.nativeType])).toEqual([
        ["ARRAY", "STRING", "_text"],
        ["ARRAY", "INT64", "_int8"],
      ]);
      const unnested = await query(`SELECT p.id, t.tag, t.i FROM ${posts} p, unnest(p.tags) WITH ORDINALITY AS t(tag, i) WHERE p.tags @> ARRAY['pg'] ORDER BY t.i`);
      expect(cells(unnested.rows)).toEqual([
        [1n, "pg", 1n],
        [1n, "sql", 2n],
      ]);
    });

    it("CreateTable declares ARRAY columns of an element type; DescribeTable answers it", async () => {
      const lists = name("lists");
      await sql().createTable({
        target: { ...target, collection: lists },
        columns: [
          { name: "id", type: ColumnType.INT64, notNull: true },
          { name: "tags", type: ColumnType.ARRAY, elementType: ColumnType.STRING },
          { name: "grid", type: ColumnType.ARRAY, elementType: ColumnType.DECIMAL },
        ],
        primaryKey: ["id"],
      });
      const described = (await sql().describeTable({ target: { ...target, collection: lists } })).table!;
      expect(described.columns.map((c) => [c.name, c.declaredType, ColumnType[c.type], ColumnType[c.elementType]])).toEqual([
        ["id", "bigint", "INT64", "UNSPECIFIED"],
        ["tags", "text[]", "ARRAY", "STRING"],
        ["grid", "numeric[]", "ARRAY", "DECIMAL"],
      ]);
      const grid = v.list([v.list([v.decimal("1.5"), v.null()]), v.list([v.decimal("-2"), v.decimal("3.25")])]);
      await exec(`INSERT INTO ${lists} VALUES (1, $1, $2)`, [v.list([v.str("a"), v.str("b,c")]), grid]);
      expect(cells((await query(`SELECT tags, grid FROM ${lists}`)).rows)).toEqual([[["a", "b,c"], [["1.5", null], ["-2", "3.25"]]]]);
      await expectInvalidField(sql().createTable({ target: { ...target, collection: name("bad_list") }, columns: [{ name: "a", type: ColumnType.ARRAY }] }), "columns[0].element_type");
      await expectInvalidField(
        sql().createTable({ target: { ...target, collection: name("bad_list") }, columns: [{ name: "a", type: ColumnType.ARRAY, elementType: ColumnType.ARRAY }] }),
        "columns[0].element_type",
      );
    });

    it("full-text search: tsvector and tsquery, ranking, and a GIN index the planner uses", async () => {
      const articles = name("articles");
      await exec(`CREATE TABLE ${articles} (id int PRIMARY KEY, body text NOT NULL, tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED)`);
      await exec(`CREATE INDEX ${articles}_tsv ON ${articles} USING GIN (tsv)`);
      await exec(`INSERT INTO ${articles} (id, body) VALUES (1, 'Databases store data'), (2, 'PostgreSQL is a database; databases are everywhere'), (3, 'Cats sleep')`);
      const ranked = await query(
        `SELECT id, ts_rank(tsv, q) > 0, ts_headline('english', body, q) FROM ${articles}, websearch_to_tsquery('english', $1) q WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC, id`,
        [v.str("database")],
      );
      expect(cells(ranked.rows)).toEqual([
        [2n, true, "PostgreSQL is a <b>database</b>; <b>databases</b> are everywhere"],
        [1n, true, "<b>Databases</b> store data"],
      ]);
      const indexes = await sql().listIndexes({ target: { ...target, collection: articles } });
      expect(indexes.indexes.map((i) => i.name)).toContain(`${articles}_tsv`);
      // With sequential scans off for this transaction only, the plan goes through the GIN index.
      const plan = await sql().batch({
        target,
        atomic: true,
        statements: [{ source: sqlText("SET LOCAL enable_seqscan = off") }, { source: sqlText(`EXPLAIN SELECT id FROM ${articles} WHERE tsv @@ to_tsquery('english', 'cat')`) }],
      });
      expect(cells(plan.results[1].rows).flat().join("\n")).toContain(`${articles}_tsv`);
    });

    it("window functions: row_number, running sums and lag over partitions", async () => {
      const sales = name("sales");
      await exec(`CREATE TABLE ${sales} (region text, day int, amount numeric(10,2))`);
      await exec(`INSERT INTO ${sales} VALUES ('eu', 1, 10.50), ('eu', 2, 20.25), ('us', 1, 5.00), ('us', 2, 7.00), ('us', 3, 1.10)`);
      const res = await query(
        `SELECT region, day, row_number() OVER w, sum(amount) OVER w, lag(amount) OVER w FROM ${sales} WINDOW w AS (PARTITION BY region ORDER BY day) ORDER BY region, day`,
      );
      expect(cells(res.rows)).toEqual([
        ["eu", 1n, 1n, "10.50", null],
        ["eu", 2n, 2n, "30.75", "10.50"],
        ["us", 1n, 1n, "5.00", null],
        ["us", 2n, 2n, "12.00", "5.00"],
        ["us", 3n, 3n, "13.10", "7.00"],
      ]);
      expect(res.columns.map((c) => [c.nativeType, ColumnType[c.type]])).toEqual([
        ["text", "STRING"],
        ["int4", "INT64"],
        ["int8", "INT64"],
        ["numeric", "DECIMAL"],
        ["numeric", "DECIMAL"],
      ]);
      // A table column keeps its declared precision and scale; the window's sum has none.
      const amount = (await query(`SELECT amount, sum(amount) OVER () FROM ${sales} LIMIT 1`)).columns;
      expect(amount.map((c) => [c.declaredType, c.precision, c.scale, c.sourceColumn])).toEqual([
        ["numeric(10,2)", 10, 2, "amount"],
        ["", undefined, undefined, ""],
      ]);
    });

    it("recursive CTEs walk a tree", async () => {
      const tree = name("tree");
      await exec(`CREATE TABLE ${tree} (id int PRIMARY KEY, parent int REFERENCES ${tree}, label text)`);
      await exec(`INSERT INTO ${tree} VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 2, 'b'), (4, 1, 'c'), (5, 3, 'd')`);
      const res = await query(
        `WITH RECURSIVE walk(id, path, depth) AS (
           SELECT id, label, 0 FROM ${tree} WHERE id = $1
           UNION ALL SELECT t.id, w.path || '/' || t.label, w.depth + 1 FROM ${tree} t JOIN walk w ON t.parent = w.id
         ) SELECT path, depth FROM walk ORDER BY path`,
        [v.int(1)],
      );
      expect(cells(res.rows)).toEqual([
        ["root", 0n],
        ["root/a", 1n],
        ["root/a/b", 2n],
        ["root/a/b/d", 3n],
        ["root/c", 1n],
      ]);
    });

    it("INSERT ... ON CONFLICT ... RETURNING tells inserted from updated rows", async () => {
      const counters = name("counters");
      await exec(`CREATE TABLE ${counters} (key text PRIMARY KEY, hits int8 NOT NULL)`);
      const upsert = `INSERT INTO ${counters} AS c (key, hits) VALUES ($1, 1) ON CONFLICT (key) DO UPDATE SET hits = c.hits + 1 RETURNING key, hits, (xmax = 0) AS inserted`;
      expect(cells((await query(upsert, [v.str("a")])).rows)).toEqual([["a", 1n, true]]);
      expect(cells((await query(upsert, [v.str("a")])).rows)).toEqual([["a", 2n, false]]);
      const nothing = await query(`INSERT INTO ${counters} VALUES ($1, 0) ON CONFLICT DO NOTHING RETURNING key`, [v.str("a")]);
      expect(nothing.rows).toEqual([]);
      expect(nothing.columns.map((c) => c.name)).toEqual(["key"]);
      // Exec answers the rows the upsert changed.
      expect((await exec(`INSERT INTO ${counters} VALUES ('a', 0), ('b', 0) ON CONFLICT (key) DO UPDATE SET hits = 0`)).rowsAffected).toBe(2n);
    });

    it("LATERAL: the top row per group", async () => {
      const authors = name("authors");
      const books = name("books");
      await exec(`CREATE TABLE ${authors} (id int PRIMARY KEY, name text)`);
      await exec(`CREATE TABLE ${books} (author int REFERENCES ${authors}, title text, year int)`);
      await exec(`INSERT INTO ${authors} VALUES (1, 'Le Guin'), (2, 'Borges'), (3, 'Nobody')`);
      await exec(`INSERT INTO ${books} VALUES (1, 'Earthsea', 1968), (1, 'The Dispossessed', 1974), (2, 'Ficciones', 1944)`);
      const res = await query(
        `SELECT a.name, latest.title FROM ${authors} a LEFT JOIN LATERAL (SELECT title FROM ${books} b WHERE b.author = a.id ORDER BY year DESC LIMIT $1) latest ON true ORDER BY a.id`,
        [v.int(1)],
      );
      expect(cells(res.rows)).toEqual([
        ["Le Guin", "The Dispossessed"],
        ["Borges", "Ficciones"],
        ["Nobody", null],
      ]);
    });

    it("generated columns: computed on write, described without a default, refused on write", async () => {
      const boxes = name("boxes");
      await exec(`CREATE TABLE ${boxes} (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, w numeric NOT NULL, h numeric NOT NULL, area numeric GENERATED ALWAYS AS (w * h) STORED)`);
      const inserted = await query(`INSERT INTO ${boxes} (w, h) VALUES ($1, $2) RETURNING id, area`, [v.decimal("1.5"), v.decimal("4")]);
      expect(cells(inserted.rows)).toEqual([[1n, "6.0"]]);
      const described = (await sql().describeTable({ target: { ...target, collection: boxes } })).table!;
      expect(described.columns.map((c) => [c.name, c.declaredType, c.nullable, c.defaultExpression, c.primaryKeyPosition])).toEqual([
        ["id", "integer", false, "", 1],
        ["w", "numeric", false, "", 0],
        ["h", "numeric", false, "", 0],
        ["area", "numeric", true, "", 0],
      ]);
      await expect(exec(`INSERT INTO ${boxes} (w, h, area) VALUES (1, 1, 5)`)).rejects.toMatchObject({ rawMessage: expect.stringContaining('non-DEFAULT value into column "area"') });
    });

    it("an extension (pg_trgm) is listed by GetCapabilities modules and usable through SQL", async () => {
      const caps = await server.client(AdminService, protocol).getCapabilities({ backend: "pg" });
      expect(caps.modules.some((m) => m.startsWith("pg_trgm "))).toBe(true);
      const words = name("words");
      await exec(`CREATE TABLE ${words} (w text)`);
      await exec(`CREATE INDEX ${words}_trgm ON ${words} USING GIN (w gin_trgm_ops)`);
      await exec(`INSERT INTO ${words} VALUES ('postgres'), ('postgis'), ('redis')`);
      const similar = await query(`SELECT w, similarity(w, $1) > 0.3 FROM ${words} WHERE w % $1 ORDER BY similarity(w, $1) DESC`, [v.str("postgre")]);
      expect(cells(similar.rows)).toEqual([
        ["postgres", true],
        ["postgis", true],
      ]);
    });

    it("param_types give NULLs a type and cast text to types DBX has no kind for", async () => {
      const typed = await query("SELECT $1, $2, $3 + 1", [v.null(), v.str("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"), v.int(41)], ["int8", "uuid", "int4"]);
      expect(typed.columns.map((c) => [c.nativeType, ColumnType[c.type]])).toEqual([
        ["int8", "INT64"],
        ["uuid", "NATIVE"],
        ["int4", "INT64"],
      ]);
      expect(cells(typed.rows)).toEqual([[null, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", 42n]]);
      const err = await query("SELECT $1", [v.str("x")], ["no_such_type"]).catch((e: unknown) => e);
      expect(err).toMatchObject({ rawMessage: expect.stringMatching(/^param_types\[0\]: /) });
    });

    it("the same statement text runs with other parameter types on the same connection", async () => {
      // One pooled connection: the text is prepared there once per set of parameter types.
      const single = await startTestServer({ defaultBackend: "one", backends: { one: { url: db.url, poolSize: 1 } } });
      try {
        const one = single.client(SqlService, protocol);
        const run = (params: TypedValue[], paramTypes: string[] = []) => one.query({ target: { backend: "one" }, source: sqlText("SELECT $1::text"), params, paramTypes });
        expect(cells((await run([v.int(7)])).rows)).toEqual([["7"]]);
        expect(cells((await run([v.str("seven")])).rows)).toEqual([["seven"]]);
        expect(cells((await run([v.int(8)], ["int4"])).rows)).toEqual([["8"]]);
        expect(cells((await run([v.str("eight")], ["text"])).rows)).toEqual([["eight"]]);
      } finally {
        await single.close();
      }
    });

    it("schemas as namespaces: tables, views, materialized views, partitions and foreign tables described by kind", async () => {
      const schema = name("catalog");
      await exec(`CREATE SCHEMA ${schema}`);
      const inSchema = { backend: "pg", namespace: schema };
      await sql().createTable({ target: { ...inSchema, collection: "events" }, columns: [{ name: "id", type: ColumnType.INT64, notNull: true }, { name: "at", type: ColumnType.TIMESTAMP }], primaryKey: ["id"] });
      // Unqualified names resolve in the namespace.
      await sql().exec({ target: inSchema, source: sqlText("INSERT INTO events (id, at) VALUES ($1, now())"), params: [v.int(1)] });
      await sql().exec({ target: inSchema, source: sqlText("CREATE VIEW recent AS SELECT id FROM events") });
      await sql().exec({ target: inSchema, source: sqlText("CREATE MATERIALIZED VIEW counted AS SELECT count(*) AS n FROM events") });
      await sql().exec({ target: inSchema, source: sqlText("CREATE TABLE measures (day date NOT NULL, v float8) PARTITION BY RANGE (day)") });
      await sql().exec({ target: inSchema, source: sqlText("CREATE TABLE measures_2024 PARTITION OF measures FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')") });
      await exec("CREATE EXTENSION IF NOT EXISTS file_fdw");
      await exec("DO $$ BEGIN CREATE SERVER files FOREIGN DATA WRAPPER file_fdw; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
      await sql().exec({ target: inSchema, source: sqlText("CREATE FOREIGN TABLE outside (line text) SERVER files OPTIONS (filename '/dev/null')") });
      const listed = await sql().listTables({ target: inSchema });
      expect(listed.tables.map((t) => [t.name, TableKind[t.kind]])).toEqual([
        ["counted", "MATERIALIZED_VIEW"],
        ["events", "TABLE"],
        ["measures", "PARTITIONED_TABLE"],
        ["measures_2024", "TABLE"],
        ["outside", "FOREIGN_TABLE"],
        ["recent", "VIEW"],
      ]);
      const recent = (await sql().describeTable({ target: { ...inSchema, collection: "recent" } })).table!;
      expect([TableKind[recent.kind], recent.keyFields, recent.columns.map((c) => c.name)]).toEqual(["VIEW", [], ["id"]]);
      const partition = (await sql().describeTable({ target: { ...inSchema, collection: "measures_2024" } })).table!;
      expect(partition.columns.map((c) => [c.name, c.declaredType, c.nullable])).toEqual([
        ["day", "date", false],
        ["v", "double precision", true],
      ]);
      const events = await sql().query({ target: inSchema, source: sqlText("SELECT id FROM events") });
      expect([events.columns[0].sourceTable?.namespace, events.columns[0].sourceTable?.collection, events.columns[0].sourceColumn]).toEqual([schema, "events", "id"]);
      // The public schema has none of them.
      expect((await sql().listTables({ target })).tables.map((t) => t.name)).not.toContain("events");
    });

    it("data-modifying statements: Exec counts the rows of a WITH ... INSERT ... RETURNING; StreamQuery answers their RETURNING rows", async () => {
      const log = name("log");
      await exec(`CREATE TABLE ${log} (id int PRIMARY KEY)`);
      const withInsert = (from: number) => `WITH src AS (SELECT generate_series(${from}, ${from + 2}) AS id) INSERT INTO ${log} SELECT id FROM src RETURNING id`;
      expect((await exec(withInsert(1))).rowsAffected).toBe(3n);
      const streamed: unknown[] = [];
      for await (const msg of sql().streamQuery({ target, source: sqlText(withInsert(4)), batchSize: 2 })) streamed.push(cells(msg.rows));
      expect(streamed).toEqual([[[4n], [5n]], [[6n]]]);
      const plain: unknown[] = [];
      for await (const msg of sql().streamQuery({ target, source: sqlText(`INSERT INTO ${log} VALUES (7), (8) RETURNING id * 10`) })) plain.push(msg.columns.length, cells(msg.rows));
      expect(plain).toEqual([1, [[70n], [80n]]]);
      // A WITH that only reads streams through a cursor.
      const read: unknown[] = [];
      for await (const msg of sql().streamQuery({ target, source: sqlText(`WITH s AS (SELECT id FROM ${log}) SELECT count(*) FROM s`) })) read.push(cells(msg.rows));
      expect(read).toEqual([[[8n]]]);
    });

    it("inside an interactive transaction, a call's namespace lasts for that call only (streams included)", async () => {
      const schema = name("txns");
      await exec(`CREATE SCHEMA ${schema}`);
      await exec(`CREATE TABLE ${schema}.here (v text)`);
      const tx = server.client(TransactionService, protocol);
      const { transactionId } = await tx.begin({ target });
      try {
        const inSchema = { backend: "pg", namespace: schema };
        await sql().exec({ target: inSchema, transactionId, source: sqlText("INSERT INTO here VALUES ('x')") });
        const path = async (namespace = "") =>
          cells((await sql().query({ target: { backend: "pg", namespace }, transactionId, source: sqlText("SELECT current_schema()") })).rows)[0][0];
        expect(await path(schema)).toBe(schema);
        expect(await path()).toBe("public");
        const streamed: unknown[] = [];
        for await (const msg of sql().streamQuery({ target: inSchema, transactionId, source: sqlText("SELECT v, current_schema() FROM here") })) streamed.push(...cells(msg.rows));
        expect(streamed).toEqual([["x", schema]]);
        expect(await path()).toBe("public");
      } finally {
        await tx.rollback({ transactionId });
      }
      expect((await db.query(`SELECT count(*)::int AS n FROM ${schema}.here`)).rows[0].n).toBe(0);
    });

    it("a session context and a namespace apply to one call (batch and stream included) and never to the next on the same connection", async () => {
      const single = await startTestServer({ defaultBackend: "one", backends: { one: { url: db.url, poolSize: 1, sessionContext: { allowedSettings: ["app.tenant"] } } } });
      try {
        const one = single.client(SqlService, protocol);
        const schema = name("scoped");
        await one.exec({ target: { backend: "one" }, source: sqlText(`CREATE SCHEMA ${schema}`) });
        await one.exec({ target: { backend: "one" }, source: sqlText(`CREATE TABLE ${schema}.ids (id int PRIMARY KEY)`) });
        const session = { settings: { "app.tenant": "42" } };
        const setting = sqlText("SELECT current_setting('app.tenant', true), current_schema()");
        const inCall = await one.query({ target: { backend: "one", namespace: schema }, source: setting, session });
        expect(cells(inCall.rows)).toEqual([["42", schema]]);
        const streamed: unknown[] = [];
        for await (const msg of one.streamQuery({ target: { backend: "one" }, source: setting, session })) streamed.push(...cells(msg.rows));
        expect(streamed).toEqual([["42", "public"]]);
        // The one pooled connection, next call: neither the setting nor the schema stayed (a setting
        // once set transaction-locally reads "" afterwards).
        expect(cells((await one.query({ target: { backend: "one" }, source: setting })).rows)).toEqual([["", "public"]]);
        // Not atomic with a namespace: the statements before a failure stay (a savepoint each).
        const insert = (id: number) => ({ source: sqlText("INSERT INTO ids VALUES ($1)"), params: [v.int(id)] });
        const err = await one.batch({ target: { backend: "one", namespace: schema }, session, statements: [insert(1), insert(2), insert(1), insert(3)] }).catch((e: unknown) => e);
        expect(err).toMatchObject({ code: Code.AlreadyExists, rawMessage: expect.stringMatching(/^statements\[2\]: .*\(statements 0 to 1 took effect\)$/) });
        expect((await db.query(`SELECT array_agg(id ORDER BY id)::text AS ids FROM ${schema}.ids`)).rows[0].ids).toBe("{1,2}");
      } finally {
        await single.close();
      }
    });

    it("StreamQuery reads through a cursor in batches and leaves no transaction open when the client cancels", async () => {
      const seen: number[] = [];
      const cancel = new AbortController();
      const stream = sql().streamQuery({ target, source: sqlText("SELECT g FROM generate_series(1, $1) g"), params: [v.int(100_000)], batchSize: 1000 }, { signal: cancel.signal });
      await expect(
        (async () => {
          for await (const msg of stream) {
            // A batch already on its way when the client cancelled may still arrive.
            if (cancel.signal.aborted) continue;
            seen.push(msg.rows.length);
            if (seen.length === 3) cancel.abort();
          }
        })(),
      ).rejects.toMatchObject({ code: Code.Canceled });
      expect(seen).toEqual([1000, 1000, 1000]);
      // The cursor's transaction ended with the stream: no DBX session stays idle in a transaction.
      const open = async () => (await db.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'dbx' AND state LIKE 'idle in transaction%'")).rows[0].n as number;
      await waitFor(async () => (await open()) === 0, { what: "no DBX session idle in a transaction" });
    });
  });
}

describe("PostgreSQL StreamQuery backpressure", () => {
  /** A Connect streaming request (one enveloped JSON message) for a million rows, each counted by `sequence`. */
  function streamRequest(sequence: string): Buffer {
    const message = Buffer.from(JSON.stringify({ target: { backend: "pg" }, sql: `SELECT g, nextval('${sequence}') FROM generate_series(1, 1000000) g`, batchSize: 1000 }));
    const envelope = Buffer.alloc(5);
    envelope.writeUInt32BE(message.length, 1);
    return Buffer.concat([envelope, message]);
  }
  /** Resolves with the sequence's value once rows stop being produced while a FETCH waits, the client not reading. */
  async function stalledAt(sequence: string): Promise<number> {
    // nextval() runs as rows are produced, and this session sees it at once (sequences are not transactional).
    const lastValue = async () => Number((await db.query(`SELECT last_value FROM ${sequence}`)).rows[0].last_value);
    const waiting = async () =>
      (await db.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'dbx' AND state = 'idle in transaction' AND query LIKE 'FETCH%'")).rows[0].n === 1;
    let stalled = -1;
    await waitFor(
      async () => {
        const now = await lastValue();
        const stopped = now > 1 && now === stalled && (await waiting());
        stalled = now;
        return stopped;
      },
      { what: "the cursor to stop while the client does not read", intervalMs: 200 },
    );
    return stalled;
  }
  const streamTransactionEnded = () =>
    waitFor(async () => (await db.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'dbx' AND state LIKE 'idle in transaction%'")).rows[0].n === 0, {
      what: "the stream's transaction to end",
    });

  it("over HTTP/1.1, a client that stops reading stops the cursor too", async () => {
    await db.query("CREATE SEQUENCE produced_h1");
    const body = streamRequest("produced_h1");
    const socket = netConnect(Number(new URL(server.url).port), "127.0.0.1");
    try {
      await once(socket, "connect");
      socket.write(
        `POST /dbx.sql.v1.SqlService/StreamQuery HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/connect+json\r\ncontent-length: ${body.length}\r\n\r\n`,
      );
      socket.write(body);
      // Never read: the kernel's buffers fill, then the server's writes must wait.
      socket.pause();
      // Loopback's socket buffers hold a few MB of these JSON rows at most; without backpressure all million were produced.
      expect(await stalledAt("produced_h1")).toBeLessThan(500_000);
    } finally {
      socket.destroy();
    }
    await streamTransactionEnded();
  });

  it("a client that stops reading stops the cursor, whatever the result's length", async () => {
    await db.query("CREATE SEQUENCE produced");
    // A client that never grants HTTP/2 flow-control window past the first 64 KiB: the server cannot send more.
    const client = await RawH2Client.connect(Number(new URL(server.url).port));
    try {
      client.start();
      client.request(1, { ":method": "POST", ":scheme": "http", ":authority": "127.0.0.1", ":path": "/dbx.sql.v1.SqlService/StreamQuery", "content-type": "application/connect+json" }, streamRequest("produced"));
      // About the flow-control window and the socket's buffers of rows were produced, of a million.
      expect(await stalledAt("produced")).toBeLessThan(100_000);
    } finally {
      client.socket.destroy();
    }
    // The client gone, the cursor's transaction ends.
    await streamTransactionEnded();
  });
});
