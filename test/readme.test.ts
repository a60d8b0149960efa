import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
