import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { waitFor } from "../support/wait-for.js";

const CLI = ["--import", "tsx", "src/cli.ts"];

describe("call logs of a process that dies", () => {
  it("reach stdout within about a second, so SIGKILL loses nothing older", async () => {
    const child = spawn(process.execPath, [...CLI, "serve", "--memory", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
    try {
      await waitFor(() => /"port":\d+/.test(out), { timeoutMs: 20_000, what: "the listening line" });
      const port = Number(/"port":(\d+)/.exec(out)![1]);
      const res = await fetch(`http://127.0.0.1:${port}/dbx.v1.AdminService/ListBackends`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      expect(res.status).toBe(200);
      // One call line is far below the 4 KiB buffer: only the timed flush writes it.
      await waitFor(() => out.includes('"rpc":"dbx.v1.AdminService/ListBackends"'), { timeoutMs: 10_000, what: "the call's log line" });
    } finally {
      child.kill("SIGKILL");
    }
    expect(await exited).toBe("SIGKILL");
    const line = out.split("\n").find((l) => l.includes('"rpc":"dbx.v1.AdminService/ListBackends"'));
    expect(JSON.parse(line!)).toMatchObject({ msg: "call", code: "OK" });
  });
});

describe("a fatal error", () => {
  it("is logged at fatal level with the buffered lines before it, and exits 1", async () => {
    // SIGUSR2 throws from a signal handler: an exception nothing catches.
    const crashOnSignal = `data:text/javascript,process.on("SIGUSR2", () => { throw new Error("boom on purpose"); });`;
    const child = spawn(process.execPath, ["--import", crashOnSignal, ...CLI, "serve", "--memory", "--port", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      await waitFor(() => /"port":\d+/.test(out), { timeoutMs: 20_000, what: "the listening line" });
      const port = Number(/"port":(\d+)/.exec(out)![1]);
      await fetch(`http://127.0.0.1:${port}/dbx.v1.AdminService/ListBackends`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      child.kill("SIGUSR2");
      expect(await exited).toBe(1);
    } finally {
      child.kill("SIGKILL");
    }
    const lines = out.split("\n").filter(Boolean).map((l) => JSON.parse(l) as { level: number; msg: string; rpc?: string; err?: { message: string } });
    expect(lines.some((l) => l.rpc === "dbx.v1.AdminService/ListBackends")).toBe(true);
    expect(lines.at(-1)).toMatchObject({ level: 60, msg: "uncaught exception", err: { message: "boom on purpose" } });
  });
});
