import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CLI = ["--import", "tsx", "src/cli.ts"];

/** One Connect JSON call on a fresh connection, so that connections spread over the workers. */
function call(port: number, path: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path, method: "POST", agent: false, headers: { "content-type": "application/json" } },
      (res) => {
        let data = "";
        res.on("data", (c: Buffer) => (data += c.toString()));
        res.on("end", () => resolve(data));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("dbx serve --workers", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dbx-workers-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("refuses an in-memory SQLite database shared by several workers, naming the field", () => {
    const res = spawnSync(process.execPath, [...CLI, "serve", "--workers", "2", "--memory", "--port", "0"], { encoding: "utf8", timeout: 20_000 });
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/backends\.default\.url: an in-memory SQLite database/);
  });

  it("serves one port from several processes and stops them all on SIGTERM", async () => {
    const db = join(dir, "w.db");
    const child = spawn(process.execPath, [...CLI, "serve", "--workers", "2", "--port", "0", "--backend", `default=sqlite:${db}`], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const lines: Record<string, unknown>[] = [];
    child.stdout.on("data", (chunk: Buffer) => {
      for (const l of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
    });
    const deadline = Date.now() + 30_000;
    while (lines.filter((l) => l.msg === "dbx listening").length < 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const listening = lines.filter((l) => l.msg === "dbx listening");
    expect(listening).toHaveLength(2);
    expect(listening[0].port).toBe(listening[1].port);
    const port = listening[0].port as number;

    // SQLite's change feed is per process: with workers, Watch is not offered rather than incomplete.
    const caps = JSON.parse(await call(port, "/dbx.v1.AdminService/GetCapabilities", "{}")) as { capabilities: string[] };
    expect(caps.capabilities).not.toContain("stream.watch");
    await call(port, "/dbx.v1.QueryService/Execute", '{"statement":"CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER)"}');
    for (let i = 0; i < 20; i++) {
      await call(port, "/dbx.v1.DataService/Put", `{"target":{"collection":"t"},"key":{"stringValue":"k${i}"},"record":{"fields":{"n":{"intValue":"${i}"}}}}`);
    }
    // Every worker sees every write: they share the database file.
    const count = JSON.parse(await call(port, "/dbx.v1.DataService/Count", '{"target":{"collection":"t"}}')) as { count: string };
    expect(count.count).toBe("20");
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    const pids = new Set(lines.filter((l) => l.msg === "call").map((l) => l.pid));
    expect(pids.size).toBe(2);
  }, 60_000);
});
