/**
 * Fails when a name in the contract is a keyword or a core type in a target
 * language, or one that a generator renames or cannot compile, so that the
 * name a user types is the proto name in Python, Go, Java, C# and TypeScript
 * (issue 8: `Filter(and=...)` was a SyntaxError in Python; `Record` and
 * `Value` clashed with java.lang.Record and google.protobuf.Value).
 *
 * buf compiles the contract (no parser of our own); every message, enum,
 * service, field, oneof, enum value and method of the dbx.* packages is then
 * checked against scripts/contract-name-rules.ts, which says where each list
 * comes from. Vendored packages (google.*, grpc.*) are not ours to rename.
 *
 * Usage: tsx scripts/check-contract-names.ts [proto-root]   (default: proto)
 */
import { spawnSync } from "node:child_process";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { fromBinary, isFieldSet } from "@bufbuild/protobuf";
import { protoCamelCase, safeObjectProperty } from "@bufbuild/protobuf/reflect";
import {
  FieldDescriptorProto_Label,
  FieldDescriptorProto_Type,
  FieldDescriptorProtoSchema,
  FileDescriptorSetSchema,
  type DescriptorProto,
  type EnumDescriptorProto,
  type FieldDescriptorProto,
  type FileDescriptorProto,
} from "@bufbuild/protobuf/wkt";
import {
  CSHARP_RENAMING_PROPERTY_NAMES,
  GO_BREAKING_METHOD_NAMES,
  GO_RENAMING_METHOD_NAMES,
  JAVA_BREAKING_FIELD_WORDS,
  JAVA_DERIVED_ACCESSOR_SUFFIXES,
  JAVA_RENAMED_FIELD_WORDS,
  PYTHON_KEYWORDS,
  TYPE_NAME_CLASHES,
} from "./contract-name-rules.js";

/** The packages checked: the contract's own, not the vendored ones. */
const OWN_PACKAGE = /^dbx(\.|$)/;

/** Field numbers of the descriptor messages, for source locations. */
const PATH = {
  fileMessage: 4, fileEnum: 5, fileService: 6,
  messageField: 2, messageNested: 3, messageEnum: 4, messageOneof: 8,
  enumValue: 2, serviceMethod: 2,
} as const;

interface Problem {
  readonly where: string;
  readonly name: string;
  readonly why: string;
}

const typeNameClashes = new Map<string, string[]>();
for (const group of TYPE_NAME_CLASHES) {
  for (const name of group.names) typeNameClashes.set(name, [...(typeNameClashes.get(name) ?? []), group.clashesWith]);
}

/** protoc-gen-go's strs.GoCamelCase, for the names protoc-gen-go generates. */
function goCamelCase(name: string): string {
  let out = "";
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === "_" && i === 0) out += "X";
    else if (c === "_" && i + 1 < name.length && isLower(name[i + 1])) continue;
    else if (isDigit(c)) out += c;
    else {
      out += c.toUpperCase();
      while (i + 1 < name.length && isLower(name[i + 1])) out += name[++i];
    }
  }
  return out;
}

/** protoc's UnderscoresToCamelCase, which the Java and C# generators use. */
function protocCamelCase(name: string, capitalizeFirst: boolean): string {
  let out = "";
  let capitalizeNext = capitalizeFirst;
  for (const c of name) {
    if (isLower(c)) {
      out += capitalizeNext ? c.toUpperCase() : c;
      capitalizeNext = false;
    } else if (c >= "A" && c <= "Z") {
      out += out === "" && !capitalizeFirst ? c.toLowerCase() : c;
      capitalizeNext = false;
    } else if (isDigit(c)) {
      out += c;
      capitalizeNext = true;
    } else {
      capitalizeNext = true;
    }
  }
  return out;
}

