import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = join(import.meta.dirname, ".");

/**
 * The conformance suites may not pass a case without checking it: no case is
 * skipped or left to do, and every describe block requires each of its cases
 * to assert something (requireAssertions), so a branch that returns early
 * without an assertion fails.
 */
describe("conformance suites cannot pass a case silently", () => {
  it("no suite skips, marks todo, focuses or conditions a case", async () => {
    for (const file of await suiteFiles()) {
      const text = await readFile(join(DIR, file), "utf8");
      for (const word of [".skip", ".todo", ".only", ".skipIf", ".runIf", ".fails"]) {
        expect(text.includes(word), `${file} uses ${word}`).toBe(false);
      }
    }
  });

  it("every describe block of a suite requires assertions", async () => {
    const files = await suiteFiles();
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = await readFile(join(DIR, file), "utf8");
      const describes = text.split("describe(`").length - 1;
      const required = text.split("requireAssertions();").length - 1;
      expect(describes, `${file} has no describe block`).toBeGreaterThan(0);
      expect(required, `${file}: each describe block calls requireAssertions() first`).toBe(describes);
    }
  });
});

async function suiteFiles(): Promise<string[]> {
  return (await readdir(DIR)).filter((f) => f.endsWith(".suite.ts")).sort();
}
