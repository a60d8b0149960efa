import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, startServerProcess, type ServerProcess } from "./processes.js";

export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A temp folder for data, configs and logs, and every process started in it. */
export class BenchEnvironment {
  readonly dir = mkdtempSync(join(tmpdir(), "dbx-bench-"));
  readonly #processes: ServerProcess[] = [];
  /** Stops for what the environment did not start itself (the PostgreSQL fixture's server). */
  readonly #cleanups: (() => Promise<void>)[] = [];

  /** Runs `cleanup` when the environment closes. */
  onClose(cleanup: () => Promise<void>): void {
    this.#cleanups.push(cleanup);
  }

  async redisServer(): Promise<ServerProcess> {
    const port = await freePort();
    return this.#track(
      await startServerProcess("redis-server", "redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", this.dir], {
        port,
        logDir: this.dir,
      }),
    );
  }

  async webdis(redisPort: number): Promise<ServerProcess> {
    const port = await freePort();
    const config = join(this.dir, "webdis.json");
    // Debian's /etc/webdis/webdis.json, on free ports and in the foreground.
    writeFileSync(
      config,
      JSON.stringify({
        redis_host: "127.0.0.1",
        redis_port: redisPort,
        http_host: "127.0.0.1",
        http_port: port,
        threads: 2,
        daemonize: false,
        database: 0,
        verbosity: 0,
        logfile: join(this.dir, "webdis-own.log"),
      }),
    );
    return this.#track(await startServerProcess("webdis", "webdis", [config], { port, logDir: this.dir }));
  }

  /** DBX from this checkout, serving one backend as the default; `configFile` (`--config`) for the rest (e.g. auth). */
  async dbx(name: string, backendUrl: string, configFile?: string): Promise<ServerProcess> {
    const port = await freePort();
    // Compiled, as the Docker image runs it: tsx's runtime helpers cost ~25% of CPU per call.
    const args = ["dist/src/cli.js", "serve", "--host", "127.0.0.1", "--port", String(port)];
    args.push("--backend", `main=${backendUrl}`, "--default-backend", "main", "--log-level", "silent");
    if (configFile !== undefined) args.push("--config", configFile);
    return this.#track(await startServerProcess(name, process.execPath, args, { port, logDir: this.dir, cwd: REPO_ROOT }));
  }

  /** One of the baseline servers in bench/servers/, given its port and then `args`. */
  async baseline(name: string, script: string, args: readonly string[]): Promise<ServerProcess> {
    const port = await freePort();
    const path = join(REPO_ROOT, "dist", "bench", "servers", script.replace(/\.ts$/, ".js"));
    return this.#track(await startServerProcess(name, process.execPath, [path, String(port), ...args], { port, logDir: this.dir, cwd: REPO_ROOT }));
  }

  async stop(server: ServerProcess): Promise<void> {
    await server.stop();
    this.#processes.splice(this.#processes.indexOf(server), 1);
  }

  /** Stops everything; removes the folder unless `keep` (to read the logs). */
  async close(keep: boolean): Promise<void> {
    await Promise.all(this.#processes.splice(0).map((p) => p.stop()));
    await Promise.all(this.#cleanups.splice(0).map((cleanup) => cleanup()));
    if (!keep) rmSync(this.dir, { recursive: true, force: true });
  }

  #track(server: ServerProcess): ServerProcess {
    this.#processes.push(server);
    return server;
  }
}
