// Micro-benchmark, not a test: the CPU ApiKeyStore.authenticate costs per
// call once the key is cached (issue 12's budget is 10 us per call).
// Run: npx tsx test/auth/api-keys/authenticate-cost.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ApiKeyStore } from "../../../src/auth/api-keys/index.js";

const dir = mkdtempSync(join(tmpdir(), "dbx-keys-bench-"));
const store = ApiKeyStore.open({ path: join(dir, "keys.sqlite") });
try {
  const secrets = Array.from({ length: 100 }, () => store.create({ role: "admin" }).secret);
  const rounds = 200_000;
  for (let i = 0; i < rounds; i++) store.authenticate(secrets[i % secrets.length]!);
  for (let run = 0; run < 3; run++) {
    const start = process.cpuUsage();
    for (let i = 0; i < rounds; i++) store.authenticate(secrets[i % secrets.length]!);
    const used = process.cpuUsage(start);
    console.log(`cached authenticate: ${((used.user + used.system) / rounds).toFixed(2)} us CPU per call (${rounds} calls, 100 keys)`);
  }
  const misses = 20_000;
  const start = process.cpuUsage();
  for (let i = 0; i < misses; i++) {
    // Every call an id the cache has not seen: the SQLite lookup's cost.
    const unknown = `dbx_${i.toString(16).padStart(16, "0")}_${"A".repeat(43)}`;
    try {
      store.authenticate(unknown);
    } catch {
      // expected: unknown key
    }
  }
  const used = process.cpuUsage(start);
  console.log(`uncached unknown id: ${((used.user + used.system) / misses).toFixed(2)} us CPU per call`);
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
