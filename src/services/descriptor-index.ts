import type { DescExtension, DescFile, DescService } from "@bufbuild/protobuf";
import { nestedTypes } from "@bufbuild/protobuf/reflect";

/**
 * The files that describe a set of services, plus any other files, with
 * their imports, looked up the ways gRPC server reflection asks: by file
 * name, by the fully-qualified name of any symbol they declare, and by
 * extension.
 */
export class DescriptorIndex {
  /** Fully-qualified service names, sorted. */
  readonly serviceNames: readonly string[];
  readonly #files = new Map<string, DescFile>();
  readonly #symbols = new Map<string, DescFile>();
  readonly #messages = new Set<string>();
  /** Extensions by the fully-qualified name of the message they extend. */
  readonly #extensions = new Map<string, DescExtension[]>();

  constructor(services: Iterable<DescService>, files: Iterable<DescFile> = []) {
    const names = new Set<string>();
    for (const service of services) {
      names.add(service.typeName);
      this.#addFile(service.file);
    }
    for (const file of files) this.#addFile(file);
    this.serviceNames = [...names].sort();
  }

  /** A file by its name, e.g. "dbx/v1/data.proto". */
  fileByName(name: string): DescFile | undefined {
    return this.#files.get(name);
  }

  /**
   * The file declaring a symbol: a service, method, message, field, oneof,
   * enum, enum value or extension, e.g. "dbx.v1.DataService.Get".
   */
  fileContainingSymbol(name: string): DescFile | undefined {
    return this.#symbols.get(name);
  }

  hasMessage(typeName: string): boolean {
    return this.#messages.has(typeName);
  }

  /** The extensions of a message, by their field numbers. */
  extensionsOf(typeName: string): readonly DescExtension[] {
    return this.#extensions.get(typeName) ?? [];
  }

  /** `file` followed by its transitive imports, each once: what a client needs to build the file. */
  withDependencies(file: DescFile): DescFile[] {
    const out: DescFile[] = [];
    const visit = (f: DescFile) => {
      if (out.includes(f)) return;
      out.push(f);
      for (const dep of f.dependencies) visit(dep);
    };
    visit(file);
    return out;
  }

  #addFile(file: DescFile): void {
    if (this.#files.has(file.proto.name)) return;
    this.#files.set(file.proto.name, file);
    for (const type of nestedTypes(file)) {
      this.#symbols.set(type.typeName, file);
      switch (type.kind) {
        case "service":
          for (const method of type.methods) this.#symbols.set(`${type.typeName}.${method.name}`, file);
          break;
        case "message":
          this.#messages.add(type.typeName);
          for (const field of type.fields) this.#symbols.set(`${type.typeName}.${field.name}`, file);
          for (const oneof of type.oneofs) this.#symbols.set(`${type.typeName}.${oneof.name}`, file);
          break;
        case "enum": {
          // Enum values are scoped like C++ enumerators: siblings of their enum.
          const scope = type.typeName.slice(0, type.typeName.length - type.name.length);
          for (const value of type.values) this.#symbols.set(`${scope}${value.name}`, file);
          break;
        }
        case "extension": {
          const extended = this.#extensions.get(type.extendee.typeName) ?? [];
          extended.push(type);
          this.#extensions.set(type.extendee.typeName, extended);
          break;
        }
      }
    }
    for (const dep of file.dependencies) this.#addFile(dep);
  }
}