function isLower(c: string): boolean {
  return c >= "a" && c <= "z";
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

class FileChecker {
  private readonly lines = new Map<string, number>();

  constructor(
    private readonly file: FileDescriptorProto,
    private readonly shownPath: string,
    private readonly problems: Problem[],
  ) {
    for (const location of file.sourceCodeInfo?.location ?? []) {
      const key = location.path.join(",");
      if (!this.lines.has(key)) this.lines.set(key, location.span[0] + 1);
    }
  }

  check(): void {
    const prefix = this.file.package;
    this.file.messageType.forEach((m, i) => this.message(m, `${prefix}.${m.name}`, [PATH.fileMessage, i]));
    this.file.enumType.forEach((e, i) => this.enumType(e, `${prefix}.${e.name}`, [PATH.fileEnum, i]));
    this.file.service.forEach((service, i) => {
      const path = [PATH.fileService, i];
      this.typeName(service.name, `${prefix}.${service.name}`, path);
      service.method.forEach((method, j) =>
        this.pythonKeyword(method.name, `${prefix}.${service.name}.${method.name}`, [...path, PATH.serviceMethod, j]),
      );
    });
  }

  private report(path: readonly number[], name: string, why: string): void {
    this.problems.push({ where: `${this.shownPath}:${this.lines.get(path.join(",")) ?? 0}`, name, why });
  }

  private pythonKeyword(name: string, fullName: string, path: readonly number[]): void {
    if (PYTHON_KEYWORDS.has(name)) {
      this.report(path, fullName, `"${name}" is a Python keyword: generated Python uses names as attributes and keyword arguments (\`.${name}\` and \`${name}=\` are SyntaxErrors; the .pyi leaves such a field out)`);
    }
  }

  private typeName(name: string, fullName: string, path: readonly number[]): void {
    this.pythonKeyword(name, fullName, path);
    const clashes = typeNameClashes.get(name);
    if (clashes) this.report(path, fullName, `"${name}" clashes with ${clashes.join("; with ")}`);
    if (name === this.file.options?.javaOuterClassname) {
      this.report(path, fullName, `"${name}" is the file's java_outer_classname: protoc's Java output clashes`);
    }
  }

  private enumType(e: EnumDescriptorProto, fullName: string, path: readonly number[]): void {
    this.typeName(e.name, fullName, path);
    e.value.forEach((v, i) => this.pythonKeyword(v.name, `${fullName}.${v.name}`, [...path, PATH.enumValue, i]));
  }

  private message(m: DescriptorProto, fullName: string, path: readonly number[]): void {
    this.typeName(m.name, fullName, path);
    m.nestedType.forEach((nested, i) => {
      if (!nested.options?.mapEntry) this.message(nested, `${fullName}.${nested.name}`, [...path, PATH.messageNested, i]);
    });
    m.enumType.forEach((e, i) => this.enumType(e, `${fullName}.${e.name}`, [...path, PATH.messageEnum, i]));

    const fieldPath = (i: number) => [...path, PATH.messageField, i];
    const oneofPath = (i: number) => [...path, PATH.messageOneof, i];
    m.field.forEach((field, i) => this.field(m, field, `${fullName}.${field.name}`, fieldPath(i)));
    m.oneofDecl.forEach((oneof, i) => {
      if (isSyntheticOneof(m, i)) return;
      const oneofName = `${fullName}.${oneof.name}`;
      this.pythonKeyword(oneof.name, oneofName, oneofPath(i));
      this.typescriptProperty(oneof.name, oneofName, oneofPath(i));
    });
    this.goNames(m, fullName, fieldPath, oneofPath);
    this.javaDerivedAccessors(m, fullName, fieldPath);
  }

  private field(m: DescriptorProto, field: FieldDescriptorProto, fullName: string, path: readonly number[]): void {
    this.pythonKeyword(field.name, fullName, path);
    this.typescriptProperty(field.name, fullName, path);
    const javaWord = protocCamelCase(field.name, false).toLowerCase();
    if (JAVA_RENAMED_FIELD_WORDS.has(javaWord)) {
      this.report(path, fullName, `protoc's Java output renames it with a trailing "_" (get${protocCamelCase(field.name, true)}_())`);
    }
    if (JAVA_BREAKING_FIELD_WORDS.has(javaWord)) {
      this.report(path, fullName, `its Java getter get${protocCamelCase(field.name, true)}() is a static method of every message: the Java output does not compile`);
    }
    const property = protocCamelCase(field.name, true);
    if (property === m.name || CSHARP_RENAMING_PROPERTY_NAMES.includes(property)) {
      this.report(path, fullName, `protoc's C# output renames its property to ${property}_`);
    }
  }

  private typescriptProperty(name: string, fullName: string, path: readonly number[]): void {
    const local = protoCamelCase(name);
    if (safeObjectProperty(local) !== local) {
      this.report(path, fullName, `protobuf-es renames the property to ${safeObjectProperty(local)} (a built-in JavaScript property)`);
    }
  }

  /** Replays protoc-gen-go's conflict resolution (protogen.newMessage). */
  private goNames(
    m: DescriptorProto,
    fullName: string,
    fieldPath: (i: number) => number[],
    oneofPath: (i: number) => number[],
  ): void {
    const used = new Map<string, boolean>(GO_RENAMING_METHOD_NAMES.map((n) => [n, true]));
    const unique = (name: string, hasGetter: boolean): string => {
      let result = name;
      while (used.get(result) || (hasGetter && used.get(`Get${result}`))) result += "_";
      used.set(result, true);
      used.set(`Get${result}`, hasGetter);
      return result;
    };
    const goType = goCamelCase(m.name);
    const nestedTypes = new Set([...m.nestedType.map((n) => `${goType}_${goCamelCase(n.name)}`), ...m.enumType.map((e) => `${goType}_${goCamelCase(e.name)}`)]);
    const goNames: string[] = [];
    m.field.forEach((field, i) => {
      const wanted = goCamelCase(field.name);
      const got = unique(wanted, true);
      goNames.push(got);
      if (got !== wanted) this.report(fieldPath(i), `${fullName}.${field.name}`, `protoc-gen-go renames the Go field to ${got} (a generated method or getter is called ${wanted})`);
      if (GO_BREAKING_METHOD_NAMES.includes(got)) this.report(fieldPath(i), `${fullName}.${field.name}`, `the Go field ${got} is a method of every message: the Go output does not compile`);
      // As protogen does: a oneof's name is made unique at its first field.
      const oneofIndex = oneofOf(field);
      if (oneofIndex === undefined || m.field.findIndex((f) => oneofOf(f) === oneofIndex) !== i) return;
      const oneofWanted = goCamelCase(m.oneofDecl[oneofIndex].name);
      const oneofGot = unique(oneofWanted, false);
      if (oneofGot !== oneofWanted && !isSyntheticOneof(m, oneofIndex)) {
        this.report(oneofPath(oneofIndex), `${fullName}.${m.oneofDecl[oneofIndex].name}`, `protoc-gen-go renames the Go oneof field to ${oneofGot}`);
      }
    });
    // protoc-gen-go writes a Get<Oneof>() method for each oneof, which its
    // conflict resolution does not know about.
    const oneofGetters = new Set(m.oneofDecl.filter((_, i) => !isSyntheticOneof(m, i)).map((o) => `Get${goCamelCase(o.name)}`));
    m.field.forEach((field, i) => {
      if (oneofGetters.has(goNames[i])) this.report(fieldPath(i), `${fullName}.${field.name}`, `the Go field ${goNames[i]} is the getter of a oneof: the Go output does not compile`);
      const oneofIndex = oneofOf(field);
      if (oneofIndex === undefined || isSyntheticOneof(m, oneofIndex)) return;
      const wrapper = `${goType}_${goCamelCase(field.name)}`;
      if (nestedTypes.has(wrapper)) this.report(fieldPath(i), `${fullName}.${field.name}`, `its Go oneof wrapper ${wrapper} is also a nested type: protoc-gen-go renames it to ${wrapper}_`);
    });
  }

  /**
   * Java derives accessors from a field's name (`getItemsCount()` from a
   * repeated `items`); another field of that name collides with them.
   */
  private javaDerivedAccessors(m: DescriptorProto, fullName: string, fieldPath: (i: number) => number[]): void {
    const derived = new Map<string, string>();
    const add = (stem: string, suffixes: readonly string[], from: string) => {
      for (const suffix of suffixes) derived.set(`${stem}${suffix}`, from);
    };
    for (const field of m.field) {
      const stem = protocCamelCase(field.name, true);
      const repeated = field.label === FieldDescriptorProto_Label.REPEATED;
      const isMessage = field.type === FieldDescriptorProto_Type.MESSAGE;
      const isEnum = field.type === FieldDescriptorProto_Type.ENUM;
      const from = `the accessors of \`${field.name}\``;
      if (repeated && isMessage && isMapEntry(m, fullName, field)) {
        add(stem, JAVA_DERIVED_ACCESSOR_SUFFIXES.map, from);
        continue;
      }
      if (repeated) add(stem, JAVA_DERIVED_ACCESSOR_SUFFIXES.repeated, from);
      if (repeated && isMessage) add(stem, JAVA_DERIVED_ACCESSOR_SUFFIXES.repeatedMessage, from);
      if (!repeated && isMessage) add(stem, JAVA_DERIVED_ACCESSOR_SUFFIXES.message, from);
      if (isEnum) add(stem, JAVA_DERIVED_ACCESSOR_SUFFIXES.enum, from);
      if (repeated && isEnum) add(stem, JAVA_DERIVED_ACCESSOR_SUFFIXES.repeatedEnum, from);
    }
    m.oneofDecl.forEach((oneof, i) => {
      if (!isSyntheticOneof(m, i)) add(protocCamelCase(oneof.name, true), JAVA_DERIVED_ACCESSOR_SUFFIXES.oneof, `the case accessor of oneof \`${oneof.name}\``);
    });
    m.field.forEach((field, i) => {
      const collides = derived.get(protocCamelCase(field.name, true));
      if (collides) this.report(fieldPath(i), `${fullName}.${field.name}`, `its Java accessors collide with ${collides} (protoc renames both with field numbers, or the output does not compile)`);
    });
  }
}

/** descriptor.proto is proto2: an unset oneof_index reads as 0. */
function oneofOf(field: FieldDescriptorProto): number | undefined {
  return isFieldSet(field, FieldDescriptorProtoSchema.field.oneofIndex) ? field.oneofIndex : undefined;
}

function isSyntheticOneof(m: DescriptorProto, oneofIndex: number): boolean {
  const fields = m.field.filter((f) => oneofOf(f) === oneofIndex);
  return fields.length === 1 && fields[0].proto3Optional === true;
}

function isMapEntry(m: DescriptorProto, fullName: string, field: FieldDescriptorProto): boolean {
  return m.nestedType.some((n) => n.options?.mapEntry === true && field.typeName === `.${fullName}.${n.name}`);
}

function buildContract(protoRoot: string): FileDescriptorProto[] {
  const buf = join(dirname(fileURLToPath(import.meta.url)), "..", "node_modules", ".bin", "buf");
  const result = spawnSync(buf, ["build", protoRoot, "--as-file-descriptor-set", "-o", "-"], { maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`buf build ${protoRoot} failed: ${result.error?.message ?? result.stderr.toString()}`);
  }
  return fromBinary(FileDescriptorSetSchema, result.stdout).file;
}

function main(protoRoot: string): number {
  const files = buildContract(protoRoot).filter((f) => OWN_PACKAGE.test(f.package));
  const problems: Problem[] = [];
  for (const file of files) new FileChecker(file, join(relative(process.cwd(), protoRoot), file.name), problems).check();
  problems.sort((a, b) => a.where.localeCompare(b.where, "en", { numeric: true }));
  for (const p of problems) console.error(`${p.where} ${p.name}: ${p.why}`);
  console.log(
    problems.length === 0
      ? `contract names: ${files.length} files under ${protoRoot}, no name is a keyword, core type or renamed name in Python, Go, Java, C# or TypeScript`
      : `contract names: ${problems.length} problem(s) in ${files.length} files under ${protoRoot}`,
  );
  return problems.length === 0 ? 0 : 1;
}

process.exit(main(process.argv[2] ?? "proto"));
