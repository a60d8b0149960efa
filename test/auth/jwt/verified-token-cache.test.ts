import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTokenVerifier } from "../../../src/auth/jwt/token-verifier.js";
import type { VerifiedTokenCacheOptions } from "../../../src/auth/jwt/verifier-options.js";
import { startJwksServer, type JwksServer } from "./jwks-server.js";
import { expectRefused, goodClaims, publicJwk, sign, signingKey } from "./signing-keys.js";

const key = signingKey("ES256");
const T0 = Date.UTC(2030, 0, 1);
const seconds = (ms: number) => Math.floor(ms / 1000);

/**
 * The key set is fetched again for every verification (cacheMaxAgeMs 0), so
 * the issuer's fetch count is the number of tokens really verified: a cache
 * hit fetches nothing.
 */
describe("the verified-token cache", () => {
  let jwks: JwksServer;
  let now = T0;
  beforeEach(async () => {
    jwks = await startJwksServer([await publicJwk(key, "k1")]);
    now = T0;
  });
  afterEach(async () => {
    await jwks.close();
  });

  const verifierWith = (cache: VerifiedTokenCacheOptions = {}) =>
    createTokenVerifier({ keys: [{ kind: "jwksUrl", url: jwks.url, cacheMaxAgeMs: 0, cooldownMs: 0 }], cache, clockToleranceMs: 0, now: () => now });
  const tokenOf = (sub: string, expiresInMs: number) => sign(goodClaims({ sub, iat: seconds(now), exp: seconds(now + expiresInMs) }), key, { kid: "k1" });

  it("answers the same token again without verifying it, with the same result", async () => {
    const verifier = verifierWith();
    const token = await tokenOf("alice", 3_600_000);
    const first = await verifier.verify(token);
    expect(jwks.fetches).toBe(1);
    for (let i = 0; i < 5; i++) expect(await verifier.verify(token)).toBe(first);
    expect(jwks.fetches).toBe(1);
  });

  it("verifies a token once for a burst of concurrent calls, whether it passes or is refused", async () => {
    const verifier = verifierWith();
    const token = await tokenOf("alice", 3_600_000);
    const results = await Promise.all(Array.from({ length: 10 }, () => verifier.verify(token)));
    expect(new Set(results).size).toBe(1);
    expect(jwks.fetches).toBe(1);
    const refused = await sign(goodClaims({ iat: seconds(now), exp: seconds(now + 60_000), role: 5 }), key, { kid: "k1" });
    await Promise.all(Array.from({ length: 10 }, () => expectRefused(verifier.verify(refused), refused, /role claim/)));
    expect(jwks.fetches).toBe(2);
  });

  it("an entry ends with its token: after exp the token is verified again, and refused", async () => {
    const verifier = verifierWith();
    const token = await tokenOf("alice", 10_000);
    await verifier.verify(token);
    now += 9_000;
    await verifier.verify(token);
    expect(jwks.fetches).toBe(1);
    now += 1_000;
    await expectRefused(verifier.verify(token), token, /has expired/);
    expect(jwks.fetches).toBe(2);
  });

  it("an entry ends after maxAgeMs even when the token lives longer", async () => {
    const verifier = verifierWith({ maxAgeMs: 5_000 });
    const token = await tokenOf("alice", 3_600_000);
    await verifier.verify(token);
    now += 4_999;
    await verifier.verify(token);
    expect(jwks.fetches).toBe(1);
    now += 1;
    await verifier.verify(token);
    expect(jwks.fetches).toBe(2);
  });

  it("holds at most maxEntries tokens, dropping the least recently used", async () => {
    const verifier = verifierWith({ maxEntries: 2 });
    const [a, b, c] = await Promise.all(["a", "b", "c"].map((sub) => tokenOf(sub, 3_600_000)));
    for (const token of [a, b, a, c]) await verifier.verify(token);
    expect(jwks.fetches).toBe(3);
    await verifier.verify(a);
    await verifier.verify(c);
    expect(jwks.fetches).toBe(3);
    await verifier.verify(b);
    expect(jwks.fetches).toBe(4);
  });

  it("keeps no refusal: a refused token is verified (and refused) each time", async () => {
    const verifier = verifierWith();
    const token = await sign(goodClaims({ iat: seconds(now), exp: seconds(now + 60_000), role: 5 }), key, { kid: "k1" });
    await expectRefused(verifier.verify(token), token, /role claim/);
    await expectRefused(verifier.verify(token), token, /role claim/);
    expect(jwks.fetches).toBe(2);
  });

  it("maxEntries 0 turns it off", async () => {
    const verifier = verifierWith({ maxEntries: 0 });
    const token = await tokenOf("alice", 3_600_000);
    await verifier.verify(token);
    await verifier.verify(token);
    expect(jwks.fetches).toBe(2);
  });
});
