import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand, type CommandResult } from "../transport/run-command.js";

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split("\n").findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the file`);
  return index + 1;
}

function checkNames(protoRoot: string): Promise<CommandResult> {
  return runCommand("npx", ["tsx", "scripts/check-contract-names.ts", protoRoot], 120_000);
}

describe("scripts/check-contract-names.ts (npm run check:contract-names)", () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "dbx-contract-names-"));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("passes the contract in proto/ with one summary line", async () => {
    const result = await checkNames("proto");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n")).toEqual([expect.stringMatching(/^contract names: \d+ files under proto, no name is a keyword/)]);
  });

  it("fails on the contract with a field named `from` and a message named `Record`, naming file, line and why", async () => {
    const root = join(folder, "bad-contract");
    cpSync("proto", root, { recursive: true });
    const targetFile = join(root, "dbx", "v1", "target.proto");
    const target = readFileSync(targetFile, "utf8").replace(
      "  string collection = 3;\n}\n",
      "  string collection = 3;\n  bool from = 99;\n}\n\n// A record.\nmessage Record {\n  // A field.\n  string id = 1;\n}\n",
    );
    writeFileSync(targetFile, target);

    const result = await checkNames(root);
    expect(result.code).toBe(1);
    // Shown relative to the working directory, ending in the file's own path.
    const shown = join("bad-contract", "dbx", "v1", "target.proto");
    const lines = result.stderr.trim().split("\n");
    expect(lines).toContainEqual(expect.stringContaining(`${shown}:${lineOf(target, "bool from = 99;")} dbx.v1.Target.from: "from" is a Python keyword`));
    expect(lines).toContainEqual(expect.stringContaining(`${shown}:${lineOf(target, "message Record {")} dbx.v1.Record: "Record" clashes with java.lang`));
    expect(lines).toHaveLength(2);
    expect(result.stdout).toMatch(/^contract names: 2 problem\(s\) in \d+ files/);
  });

  // Each case below was checked against the pinned generators' real output
  // (protoc 35.1 Java/C#, protoc-gen-go v1.36.12, grpcio-tools 1.85.1).
  it("fails on names the Go, Java, C# and TypeScript generators rename or cannot compile", async () => {
    const root = join(folder, "renamed");
    mkdirSync(join(root, "dbx", "names", "v1"), { recursive: true });
    const proto = [
      'syntax = "proto3";',
      "package dbx.names.v1;",
      "enum Op {",
      "  OP_UNSPECIFIED = 0;",
      "}",
      "message Names {",
      "  string reset = 1;",
      "  string proto_reflect = 2;",
      "  string class = 3;",
      "  repeated string items = 4;",
      "  int32 items_count = 5;",
      "  Op op = 6;",
      "  int32 op_value = 7;",
      "  string descriptor = 8;",
      "  string to_string = 9;",
      "  string names = 10;",
      "  oneof kind {",
      "    string text = 11;",
      "  }",
      "  string get_kind = 12;",
      "}",
      "",
    ].join("\n");
    writeFileSync(join(root, "dbx", "names", "v1", "names.proto"), proto);

    const result = await checkNames(root);
    expect(result.code).toBe(1);
    const found = (field: string) =>
      result.stderr
        .split("\n")
        .filter((line) => line.includes(`:${lineOf(proto, ` ${field} = `)} dbx.names.v1.Names.${field}: `))
        .map((line) => line.slice(line.indexOf(": ") + 2));
    expect(found("reset")).toEqual(["protoc-gen-go renames the Go field to Reset_ (a generated method or getter is called Reset)"]);
    expect(found("proto_reflect")).toEqual(["the Go field ProtoReflect is a method of every message: the Go output does not compile"]);
    expect(found("class")).toEqual([
      expect.stringContaining('"class" is a Python keyword'),
      'protoc\'s Java output renames it with a trailing "_" (getClass_())',
    ]);
    expect(found("items_count")).toEqual([expect.stringContaining("its Java accessors collide with the accessors of `items`")]);
    expect(found("op_value")).toEqual([expect.stringContaining("its Java accessors collide with the accessors of `op`")]);
    expect(found("descriptor")).toEqual([
      "its Java getter getDescriptor() is a static method of every message: the Java output does not compile",
      "protoc's C# output renames its property to Descriptor_",
      "protoc-gen-go renames the Go field to Descriptor_ (a generated method or getter is called Descriptor)",
    ]);
    expect(found("to_string")).toEqual(["protobuf-es renames the property to toString$ (a built-in JavaScript property)"]);
    expect(found("names")).toEqual(["protoc's C# output renames its property to Names_"]);
    expect(found("get_kind")).toEqual(["the Go field GetKind is the getter of a oneof: the Go output does not compile"]);
    expect(found("items")).toEqual([]);
    expect(found("op")).toEqual([]);
  });
});
