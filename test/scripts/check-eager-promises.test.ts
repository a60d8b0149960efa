import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand, type CommandResult } from "../transport/run-command.js";

describe("scripts/check-eager-promises.ts (npm run check:eager-promises)", () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "dbx-eager-"));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  async function check(code: string): Promise<CommandResult> {
    const sub = mkdtempSync(join(folder, "case-"));
    writeFileSync(join(sub, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2022", strict: true, noEmit: true, types: [] }, include: ["*.ts"] }));
    writeFileSync(join(sub, "code.ts"), code);
    return runCommand("npx", ["tsx", "scripts/check-eager-promises.ts", join(sub, "tsconfig.json")], 120_000);
  }

  const calls = "declare function get(k: string): Promise<number>;\ndeclare function size(k: string): number;\n";

  it("fails on the loop that left a rejection unhandled in CI: for (const call of [a(), b()]) await call, naming file and line", async () => {
    const result = await check(`${calls}export async function f() {\n  for (const call of [get("a"), get("b")]) await call;\n}\n`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/code\.ts:4: an array of started promises is awaited one by one/);
  });

  it("fails on an array of started promises kept in a variable, whatever makes the promise", async () => {
    const result = await check(`${calls}export async function f(make: () => PromiseLike<void>) {\n  const all = [size("a"), make()];\n  for (const p of all) await p;\n}\n`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/code\.ts:4: /);
  });

  it("passes thunks, plain values and arrays handed straight to Promise.all", async () => {
    const result = await check(`${calls}export async function f() {\n  for (const call of [() => get("a"), () => get("b")]) await call();\n  for (const n of [size("a"), size("b")]) void n;\n  return Promise.all([get("a"), get("b")]);\n}\n`);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});
