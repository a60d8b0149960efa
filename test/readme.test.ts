import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADAPTERS_BY_SCHEME } from "../src/backends/adapters.js";
import { startTestServer, type TestServer } from "./support/dbx-server.js";

/**
 * The README's curl examples, run as written against a server on the
 * embedded SQLite default (only the port differs), must do what they say.
 */
describe("README examples", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ backends: { default: { url: "sqlite::memory:" } } });
  });
  afterAll(() => server.close());

  function curlCommands(): string[] {
    const readme = readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf("## Try it"), readme.indexOf("gRPC tools work"));
    const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
    // A command runs from `curl` to the line that closes its quoted body.
    return blocks.flatMap((b) => b.split(/\n(?=curl )/).map((c) => c.replace(/\n#.*$/gm, "").trim())).filter((c) => c.startsWith("curl"));
  }

  it("create a table, write a typed row and read it back exactly", async () => {
    const port = new URL(server.url).port;
    // Asynchronously: the server runs in this process and must keep answering.
    const run = promisify(execFile);
    const outputs: string[] = [];
    for (const cmd of curlCommands()) {
      const { stdout } = await run("bash", ["-c", cmd.replaceAll("localhost:7420", `127.0.0.1:${port}`)]);
      outputs.push(stdout);
    }
    expect(outputs.length).toBeGreaterThanOrEqual(4);
    expect(JSON.parse(outputs[1])).toEqual({ created: true });
    const got = JSON.parse(outputs[2]) as { record: { fields: Record<string, unknown> } };
    expect(got.record.fields).toEqual({
      id: { stringValue: "ada" },
      name: { stringValue: "Ada" },
      visits: { intValue: "9223372036854775807" },
      avatar: { bytesValue: "AP8AgA==" },
      born: { timestampValue: "1815-12-10T08:30:00.123456789Z" },
      balance: { decimalValue: { value: "12345678901234567890.123456789" } },
      profile: { jsonValue: '{"langs":["en","fr"],"address":{"city":"London"}}' },
    });
    const found = JSON.parse(outputs[3]) as { records: { fields: { name: unknown } }[] };
    expect(found.records.map((r) => r.fields.name)).toEqual([{ stringValue: "Ada" }]);
  });
});

/** The databases DBX has or plans adapters for, and the URL schemes (with their colon) that select each. */
const DATABASES = [
  { name: "SQLite", schemes: ["sqlite:"] },
  { name: "Redis", schemes: ["redis:", "rediss:"] },
  { name: "PostgreSQL", schemes: ["postgres:", "postgresql:"] },
  { name: "MongoDB", schemes: ["mongodb:", "mongodb+srv:"] },
] as const;

/**
 * The pieces of `text` one claim can span: cut at sentence ends, semicolons,
 * colons, parentheses, dashes, table cells and blank lines (not at the line
 * breaks of a wrapped sentence), so "SQLite and Redis; PostgreSQL planned"
 * is two claims.
 */
function clauses(text: string): string[] {
  return text
    .split(/[.;:()\u2014|]|\n\s*\n/)
    .map((c) => c.replace(/\s+/g, " ").trim())
    .filter((c) => c !== "");
}

/** A database is named as a word (PostgreSQL in "PostgreSQL's", not in "postgres://"). */
function names(clause: string, database: string): boolean {
  return new RegExp(`\\b${database}\\b`).test(clause);
}

describe("README and dbx --help say what works today", () => {
  const accepted = new Set(Object.keys(ADAPTERS_BY_SCHEME));
  const available = DATABASES.filter((d) => d.schemes.some((s) => accepted.has(s))).map((d) => d.name);
  const planned = DATABASES.filter((d) => !d.schemes.some((s) => accepted.has(s))).map((d) => d.name);
  const readme = readFileSync("README.md", "utf8");
  const headline = readme.slice(readme.indexOf("\n") + 1, readme.indexOf("```"));
  let help = "";
  beforeAll(async () => {
    // The command the README tells a new user to type, from the repository root (--no: never fetch a "dbx" from the registry).
    help = (await promisify(execFile)("npx", ["--no", "--", "dbx", "--help"], { encoding: "utf8" })).stdout;
  }, 60_000);

  it("knows every scheme the configuration accepts", () => {
    const known = new Set<string>(DATABASES.flatMap((d) => d.schemes));
    expect([...accepted].filter((s) => !known.has(s))).toEqual([]);
  });

  it("npx dbx --help runs from the clone without a build step", async () => {
    expect(help).toMatch(/^Usage: dbx /);
    expect(readme).toContain("npx dbx");
  });

  it.each(["README headline", "dbx --help"])("the %s names the adapters that exist and calls the others planned", (where) => {
    const text = where === "dbx --help" ? help.split("\n\n")[1] : headline;
    for (const clause of clauses(text)) {
      for (const database of planned) if (names(clause, database)) expect(clause, database).toMatch(/planned/);
      for (const database of available) if (names(clause, database)) expect(clause, database).not.toMatch(/planned/);
    }
    for (const database of [...available, ...planned]) expect(text, database).toMatch(new RegExp(`\\b${database}\\b`));
  });

  it("the rest of the README claims no adapter that does not exist", () => {
    for (const clause of clauses(readme)) {
      for (const database of planned) if (names(clause, database)) expect(clause, database).toMatch(/planned/);
    }
  });
});
