// The package as users get it: `npm pack`, installed into an empty folder,
// then used from Node (JavaScript and type-checked TypeScript) and bundled
// for browsers. Needs dist/ (npm run build), which test-sdk-typescript.sh
// builds first.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, expect, inject, test } from "vitest";

const sdk = fileURLToPath(new URL("..", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "dbx-client-package-"));

function run(command: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync(command, args, { cwd: folder, encoding: "utf8", env: { ...process.env, ...env } });
}

beforeAll(() => {
  expect(existsSync(join(sdk, "dist/node.js")), "run `npm run build` first").toBe(true);
  execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", folder], { cwd: sdk });
  const tarball = readdirSync(folder).find((name) => name.endsWith(".tgz"))!;
  writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--silent", `./${tarball}`]);
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

test("the tarball ships the build and the generated code, not the sources or tests", () => {
  const shipped = readdirSync(join(folder, "node_modules/@dbx/client/dist"));
  expect(shipped).toEqual(expect.arrayContaining(["node.js", "node.d.ts", "browser.js", "gen"]));
  expect(existsSync(join(folder, "node_modules/@dbx/client/src"))).toBe(false);
  expect(existsSync(join(folder, "node_modules/@dbx/client/test"))).toBe(false);
  expect(existsSync(join(folder, "node_modules/@dbx/client/dist/gen/grpc"))).toBe(false);
});

test("Node imports it and talks to DBX over gRPC", () => {
  writeFileSync(
    join(folder, "smoke.mjs"),
    `import { createDbxClient, Decimal } from "@dbx/client";
import { DataService } from "@dbx/client/gen/dbx/v1/data_pb";
const client = createDbxClient(process.env.DBX_URL, { protocol: "grpc" });
try {
  const capabilities = await client.capabilities();
  console.log(DataService.typeName, capabilities.has("stream.watch"), new Decimal("1.10").scale);
} finally {
  client.close();
}
`,
  );
  expect(run("node", ["smoke.mjs"], { DBX_URL: inject("dbxUrl") }).trim()).toBe("dbx.v1.DataService true 2");
});

test("TypeScript type-checks a consumer against the shipped declarations", () => {
  writeFileSync(
    join(folder, "consumer.ts"),
    `import { createDbxClient, defineRecord, field, type Infer } from "@dbx/client";
import type { GetRequest } from "@dbx/client/gen/dbx/v1/data_pb";
export const request: Partial<GetRequest> = { fields: ["big"] };
const Person = defineRecord({ id: field.string(), big: field.int64() });
type Person = Infer<typeof Person>;
const client = createDbxClient("http://127.0.0.1:7420", { protocol: "grpc-web", defaultTimeoutMs: 1000 });
export async function read(): Promise<bigint> {
  const person: Person = await client.collection("people", { schema: Person }).get("ada");
  return person.big;
}
`,
  );
  writeFileSync(
    join(folder, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ["node"],
        typeRoots: [join(sdk, "node_modules/@types")],
      },
      files: ["consumer.ts"],
    }),
  );
  run(process.execPath, [join(sdk, "node_modules/typescript/bin/tsc"), "-p", "."]);
});

test("TypeScript for browsers (bundler resolution, no Node types) gets the browser declarations", () => {
  writeFileSync(
    join(folder, "page.ts"),
    `import { createDbxClient, type DbxClient } from "@dbx/client";
export const client: DbxClient = createDbxClient(location.origin, { protocol: "grpc-web" });
// @ts-expect-error browsers have no gRPC transport
createDbxClient(location.origin, { protocol: "grpc" });
`,
  );
  writeFileSync(
    join(folder, "tsconfig.browser.json"),
    JSON.stringify({
      compilerOptions: {
        module: "ESNext",
        moduleResolution: "Bundler",
        target: "ES2022",
        lib: ["ES2022", "DOM", "DOM.Iterable"],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      files: ["page.ts"],
    }),
  );
  run(process.execPath, [join(sdk, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.browser.json"]);
});

test("a browser bundle resolves the browser entry point, without Node modules", async () => {
  writeFileSync(
    join(folder, "page.mjs"),
    `import { createDbxClient } from "@dbx/client";\nglobalThis.client = createDbxClient(location.origin);\n`,
  );
  const bundle = await build({
    absWorkingDir: folder,
    entryPoints: ["page.mjs"],
    bundle: true,
    write: false,
    platform: "browser",
    format: "esm",
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.keys(bundle.metafile.inputs);
  expect(inputs).toContain("node_modules/@dbx/client/dist/browser.js");
  expect(inputs.filter((input) => input.includes("connect-node") || input.startsWith("node:"))).toEqual([]);
});
