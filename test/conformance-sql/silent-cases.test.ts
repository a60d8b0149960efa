import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The SqlService matrix may not pass a case without checking it, like the
 * universal one (test/conformance/silent-cases.test.ts): no case is skipped
 * or conditioned, and every describe block requires its cases to assert.
 */
describe("SqlService conformance suites cannot pass a case silently", () => {
  it("no suite skips, marks todo, focuses or conditions a case, and every describe block requires assertions", async () => {
    const files = (await readdir(import.meta.dirname)).filter((f) => f.endsWith(".suite.ts"));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const text = await readFile(join(import.meta.dirname, file), "utf8");
      for (const word of [".skip", ".todo", ".only", ".skipIf", ".runIf", ".fails"]) expect(text.includes(word), `${file} uses ${word}`).toBe(false);
      const describes = text.split("describe(`").length - 1;
      expect(describes, `${file} has no describe block`).toBeGreaterThan(0);
      expect(text.split("requireAssertions();").length - 1, `${file}: each describe block calls requireAssertions() first`).toBe(describes);
    }
  });
});
