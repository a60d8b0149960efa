/**
 * What admission costs per call, in CPU microseconds: rate limits on the
 * memory store, concurrency slots and the network policy. Not a test (timing
 * on a shared machine is noise for an assertion); run it and read it:
 *
 *   npx tsx test/auth/rate-limits/measure-cost.ts
 */
import { ConcurrencyLimits } from "../../../src/auth/concurrency/concurrency-limits.js";
import { NetworkPolicy } from "../../../src/auth/network/network-policy.js";
import { RateLimits } from "../../../src/auth/rate-limits/rate-limits.js";

const CALLS = 500_000;

async function measure(name: string, call: (i: number) => unknown): Promise<void> {
  for (let i = 0; i < 20_000; i++) await call(i);
  const before = process.cpuUsage();
  for (let i = 0; i < CALLS; i++) await call(i);
  const used = process.cpuUsage(before);
  console.log(`${name}: ${((used.user + used.system) / CALLS).toFixed(2)} us CPU per call`);
}

const huge = { callsPerSecond: 1e9, burst: 1e9 };
const identityOnly = new RateLimits({ store: "memory", perIdentity: huge });
const spent = new RateLimits({ store: "memory", perIdentity: { callsPerSecond: 0.001, burst: 1 } });
const concurrency = new ConcurrencyLimits({ perBackend: { main: 1_000 }, perIdentity: 100 });
const network = new NetworkPolicy({ allow: ["10.0.0.0/8", "2001:db8::/32"], deny: ["10.6.6.0/24"], trustedProxies: ["127.0.0.1"] });

await measure("rate limit, one identity", () => identityOnly.consume("alice"));
await measure("rate limit, 1,000 identities", (i) => identityOnly.consume(`identity-${i % 1_000}`));
// More identities than the memory store keeps (100,000): every call evicts a bucket and starts a full one.
await measure("rate limit, 200,000 identities", (i) => identityOnly.consume(`identity-${i % 200_000}`));
await measure("rate limit, refused (builds the error)", () => spent.consume("alice").catch(() => undefined));
await measure("concurrency slot, acquire and release", () => concurrency.acquire("main", "alice").release());
await measure("network policy, socket peer", () => network.admit("::ffff:10.1.2.3", undefined));
await measure("network policy, behind a trusted proxy", () => network.admit("127.0.0.1", "10.1.2.3, 127.0.0.1"));
