// Starts the repository's SDK test server (sdks/test-server.mjs) once for the
// whole run and hands its URL to the tests (inject("dbxUrl")). Closing its
// stdin stops it, so a killed run leaves no server behind.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    dbxUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const script = fileURLToPath(new URL("../../test-server.mjs", import.meta.url));
  const server = spawn(process.execPath, [script], { stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: server.stdout! });
  const [url] = (await Promise.race([
    once(lines, "line"),
    once(server, "exit").then(([code]) => {
      throw new Error(`sdks/test-server.mjs exited (code ${code}) before printing its URL`);
    }),
  ])) as [string];
  lines.close();
  project.provide("dbxUrl", url);

  return async function teardown() {
    if (server.exitCode !== null) return;
    const exited = once(server, "exit");
    server.stdin!.end();
    await exited;
  };
}
