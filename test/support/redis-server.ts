import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A redis-server process started for a test, on a free port in a temp folder. */
export interface RedisServer {
  readonly port: number;
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  readonly dir: string;
  /** Kills the server at once (SIGKILL), as an outage would. */
  kill(): Promise<void>;
  /** Starts the server again on the same port and folder, after `kill`. */
  restart(): Promise<void>;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

export interface RedisServerOptions {
  /** More redis-server arguments ("--cluster-enabled", "yes", ...). */
  readonly args?: readonly string[];
  /** A port to use (default: a free one). */
  readonly port?: number;
  /** The text of a config file, written to the temp folder and passed first (Sentinel needs one). */
  readonly config?: string;
}

/** Starts `redis-server --port P --dir TMP --save '' --appendonly no` and waits until it answers PING. */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const port = options.port ?? (await freePort());
  const dir = await mkdtemp(join(tmpdir(), "dbx-redis-"));
  const configFile = join(dir, "redis.conf");
  if (options.config !== undefined) await writeFile(configFile, options.config);
  const args = [...(options.config !== undefined ? [configFile] : []), "--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no", ...(options.args ?? [])];
  let child = await launch(args, port);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    async kill() {
      await terminate(child, "SIGKILL");
    },
    async restart() {
      child = await launch(args, port);
    },
    async stop() {
      await terminate(child, "SIGTERM");
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function launch(args: string[], port: number): Promise<ChildProcess> {
  const child = spawn("redis-server", args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<never>((_, reject) => {
    child.once("error", (err) => reject(new Error(`redis-server could not start (is it installed?): ${err.message}`)));
    child.once("exit", (code) => reject(new Error(`redis-server exited with code ${code}:\n${output}`)));
  });
  exited.catch(() => undefined);
  await Promise.race([waitForPing(port, 10_000), exited]);
  return child;
}

function terminate(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

/** Resolves when a server on `port` answers PING with PONG. */
export async function waitForPing(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await ping(port)) return;
    if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer PING within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    let reply = "";
    socket.setTimeout(1_000);
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (d) => {
      reply += d.toString();
      if (reply.includes("\r\n")) {
        socket.destroy();
        resolve(reply.startsWith("+PONG"));
      }
    });
    socket.on("error", () => resolve(false));
    socket.on("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** A port that is free now (and, with `alsoPlus`, whose port + alsoPlus is free too: the cluster bus). */
export async function freePort(alsoPlus?: number): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = alsoPlus ? 20_000 + Math.floor(Math.random() * 30_000) : await bindAndRelease(0);
    if (!alsoPlus) return port;
    if ((await canBind(port)) && (await canBind(port + alsoPlus))) return port;
  }
  throw new Error("no free port found");
}

function bindAndRelease(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : port));
    });
  });
}

function canBind(port: number): Promise<boolean> {
  return bindAndRelease(port).then(
    () => true,
    () => false,
  );
}
