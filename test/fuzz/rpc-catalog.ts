import type { DescMethod, DescService } from "@bufbuild/protobuf";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The generated code, whose services are what DBX serves. */
const GEN_DIR = fileURLToPath(new URL("../../gen/ts/", import.meta.url));

/**
 * Every service in gen/, found by importing each generated file: a service
 * added to the contract is fuzzed and disconnect-tested without a list to
 * update here.
 */
export async function generatedServices(): Promise<DescService[]> {
  const services = new Map<string, DescService>();
  for (const file of await generatedFiles(GEN_DIR)) {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (isService(value)) services.set(value.typeName, value);
    }
  }
  return [...services.values()].sort((a, b) => a.typeName.localeCompare(b.typeName));
}

/** Unary and server-streaming methods: the ones a client can send one request to (and HTTP/1.1 can carry). */
export async function oneRequestMethods(): Promise<DescMethod[]> {
  return (await generatedServices()).flatMap((s) => s.methods.filter((m) => m.methodKind === "unary" || m.methodKind === "server_streaming"));
}

/** Every method, bidi and client streams included (gRPC over HTTP/2 can carry them as one request body). */
export async function allMethods(): Promise<DescMethod[]> {
  return (await generatedServices()).flatMap((s) => s.methods);
}

export async function serverStreamingMethods(): Promise<DescMethod[]> {
  return (await oneRequestMethods()).filter((m) => m.methodKind === "server_streaming");
}

/** `/package.Service/Method` */
export function methodPath(method: DescMethod): string {
  return `/${method.parent.typeName}/${method.name}`;
}

async function generatedFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await generatedFiles(path)));
    else if (entry.name.endsWith("_pb.ts")) out.push(path);
  }
  return out.sort();
}

function isService(value: unknown): value is DescService {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "service";
}
