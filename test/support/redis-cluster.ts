import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { freePort, startRedisServer, type RedisServer } from "./redis-server.js";

const run = promisify(execFile);

/** A Redis Cluster of three masters started for a test. */
export interface RedisCluster {
  readonly nodes: readonly RedisServer[];
  /** "127.0.0.1:<port>" of every node, for the backend's `cluster.nodes`. */
  readonly addresses: readonly string[];
  stop(): Promise<void>;
}

/**
 * Starts three `redis-server --cluster-enabled yes` on free ports (each with
 * its bus port, port + 10000, free too), joins them with
 * `redis-cli --cluster create --cluster-yes` and waits for cluster_state:ok.
 */
export async function startRedisCluster(): Promise<RedisCluster> {
  const nodes: RedisServer[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const port = await freePort(10_000);
      nodes.push(
        await startRedisServer({
          port,
          args: ["--cluster-enabled", "yes", "--cluster-config-file", `nodes-${port}.conf`, "--cluster-node-timeout", "2000"],
        }),
      );
    }
    const addresses = nodes.map((n) => `127.0.0.1:${n.port}`);
    await run("redis-cli", ["--cluster", "create", ...addresses, "--cluster-replicas", "0", "--cluster-yes"], { timeout: 30_000 });
    for (const n of nodes) await waitForClusterOk(n.port);
    return {
      nodes,
      addresses,
      async stop() {
        await Promise.all(nodes.map((n) => n.stop()));
      },
    };
  } catch (err) {
    await Promise.all(nodes.map((n) => n.stop()));
    throw err;
  }
}

async function waitForClusterOk(port: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { stdout } = await run("redis-cli", ["-p", String(port), "cluster", "info"]);
    if (stdout.includes("cluster_state:ok")) return;
    if (Date.now() > deadline) throw new Error(`cluster node ${port} did not reach cluster_state:ok:\n${stdout}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
