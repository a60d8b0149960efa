import { describe, expect, it } from "vitest";
import { SqlTokenizer, type SqlToken } from "../../src/backends/sqlite/sql-tokens.js";
import { firstKeyword, scanStatements } from "../../src/backends/sqlite/statement-kind.js";

const tokens = (sql: string): [string, string][] => {
  const out: [string, string][] = [];
  const t = new SqlTokenizer(sql);
  for (let token: SqlToken | undefined = t.next(); token; token = t.next()) out.push([token.kind, token.value]);
  return out;
};

const kinds = (sql: string) => scanStatements(sql).statements.map((s) => (s.kind === "ordinary" || s.kind === "transaction-control" ? `${s.kind}:${s.keyword}` : s.kind));

describe("SQLite statement tokenizer and classifier", () => {
  it("reads strings, quoted identifiers, blobs, comments and parameters as SQLite does", () => {
    expect(tokens(`SELECT 'it''s', "a""b", \`c\`\`d\`, [e]] , x'00ff', ?1, :n, @m, $p -- ATTACH\n/* PRAGMA */ 1.5e-3`)).toEqual([
      ["word", "SELECT"],
      ["string", "it's"],
      ["punct", ","],
      ["quoted", 'a"b'],
      ["punct", ","],
      ["quoted", "c`d"],
      ["punct", ","],
      ["quoted", "e"],
      ["punct", "]"],
      ["punct", ","],
      ["blob", "00ff"],
      ["punct", ","],
      ["parameter", ""],
      ["punct", ","],
      ["parameter", ""],
      ["punct", ","],
      ["parameter", ""],
      ["punct", ","],
      ["parameter", ""],
      ["number", ""],
    ]);
    expect(tokens("SELECT 'unterminated")).toEqual([["word", "SELECT"], ["string", "unterminated"]]);
    expect(tokens("SELECT 1 /* unterminated")).toEqual([["word", "SELECT"], ["number", ""]]);
  });

  it("classifies each statement by its leading keywords, after EXPLAIN [QUERY PLAN]", () => {
    expect(kinds("SELECT 1; INSERT INTO t VALUES (1);")).toEqual(["ordinary:SELECT", "ordinary:INSERT"]);
    expect(kinds("EXPLAIN QUERY PLAN ATTACH 'x' AS y")).toEqual(["attach"]);
    expect(kinds("explain pragma synchronous=0")).toEqual(["connection"]);
    expect(kinds("SELECT 1; COMMIT")).toEqual(["ordinary:SELECT", "transaction-control:COMMIT"]);
    expect(kinds("VACUUM; VACUUM main; VACUUM INTO 'x'; VACUUM main INTO 'y'")).toEqual([
      "ordinary:VACUUM",
      "ordinary:VACUUM",
      "vacuum-into",
      "vacuum-into",
    ]);
    expect(kinds("PRAGMA table_info(t); PRAGMA main.page_count; PRAGMA journal_mode = wal; PRAGMA foo")).toEqual([
      "ordinary:PRAGMA",
      "ordinary:PRAGMA",
      "connection",
      "connection",
    ]);
  });

  it("keeps a trigger's body, with its CASE … END, in one statement", () => {
    const trigger =
      "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET x = CASE WHEN NEW.x THEN 1 ELSE 0 END; DELETE FROM u; END; SELECT 2";
    expect(kinds(trigger)).toEqual(["ordinary:CREATE", "ordinary:SELECT"]);
  });

  it("finds the file of ATTACH and VACUUM INTO", () => {
    const [attach] = scanStatements("ATTACH DATABASE 'a.db' AS a").statements;
    expect(attach.kind === "attach" && attach.file?.value).toBe("a.db");
    const [bare] = scanStatements("ATTACH database AS a").statements;
    expect(bare.kind === "attach" && bare.file?.value).toBe("database");
    const [expression] = scanStatements("ATTACH 'a' || '.db' AS a").statements;
    expect(expression.kind === "attach" && expression.file).toBeUndefined();
    const [into] = scanStatements("VACUUM INTO 'v.db'").statements;
    expect(into.kind === "vacuum-into" && into.file?.value).toBe("v.db");
  });

  it("notes load_extension( anywhere, however written", () => {
    for (const sql of ["SELECT load_extension('x')", "SELECT 1 FROM t WHERE LOAD_EXTENSION /**/ ('x')", 'SELECT "load_extension"(1)', "SELECT [load_extension](1)"]) {
      expect(scanStatements(sql).loadsExtension, sql).toBe(true);
    }
    expect(scanStatements("SELECT 'load_extension(x)', load_extension FROM t").loadsExtension).toBe(false);
  });

  it("firstKeyword skips comments and EXPLAIN", () => {
    expect(firstKeyword("  -- c\n /* d */ insert into t values (1)")).toBe("INSERT");
    expect(firstKeyword("EXPLAIN QUERY PLAN SELECT 1")).toBe("SELECT");
    expect(firstKeyword("'text'")).toBeUndefined();
  });

  it("takes linear time on inputs that would make a backtracking pattern explode", () => {
    const size = 4 * 1024 * 1024;
    const inputs = [
      "'" + "''".repeat(size / 2),
      "/*".repeat(size / 2),
      "-".repeat(size),
      "x'".repeat(size / 2),
      "[".repeat(size),
      "SELECT " + "1,".repeat(size / 2) + "1",
      "EXPLAIN ".repeat(size / 8),
      ";".repeat(size),
      "CREATE TRIGGER t BEGIN " + "CASE ".repeat(size / 5),
    ];
    for (const sql of inputs) {
      const started = performance.now();
      scanStatements(sql);
      // Generous for a loaded machine; a quadratic scan of 4 MB takes minutes.
      expect(performance.now() - started, sql.slice(0, 20)).toBeLessThan(5_000);
    }
  });
});
