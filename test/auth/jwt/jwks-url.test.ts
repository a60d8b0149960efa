import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTokenVerifier } from "../../../src/auth/jwt/token-verifier.js";
import type { JwksUrlKeySource } from "../../../src/auth/jwt/verifier-options.js";
import { startJwksServer, type JwksServer } from "./jwks-server.js";
import { expectRefused, goodClaims, publicJwk, sign, signingKey } from "./signing-keys.js";

const first = signingKey("RS256");
const second = signingKey("ES256");

describe("a JWKS URL", () => {
  let jwks: JwksServer;
  beforeEach(async () => {
    jwks = await startJwksServer([await publicJwk(first, "k1")]);
  });
  afterEach(async () => {
    await jwks.close();
  });

  /** A verifier of the test server's key set, without the token cache, so that every verify asks the key set. */
  const verifierOf = (source: Partial<JwksUrlKeySource> = {}) =>
    createTokenVerifier({ keys: [{ kind: "jwksUrl", url: jwks.url, ...source }], cache: { maxEntries: 0 } });

  it("fetches the key set once and verifies many tokens with it", async () => {
    const verifier = verifierOf();
    expect(jwks.fetches).toBe(0);
    for (const sub of ["a", "b", "c"]) {
      await expect(verifier.verify(await sign(goodClaims({ sub }), first, { kid: "k1" }))).resolves.toMatchObject({ subject: sub });
    }
    expect(jwks.fetches).toBe(1);
  });

  it("rotation: a token naming a new kid makes it fetch the key set again, once the cooldown has passed", async () => {
    const verifier = verifierOf({ cooldownMs: 1_000 });
    await verifier.verify(await sign(goodClaims(), first, { kid: "k1" }));
    expect(jwks.fetches).toBe(1);

    jwks.publish([await publicJwk(first, "k1"), await publicJwk(second, "k2")]);
    const rotated = await sign(goodClaims({ sub: "bob" }), second, { kid: "k2" });
    // Within the cooldown, an unknown kid is refused without asking the issuer again.
    await expectRefused(verifier.verify(rotated), rotated, /no configured key matches its kid "k2" and algorithm "ES256"/);
    expect(jwks.fetches).toBe(1);

    await sleep(1_100);
    await expect(verifier.verify(rotated)).resolves.toMatchObject({ subject: "bob" });
    expect(jwks.fetches).toBe(2);
    await expect(verifier.verify(await sign(goodClaims(), first, { kid: "k1" }))).resolves.toMatchObject({ subject: "alice" });
    expect(jwks.fetches).toBe(2);

    // A kid the issuer does not publish either: one more fetch after the cooldown, then refused.
    await sleep(1_100);
    const unknown = await sign(goodClaims(), second, { kid: "k3" });
    await expectRefused(verifier.verify(unknown), unknown, /no configured key matches its kid "k3"/);
    expect(jwks.fetches).toBe(3);
  });

  it("a removed key stops verifying once the key set is fetched again (cacheMaxAgeMs)", async () => {
    const verifier = verifierOf({ cacheMaxAgeMs: 200 });
    const token = await sign(goodClaims(), first, { kid: "k1" });
    await verifier.verify(token);
    jwks.publish([await publicJwk(second, "k2")]);
    await sleep(250);
    await expectRefused(verifier.verify(token), token, /no configured key matches its kid "k1"/);
  });

  it("an issuer that does not answer in time, answers an error or is down: refused, blaming the key set", async () => {
    const token = await sign(goodClaims(), first, { kid: "k1" });
    jwks.delayBy(2_000);
    const slow = verifierOf({ timeoutMs: 200 });
    const started = Date.now();
    await expectRefused(slow.verify(token), token, /its key could not be obtained from the key set at http:\/\/127\.0\.0\.1:\d+\/\.well-known\/jwks\.json/);
    expect(Date.now() - started).toBeLessThan(1_500);

    jwks.delayBy(0);
    jwks.answerWith(500);
    await expectRefused(verifierOf().verify(token), token, /could not be obtained from the key set at .*Expected 200 OK/);

    jwks.answerWith(200);
    await expect(verifierOf().verify(token)).resolves.toMatchObject({ subject: "alice" });
    const url = jwks.url;
    await jwks.close();
    jwks = await startJwksServer([]);
    const down = createTokenVerifier({ keys: [{ kind: "jwksUrl", url }], cache: { maxEntries: 0 } });
    await expectRefused(down.verify(token), token, /could not be obtained from the key set at/);
  });

  it("never verifies an HS256 token, whatever the key set publishes", async () => {
    const secret = "a-secret-of-at-least-thirty-two-bytes!!";
    jwks.publish([{ kty: "oct", k: Buffer.from(secret).toString("base64url"), kid: "k1" }]);
    const token = await sign(goodClaims(), secret, { kid: "k1" });
    await expectRefused(verifierOf().verify(token), token, /algorithm "HS256" is not allowed/);
    expect(jwks.fetches).toBe(0);
  });
});
