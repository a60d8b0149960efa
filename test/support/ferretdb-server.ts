import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MongoClient } from "mongodb";
import { freePort } from "./redis-server.js";

/**
 * A FerretDB server (MongoDB's wire protocol; MongoDB itself is not packaged
 * for these machines) with its SQLite handler, on a free port, its data in a
 * temporary folder removed by stop().
 */
export interface FerretDbServer {
  readonly port: number;
  /** mongodb:// URL of the server. */
  readonly url: string;
  /** Kills the server (SIGKILL), as a crash would; its data folder stays. */
  kill(): Promise<void>;
  /** Starts the server again on the same port and data folder, after `kill`. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 20_000;

/** Builds FerretDB first when it is not there yet (scripts/install-ferretdb.sh, cached in .tmp/bin). */
export async function startFerretDb(): Promise<FerretDbServer> {
  const binary = execFileSync("bash", [join(import.meta.dirname, "../../scripts/install-ferretdb.sh")], { encoding: "utf8" }).trim();
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), "dbx-ferretdb-"));
  const url = `mongodb://127.0.0.1:${port}/`;
  let child: ChildProcess;
  try {
    child = await spawnFerretDb(binary, port, dir, url);
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    port,
    url,
    async kill() {
      await terminate(child, "SIGKILL");
    },
    async restart() {
      child = await spawnFerretDb(binary, port, dir, url);
    },
    async stop() {
      await terminate(child, "SIGTERM");
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Starts FerretDB on `port` with its data in `dir`; resolves once it answers. */
async function spawnFerretDb(binary: string, port: number, dir: string, url: string): Promise<ChildProcess> {
  const child = spawn(
    binary,
    [
      "--handler=sqlite",
      `--sqlite-url=file:${dir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      "--telemetry=disable",
      // Without it every instance opens a debug HTTP server on 127.0.0.1:8088, and two collide.
      "--debug-addr=-",
      `--state-dir=${dir}`,
      "--log-level=warn",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<never>((_, reject) => {
    child.once("error", (err) => reject(new Error(`FerretDB could not start: ${err.message}`)));
    child.once("exit", (code) => reject(new Error(`FerretDB exited with code ${code}:\n${output}`)));
  });
  exited.catch(() => undefined);
  try {
    await Promise.race([waitForHello(url), exited]);
  } catch (err) {
    await terminate(child, "SIGTERM");
    throw err;
  }
  return child;
}

/** Resolves once the server answers `hello`. */
async function waitForHello(url: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const client = new MongoClient(url, { serverSelectionTimeoutMS: 500, directConnection: true });
    try {
      await client.db("admin").command({ hello: 1 });
      return;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`FerretDB on ${url} did not answer hello within ${START_TIMEOUT_MS} ms: ${String(err)}`);
    } finally {
      await client.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function terminate(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}
