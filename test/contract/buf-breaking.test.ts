import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "../transport/run-command.js";

/** The parts of a buf image (JSON) that name a field. */
interface ImageJson {
  file: { name: string; messageType?: { name: string; field?: { name: string; number: number }[] }[] }[];
}

interface FieldDeclaration {
  file: string;
  message: string;
  name: string;
  declaration: string;
}

/**
 * CI's `buf breaking` step (scripts/check-breaking.sh against the image that
 * scripts/freeze-contract.sh writes) must pass on an unchanged contract and
 * fail, naming the field, when a field is renamed. Both run on scratch copies
 * of proto/, each frozen as the lead freezes v1.
 */
describe("buf breaking against the frozen contract", () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "dbx-buf-breaking-"));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** A copy of buf.yaml and proto/ with its own v1 image, as freshly frozen. */
  async function frozenCopy(name: string): Promise<string> {
    const root = join(folder, name);
    cpSync("proto", join(root, "proto"), { recursive: true });
    cpSync("buf.yaml", join(root, "buf.yaml"));
    // The repository's own image, once committed, is not the one under test.
    rmSync(join(root, "proto", "v1.binpb"), { force: true });
    const frozen = await runCommand("bash", ["scripts/freeze-contract.sh", root], 60_000);
    expect(frozen.stderr).toBe("");
    expect(frozen.code).toBe(0);
    return root;
  }

  /** A field of a dbx message whose declaration `name = number;` occurs once in its file. */
  async function someField(root: string): Promise<FieldDeclaration> {
    const built = await runCommand("npx", ["buf", "build", root, "--exclude-source-info", "-o", "-#format=json"], 60_000);
    expect(built.code).toBe(0);
    const image = JSON.parse(built.stdout) as ImageJson;
    for (const file of image.file.filter((f) => f.name.startsWith("dbx/"))) {
      const text = readFileSync(join(root, "proto", file.name), "utf8");
      for (const message of file.messageType ?? []) {
        for (const field of message.field ?? []) {
          const declaration = ` ${field.name} = ${field.number};`;
          if (text.split(declaration).length === 2) {
            return { file: file.name, message: message.name, name: field.name, declaration };
          }
        }
      }
    }
    throw new Error("no dbx message field with a plain declaration in proto/");
  }

  it("passes when proto/ is what was frozen", async () => {
    const root = await frozenCopy("unchanged");
    const result = await runCommand("bash", ["scripts/check-breaking.sh", root], 60_000);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("fails on a renamed field, naming the field and its message", async () => {
    const root = await frozenCopy("renamed-field");
    const field = await someField(root);
    const path = join(root, "proto", field.file);
    const renamed = field.declaration.replace(` ${field.name} =`, ` ${field.name}_renamed =`);
    writeFileSync(path, readFileSync(path, "utf8").replace(field.declaration, renamed));

    const result = await runCommand("bash", ["scripts/check-breaking.sh", root], 60_000);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain(
      `on message "${field.message}" changed name from "${field.name}" to "${field.name}_renamed".`,
    );
  });

  it("fails, saying how to freeze, when there is no frozen image", async () => {
    const root = await frozenCopy("no-image");
    rmSync(join(root, "proto", "v1.binpb"));
    const result = await runCommand("bash", ["scripts/check-breaking.sh", root], 60_000);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("bash scripts/freeze-contract.sh");
  });
});
