import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { connect, createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A server process the harness started and measures. */
export interface ServerProcess {
  readonly name: string;
  readonly pid: number;
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * Starts `command` (its output goes to `<logDir>/<name>.log`) and waits
 * until it accepts TCP connections on `port`; fails with the log's path
 * when it exits first or takes longer than `timeoutMs`.
 */
export async function startServerProcess(
  name: string,
  command: string,
  args: readonly string[],
  options: { port: number; logDir: string; cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<ServerProcess> {
  const logPath = join(options.logDir, `${name}.log`);
  const log = createWriteStream(logPath);
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  child.once("exit", () => (exited = true));
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (!(await accepts(options.port))) {
    if (exited || child.pid === undefined) throw new Error(`${name} exited before listening; see ${logPath}`);
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`${name} did not listen on port ${options.port} in time; see ${logPath}`);
    }
    await sleep(50);
  }
  return { name, pid: child.pid!, port: options.port, stop: () => stopChild(child) };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** SIGTERM, then SIGKILL if the process is still there after 5 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
