import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Capability } from "../../src/backends/capabilities.js";
import { EXPECTED } from "./backends.js";

const DOC = join(import.meta.dirname, "../../docs/capabilities.md");

/** The rows of the markdown tables of a page whose first cell is a `capability`, as arrays of trimmed cells. */
function tables(markdown: string): { header: string[]; rows: string[][] }[] {
  const found: { header: string[]; rows: string[][] }[] = [];
  let current: { header: string[]; rows: string[][] } | undefined;
  for (const line of markdown.split("\n")) {
    if (!line.startsWith("|")) {
      current = undefined;
      continue;
    }
    const cells = line.split("|").slice(1, -1).map((c) => c.trim());
    if (!current) {
      current = { header: cells, rows: [] };
      found.push(current);
    } else if (!cells.every((c) => /^:?-+:?$/.test(c))) {
      current.rows.push(cells);
    }
  }
  return found;
}

/**
 * docs/capabilities.md tells users what each backend does: it must say what
 * the conformance matrix pins (EXPECTED), so the page cannot promise a
 * capability a backend lacks or hide one it has.
 */
describe("docs/capabilities.md matches the pinned capability sets", () => {
  it("explains every capability and marks each pinned backend's set exactly", async () => {
    const [explained, matrix] = tables(await readFile(DOC, "utf8"));
    const names = (rows: string[][]) => rows.map((r) => r[0].replaceAll("`", ""));
    const all = Object.values(Capability).sort();
    expect(names(explained.rows).sort(), "the table of what each capability enables").toEqual(all);
    expect(names(matrix.rows).sort(), "the table of which backend has which").toEqual(all);
    for (const [id, expected] of Object.entries(EXPECTED)) {
      const column = matrix.header.findIndex((h) => h.toLowerCase() === id);
      expect(column, `a column for ${id}`).toBeGreaterThan(0);
      const marked = matrix.rows.filter((r) => r[column].startsWith("✓")).map((r) => r[0].replaceAll("`", ""));
      expect(marked.sort(), `${id}: the capabilities marked ✓`).toEqual([...expected.capabilities].sort());
    }
  });
});
