import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const CLI = ["--import", "tsx", "src/cli.ts"];

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [...CLI, ...args], { encoding: "utf8", env: { ...process.env, ...env }, timeout: 20_000 });
}

describe("dbx CLI", () => {
  it("--help lists the commands and the documented flags", () => {
    const top = run(["--help"]);
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/serve/);
    expect(top.stdout).toMatch(/check-config/);
    const serve = run(["serve", "--help"]);
    for (const flag of ["--host", "--port", "--config", "--memory", "--backend", "--tls-cert", "--cors-origin"]) {
      expect(serve.stdout).toContain(flag);
    }
  });

  it("check-config prints the effective configuration with passwords masked", () => {
    const res = run(["check-config", "--backend", "cache=redis://user:pw@localhost:6379"], { DBX_PORT: "9999" });
    expect(res.status, res.stderr).toBe(0);
    const config = JSON.parse(res.stdout) as { server: { port: number }; backends: Record<string, { url: string }> };
    expect(config.server.port).toBe(9999);
    expect(config.backends.cache.url).toBe("redis://user:***@localhost:6379");
    expect(config.backends.default.url).toMatch(/^sqlite:/);
  });

  it("serve is the default command, flags included: `dbx --port 8080` serves on 8080", () => {
    const res = run(["--port", "99999"]);
    expect(res.stderr).toMatch(/^server\.port: /m);
    expect(res.status).toBe(2);
  });

  it("check-config exits 2 naming the bad field", () => {
    const res = run(["check-config", "--port", "70000"]);
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/server\.port/);
  });

  it("serve starts on the embedded default and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, [...CLI, "serve", "--memory", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line: ${out}`)), 20_000);
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const m = /"port":(\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
    });
    const res = await fetch(`http://127.0.0.1:${port}/dbx.v1.AdminService/ListBackends`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(await res.json()).toEqual({
      backends: [{ name: "default", kind: "BACKEND_KIND_SQLITE", default: true, url: "sqlite::memory:" }],
    });
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
  });
});
