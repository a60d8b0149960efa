import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand, type CommandResult } from "../transport/run-command.js";


describe("scripts/check-regexes.ts (npm run check:regexes)", () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "dbx-regexes-"));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  async function check(code: string): Promise<CommandResult> {
    const sub = mkdtempSync(join(folder, "case-"));
    writeFileSync(join(sub, "code.ts"), code);
    return runCommand("npx", ["tsx", "scripts/check-regexes.ts", sub], 120_000);
  }

  it("fails on the decimal regex that took 14-29 s on 80,000 nines and an x, naming file and line", async () => {
    const result = await check('export const n = 1;\nconst DECIMAL = /^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$/;\n');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/code\.ts:2: .* is vulnerable to ReDoS \(2nd degree polynomial\)/);
  });

  it("fails on a vulnerable pattern given to new RegExp", async () => {
    const result = await check('export const r = new RegExp("^(a+)+$", "u");\n');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/code\.ts:1: \/\^\(a\+\)\+\$\/u is vulnerable to ReDoS \(exponential\)/);
  });

  it("fails on a pattern built at run time, which it cannot check", async () => {
    const result = await check("export const r = (s: string) => new RegExp(s);\n");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/code\.ts:1: a RegExp built at run time cannot be checked/);
  });

  it("passes linear patterns", async () => {
    const result = await check('export const id = /^[A-Za-z_][A-Za-z0-9_]*$/;\nexport const n = RegExp("^\\\\d{1,5}$");\n');
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/2 regular expressions in .*: all safe/);
  });
});
