import { execFile, execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, expect, test } from "vitest";

/**
 * The official Connect conformance suite (connectrpc.com/conformance) against
 * DBX's transport: the runner's reference clients (connect-go, grpc-go)
 * call the suite's ConformanceService, served by server.ts through
 * startTransport, over Connect, gRPC and gRPC-Web, HTTP/1.1 and h2c, with
 * the features in config.yaml.
 */
const here = fileURLToPath(new URL(".", import.meta.url));
let runner: string;

beforeAll(() => {
  runner = execFileSync("bash", [`${here}scripts/install-connectconformance.sh`], { encoding: "utf8" }).trim();
}, 180_000);

test("DBX's transport passes the Connect conformance suite", async () => {
  const args = [
    "--mode", "server",
    "--conf", "config.yaml",
    // 8 calls in flight: ~1,900 cases in ~7 s on 2 cores, far from the runner's per-case timeouts.
    "--parallel", "8",
    // DBX's REQUEST_TOO_LARGE detail on size-limit errors; the file says why.
    "--known-failing", "@known-failing.txt",
    "--",
    process.execPath, "--import", "tsx", "server.ts",
  ];
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
    execFile(runner, args, { cwd: here, maxBuffer: 64 * 1024 * 1024, timeout: 170_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
      resolve({ code, output: stdout + stderr });
    });
  });
  if (code !== 0) console.error(output);
  expect(output).toMatch(/\n\d+ passed, 0 failed/);
  expect(code).toBe(0);
}, 180_000);
