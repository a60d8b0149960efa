import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort } from "./redis-server.js";

/** A PostgreSQL server started for a test run, on a free port in a temp folder. */
export interface PostgresServer {
  readonly port: number;
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication). */
  readonly url: string;
  readonly dir: string;
  /** The URL of another database on this server. */
  urlOf(database: string): string;
  /** Kills the postmaster at once (SIGKILL), as a crash would; its backends die with it. */
  kill(): Promise<void>;
  /** Starts the server again on the same port and data folder, after `kill` (crash recovery runs). */
  restart(): Promise<void>;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

export interface PostgresServerOptions {
  /** More `-c name=value` settings. */
  readonly settings?: Readonly<Record<string, string>>;
}

/** Debian installs each major version's server programs under /usr/lib/postgresql/<major>/bin. */
function serverBin(program: string): string {
  const root = "/usr/lib/postgresql";
  const majors = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, "bin", program))).sort((a, b) => Number(b) - Number(a)) : [];
  if (majors.length === 0) throw new Error(`PostgreSQL's ${program} is not installed (bash scripts/install-test-deps.sh installs Debian's postgresql)`);
  return join(root, majors[0], "bin", program);
}

/** initdb and postgres refuse to run as root: as root, they run as the postgres user the package creates. */
function asServerUser(command: string, args: readonly string[]): [string, string[]] {
  return userInfo().uid === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, [...args]];
}

function serverUserIds(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const line = readFileSync("/etc/passwd", "utf8").split("\n").find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error("no postgres user: install Debian's postgresql package (scripts/install-test-deps.sh)");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * initdb (trust authentication, user postgres) in a fresh temp folder, then
 * postgres on a free port, listening on 127.0.0.1 and a socket in that
 * folder, with fsync off: no test checks durability across an OS crash.
 */
export async function startPostgresServer(options: PostgresServerOptions = {}): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), "dbx-postgres-"));
  const owner = serverUserIds();
  if (owner) chownSync(dir, owner.uid, owner.gid);
  chmodSync(dir, 0o700);
  const data = join(dir, "data");
  const [initCommand, initArgs] = asServerUser(serverBin("initdb"), ["-D", data, "--auth=trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const init = spawnSync(initCommand, initArgs, { encoding: "utf8" });
  if (init.status !== 0) throw new Error(`initdb failed (${init.status}): ${init.stderr || init.error?.message}`);
  const port = await freePort();
  const settings: Record<string, string> = {
    listen_addresses: "127.0.0.1",
    port: String(port),
    unix_socket_directories: dir,
    fsync: "off",
    synchronous_commit: "off",
    full_page_writes: "off",
    max_connections: "300",
    shared_buffers: "32MB",
    ...options.settings,
  };
  const args = ["-D", data, ...Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`])];
  let child = await launch(args, port, dir);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    port,
    url,
    dir,
    urlOf: (database) => `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    async kill() {
      await terminate(child, data, "SIGKILL");
      // The postmaster's backends notice its death and exit; the port frees when they have.
      await waitUntil(async () => !(await answers(url)), 10_000, "killed PostgreSQL still answers");
      rmSync(join(data, "postmaster.pid"), { force: true });
    },
    async restart() {
      child = await launch(args, port, dir);
    },
    async stop() {
      // SIGQUIT: immediate shutdown, nothing to keep.
      await terminate(child, data, "SIGQUIT");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function launch(args: string[], port: number, dir: string): Promise<ChildProcess> {
  const [command, commandArgs] = asServerUser(serverBin("postgres"), args);
  const child = spawn(command, commandArgs, { stdio: ["ignore", "pipe", "pipe"], cwd: dir });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
  const exited = new Promise<never>((_, reject) => {
    child.once("error", (err) => reject(new Error(`postgres could not start: ${err.message}`)));
    child.once("exit", (code, signal) => reject(new Error(`postgres exited (${code ?? signal}):\n${output}`)));
  });
  exited.catch(() => undefined);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await Promise.race([waitUntil(() => answers(url), 30_000, `postgres on port ${port} did not accept connections`), exited]);
  return child;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number, failure: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${failure} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Signals the postmaster itself (the child may be runuser, which would die alone) and waits for the child to end. */
function terminate(child: ChildProcess, data: string, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    const pid = Number(readFileSync(join(data, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(pid, signal);
  });
}
