import cluster, { type Worker } from "node:cluster";

/** A crashing worker is replaced, but not faster than this, so a broken config cannot spin. */
const RESPAWN_DELAY_MS = 1_000;

/**
 * The primary process of `server.workers > 1`: forks the workers, which all
 * listen on the same port (node:cluster hands each connection to one of
 * them), replaces a worker that dies, and on SIGTERM/SIGINT passes the signal
 * on and exits once every worker has stopped gracefully. SIGHUP (read the
 * TLS files again) is passed on to every worker.
 */
export function superviseWorkers(count: number, log: (message: string) => void): void {
  let stopping = false;
  const fork = (): Worker => cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    log(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(fork, RESPAWN_DELAY_MS).unref();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log(`${signal}, stopping ${count} workers`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGHUP", () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGHUP");
  });
  for (let i = 0; i < count; i++) fork();
}
