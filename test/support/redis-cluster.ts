import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { freePort, startRedisServer, type RedisServer } from "./redis-server.js";

const run = promisify(execFile);

/** A Redis Cluster of three masters started for a test. */
export interface RedisCluster {
  readonly nodes: readonly RedisServer[];
  /** "127.0.0.1:<port>" of every node, for the backend's `cluster.nodes`. */
  readonly addresses: readonly string[];
  /**
   * Starts a fourth node, joins it as a master and moves `slots` hash slots
   * to it (`redis-cli --cluster add-node` and `reshard`, as an operator
   * would); answers its address.
   */
  addMaster(slots: number): Promise<string>;
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
    for (let i = 0; i < 3; i++) nodes.push(await startClusterNode());
    const addresses = nodes.map((n) => `127.0.0.1:${n.port}`);
    await run("redis-cli", ["--cluster", "create", ...addresses, "--cluster-replicas", "0", "--cluster-yes"], { timeout: 30_000 });
    for (const n of nodes) await waitForClusterOk(n.port);
    return {
      nodes,
      addresses,
      async addMaster(slots) {
        const node = await startClusterNode();
        nodes.push(node);
        const address = `127.0.0.1:${node.port}`;
        await run("redis-cli", ["--cluster", "add-node", address, addresses[0]], { timeout: 30_000 });
        const { stdout: id } = await run("redis-cli", ["-p", String(node.port), "cluster", "myid"]);
        // add-node returns before the other nodes have met the new one (gossip); reshard needs them to.
        const deadline = Date.now() + 20_000;
        const agreed = async () => {
          for (const other of nodes) {
            const { stdout } = await run("redis-cli", ["-p", String(other.port), "cluster", "nodes"]);
            if (!stdout.includes(id.trim()) || stdout.trim().split("\n").length !== nodes.length) return false;
          }
          const check = await run("redis-cli", ["--cluster", "check", address]).catch((e: { stdout: string }) => e);
          return check.stdout.includes("[OK] All nodes agree about slots configuration.");
        };
        while (!(await agreed())) {
          if (Date.now() > deadline) throw new Error(`the cluster did not take in ${address}`);
          await new Promise((r) => setTimeout(r, 100));
        }
        await run(
          "redis-cli",
          ["--cluster", "reshard", addresses[0], "--cluster-from", "all", "--cluster-to", id.trim(), "--cluster-slots", String(slots), "--cluster-yes"],
          { timeout: 60_000 },
        ).catch((e: { message: string; stdout: string }) => {
          throw new Error(`${e.message}${e.stdout.split("\n").slice(-15).join("\n")}`);
        });
        await waitForClusterOk(node.port);
        return address;
      },
      async stop() {
        await Promise.all(nodes.map((n) => n.stop()));
      },
    };
  } catch (err) {
    await Promise.all(nodes.map((n) => n.stop()));
    throw err;
  }
}

function startClusterNode(): Promise<RedisServer> {
  return freePort(10_000).then((port) =>
    startRedisServer({
      port,
      args: ["--cluster-enabled", "yes", "--cluster-config-file", `nodes-${port}.conf`, "--cluster-node-timeout", "2000"],
    }),
  );
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
