import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { waitFor } from "../support/wait-for.js";

const CLI = ["--import", "tsx", "src/cli.ts"];

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [...CLI, ...args], { encoding: "utf8", env: { ...process.env, ...env }, timeout: 20_000 });
}

/** Runs `dbx serve` until it exits by itself, or stops it after a generous while (a server that started). */
async function runServe(args: string[]): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [...CLI, "serve", ...args], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const stopper = setTimeout(() => child.kill("SIGKILL"), 20_000);
  const status = await exited;
  clearTimeout(stopper);
  return { status, stderr };
}

/** Starts `dbx serve` with `args`; resolves with its output once it listens, then stops it. */
async function serveUntilListening(args: string[], env: Record<string, string> = {}): Promise<string> {
  const child = spawn(process.execPath, [...CLI, "serve", "--memory", "--port", "0", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  try {
    await waitFor(() => out.includes('"msg":"dbx listening"') || child.exitCode !== null, { timeoutMs: 20_000, what: "dbx listening" });
    expect(out).toContain('"msg":"dbx listening"');
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
  return out;
}

describe("listening beyond loopback without authentication", () => {
  it("refuses to start on 0.0.0.0 and on :: without --insecure (exit 2, saying why)", async () => {
    for (const host of ["0.0.0.0", "::"]) {
      const res = await runServe(["--memory", "--port", "0", "--host", host]);
      expect(res.status, res.stderr).toBe(2);
      expect(res.stderr).toContain(`server.host: ${host} is not a loopback address`);
      expect(res.stderr).toContain("--insecure");
    }
  });

  it("check-config refuses it too", () => {
    const res = run(["check-config", "--host", "0.0.0.0"]);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain("not a loopback address");
  });

  it("starts with --insecure, DBX_INSECURE=true or server.insecure, and logs a warning", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dbx-exposure-"));
    const configFile = join(dir, "dbx.yaml");
    writeFileSync(configFile, "server:\n  host: 0.0.0.0\n  insecure: true\n");
    try {
      for (const [args, env] of [
        [["--host", "0.0.0.0", "--insecure"], {}],
        [["--host", "0.0.0.0"], { DBX_INSECURE: "true" }],
        [["--config", configFile], {}],
      ] as const) {
        const out = await serveUntilListening([...args], env);
        const warning = out.split("\n").find((line) => line.includes("without authentication"));
        expect(warning, out).toBeDefined();
        expect(JSON.parse(warning!)).toMatchObject({ level: 40, host: "0.0.0.0" });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const config = run(["check-config", "--host", "0.0.0.0"], { DBX_INSECURE: "true" });
    expect(config.status, config.stderr).toBe(0);
    expect(JSON.parse(config.stdout).server.insecure).toBe(true);
  });

  it("starts on loopback without a warning", async () => {
    const out = await serveUntilListening(["--host", "127.0.0.1"]);
    expect(out).not.toContain("without authentication");
  });

  it("names a DBX_INSECURE that is not a boolean", () => {
    const res = run(["check-config"], { DBX_INSECURE: "yes please" });
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/server\.insecure/);
  });
});
