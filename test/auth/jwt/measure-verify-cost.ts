/**
 * Measures the server CPU of TokenVerifier.verify per call: a token seen
 * before (answered from the cache) and, for comparison, one verified in full.
 * Issue 12 allows 10 us per call for a verified JWT. Not a test (timings
 * vary by machine): run it by hand and read the numbers.
 *
 *   node --import tsx test/auth/jwt/measure-verify-cost.ts
 */
import { createTokenVerifier } from "../../../src/auth/jwt/token-verifier.js";
import type { JwtKeySource } from "../../../src/auth/jwt/verifier-options.js";
import { goodClaims, SECRET, sign, signingKey, type KeyKind } from "./signing-keys.js";

/** Distinct tokens in rotation, as many callers would present them. */
const CALLERS = 1_000;
const CACHED_CALLS = 200_000;
const FULL_CALLS = 2_000;

/**
 * A copy of the token in a new string, as each request's header is: V8
 * caches a string's hash in the string, so reusing one object would hide
 * the cost of hashing the token for the cache lookup.
 */
function freshCopy(token: string): string {
  return Buffer.from(token, "latin1").toString("latin1");
}

async function cpuMicrosPerCall(calls: number, call: (i: number) => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i++) await call(i);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / calls;
}

async function measure(name: string, source: JwtKeySource, signWith: (claims: ReturnType<typeof goodClaims>) => Promise<string>): Promise<void> {
  const claims = (i: number) => goodClaims({ sub: `caller-${i}`, iss: "https://issuer.example", aud: "dbx", role: ["reader", "writer"] });
  const tokens = await Promise.all(Array.from({ length: CALLERS }, (_, i) => signWith(claims(i))));
  const options = { keys: [source], issuer: "https://issuer.example", audience: "dbx" };

  const cached = createTokenVerifier(options);
  for (const token of tokens) await cached.verify(token);
  const copies = Array.from({ length: CACHED_CALLS }, (_, i) => freshCopy(tokens[i % CALLERS]));
  await cpuMicrosPerCall(CACHED_CALLS, (i) => cached.verify(copies[i])); // warm-up
  const copiesAgain = Array.from({ length: CACHED_CALLS }, (_, i) => freshCopy(tokens[i % CALLERS]));
  const cachedCost = await cpuMicrosPerCall(CACHED_CALLS, (i) => cached.verify(copiesAgain[i]));

  const uncached = createTokenVerifier({ ...options, cache: { maxEntries: 0 } });
  await cpuMicrosPerCall(FULL_CALLS / 4, (i) => uncached.verify(tokens[i % CALLERS])); // warm-up
  const fullCost = await cpuMicrosPerCall(FULL_CALLS, (i) => uncached.verify(tokens[i % CALLERS]));

  console.log(`${name.padEnd(6)} token ${String(tokens[0].length).padStart(4)} chars: cached ${cachedCost.toFixed(2)} us/call, full verification ${fullCost.toFixed(1)} us/call`);
}

const keys: KeyKind[] = ["RS256", "ES256", "EdDSA"];
await measure("HS256", { kind: "secret", secret: SECRET }, (claims) => sign(claims, SECRET));
for (const alg of keys) {
  const key = signingKey(alg);
  await measure(alg, { kind: "publicKey", pem: key.pem }, (claims) => sign(claims, key));
}
