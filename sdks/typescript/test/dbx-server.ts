// Starts the repository's SDK test servers (sdks/test-server.mjs) once for
// the whole run: the default one, whose URL the tests get as inject("dbxUrl"),
// and one with authentication required (`--auth`), whose URL and credentials
// they get as inject("dbxAuth"). Closing a server's stdin stops it, so a
// killed run leaves no server behind.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

/** What `sdks/test-server.mjs --auth` prints on its second line, and its URL. */
export interface AuthServer {
  url: string;
  jwt: { admin: string; reader: string; expired: string };
  apiKey: { admin: string; reader: string };
}

declare module "vitest" {
  export interface ProvidedContext {
    dbxUrl: string;
    dbxAuth: AuthServer;
  }
}

const script = fileURLToPath(new URL("../../test-server.mjs", import.meta.url));

/** Starts the server and reads its first `lineCount` stdout lines. */
async function start(args: string[], lineCount: number): Promise<{ server: ChildProcess; lines: string[] }> {
  const server = spawn(process.execPath, [script, ...args], { stdio: ["pipe", "pipe", "inherit"] });
  const reader = createInterface({ input: server.stdout! });
  const lines: string[] = [];
  const exited = once(server, "exit").then(([code]) => code as number | null);
  const read = (async () => {
    for await (const line of reader) {
      lines.push(line);
      if (lines.length === lineCount) return undefined;
    }
    return (await exited) ?? -1;
  })();
  const exitCode = await Promise.race([read, exited]);
  if (exitCode !== undefined) {
    throw new Error(`sdks/test-server.mjs ${args.join(" ")} exited (code ${exitCode}) before printing ${lineCount} line(s)`);
  }
  reader.close();
  server.stdout!.resume(); // nothing more is printed, but keep the pipe drained
  return { server, lines };
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = once(server, "exit");
  server.stdin!.end();
  await exited;
}

export default async function setup(project: TestProject) {
  const [plain, auth] = await Promise.all([start([], 1), start(["--auth"], 2)]);
  project.provide("dbxUrl", plain.lines[0]!);
  const credentials = JSON.parse(auth.lines[1]!) as Omit<AuthServer, "url">;
  project.provide("dbxAuth", { url: auth.lines[0]!, ...credentials });

  return async function teardown() {
    await Promise.all([stop(plain.server), stop(auth.server)]);
  };
}
