import { randomBytes } from "node:crypto";
import { CompactSign } from "jose";
import { describe, expect, it } from "vitest";
import { createTokenVerifier } from "../../../src/auth/jwt/token-verifier.js";
import { base64url, expectRefused, goodClaims, publicJwk, SECRET, sign, signingKey } from "./signing-keys.js";

const ISSUER = "https://issuer.example";
const AUDIENCE = "dbx";
const rsa = signingKey("RS256");
const claims = (extra = {}) => goodClaims({ iss: ISSUER, aud: AUDIENCE, ...extra });
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Verifies RS256 tokens of ISSUER for AUDIENCE with the RSA public key only. */
const rsaOnly = createTokenVerifier({ keys: [{ kind: "publicKey", pem: rsa.pem, algorithms: ["RS256"] }], issuer: ISSUER, audience: AUDIENCE });

describe("tokens refused UNAUTHENTICATED, saying why, never quoting the token", () => {
  it("accepts the good token these are variations of", async () => {
    await expect(rsaOnly.verify(await sign(claims(), rsa))).resolves.toMatchObject({ subject: "alice", roles: ["reader"] });
  });

  it("expired (beyond the clock tolerance)", async () => {
    const token = await sign(claims({ exp: nowSeconds() - 31 }), rsa);
    await expectRefused(rsaOnly.verify(token), token, /has expired/);
  });

  it("not valid yet (nbf beyond the clock tolerance)", async () => {
    const token = await sign(claims({ nbf: nowSeconds() + 60 }), rsa);
    await expectRefused(rsaOnly.verify(token), token, /not valid yet \(nbf\)/);
  });

  it("within the clock tolerance, exp just past and nbf just ahead are accepted", async () => {
    const token = await sign(claims({ exp: nowSeconds() - 10, nbf: nowSeconds() + 10 }), rsa);
    await expect(rsaOnly.verify(token)).resolves.toMatchObject({ subject: "alice" });
    const strict = createTokenVerifier({ keys: [{ kind: "publicKey", pem: rsa.pem }], clockToleranceMs: 0 });
    const justExpired = await sign(claims({ exp: nowSeconds() - 10 }), rsa);
    await expectRefused(strict.verify(justExpired), justExpired, /has expired/);
    const justAhead = await sign(claims({ nbf: nowSeconds() + 10 }), rsa);
    await expectRefused(strict.verify(justAhead), justAhead, /not valid yet/);
  });

  it("without exp, unless requireExpiration is false", async () => {
    const token = await sign(claims({ exp: undefined }), rsa);
    await expectRefused(rsaOnly.verify(token), token, /has no "exp" claim/);
    const lenient = createTokenVerifier({ keys: [{ kind: "publicKey", pem: rsa.pem }], requireExpiration: false });
    await expect(lenient.verify(token)).resolves.toMatchObject({ subject: "alice", expiresAtMs: undefined });
  });

  it("wrong issuer, no issuer", async () => {
    const wrong = await sign(claims({ iss: "https://evil.example" }), rsa);
    await expectRefused(rsaOnly.verify(wrong), wrong, /issuer \(iss\) is not one this server accepts/);
    const none = await sign(claims({ iss: undefined }), rsa);
    await expectRefused(rsaOnly.verify(none), none, /has no "iss" claim/);
  });

  it("wrong audience; a list of audiences accepts a token naming any of them", async () => {
    const wrong = await sign(claims({ aud: ["other", "another"] }), rsa);
    await expectRefused(rsaOnly.verify(wrong), wrong, /audience \(aud\) names none this server accepts/);
    const lists = createTokenVerifier({ keys: [{ kind: "publicKey", pem: rsa.pem }], issuer: ["a", ISSUER], audience: ["x", AUDIENCE] });
    await expect(lists.verify(await sign(claims({ aud: ["y", AUDIENCE] }), rsa))).resolves.toMatchObject({ subject: "alice" });
  });

  it("a malformed exp claim", async () => {
    const token = await sign(claims({ exp: "tomorrow" }), rsa);
    await expectRefused(rsaOnly.verify(token), token, /"exp" claim is malformed/);
  });

  it("bad signature (a claim changed after signing)", async () => {
    const [header, , signature] = (await sign(claims(), rsa)).split(".");
    const token = `${header}.${base64url(JSON.stringify(claims({ role: "admin" })))}.${signature}`;
    await expectRefused(rsaOnly.verify(token), token, /signature does not verify/);
  });

  it("an algorithm not allowed (ES256, and RS512 with the RSA key when only RS256 is)", async () => {
    const es = await sign(claims(), signingKey("ES256"));
    await expectRefused(rsaOnly.verify(es), es, /algorithm "ES256" is not allowed/);
    const rs512 = await sign(claims(), rsa, { alg: "RS512" });
    await expectRefused(rsaOnly.verify(rs512), rs512, /algorithm "RS512" is not allowed/);
  });

  it("alg: none, with or without a signature part, even when every algorithm of every key type is allowed", async () => {
    const everything = createTokenVerifier({ keys: [{ kind: "secret", secret: SECRET }, { kind: "publicKey", pem: rsa.pem }] });
    for (const alg of ["none", "None", "NONE"]) {
      const unsigned = `${base64url(JSON.stringify({ alg, typ: "JWT" }))}.${base64url(JSON.stringify(claims()))}.`;
      await expectRefused(rsaOnly.verify(unsigned), unsigned, /algorithm "(none|None|NONE)" is not allowed/);
      await expectRefused(everything.verify(unsigned), unsigned, /is not allowed/);
      await expectRefused(everything.verify(unsigned.slice(0, -1)), unsigned, /malformed/);
    }
  });

  it("HS256 signed with the RSA public key as the secret: refused by the RSA key, and by a secret that is not that PEM", async () => {
    const confused = await sign(claims(), new TextEncoder().encode(rsa.pem), { alg: "HS256" });
    await expectRefused(rsaOnly.verify(confused), confused, /algorithm "HS256" is not allowed/);
    const withSecret = createTokenVerifier({ keys: [{ kind: "publicKey", pem: rsa.pem }, { kind: "secret", secret: SECRET }] });
    await expectRefused(withSecret.verify(confused), confused, /signature does not verify/);
  });

  it("oversized, before any parsing (8 KiB by default, or as configured)", async () => {
    const big = await sign(claims({ padding: "x".repeat(9000) }), rsa);
    await expectRefused(rsaOnly.verify(big), big, /larger than 8192 bytes/);
    await expectRefused(rsaOnly.verify("x".repeat(100_000)), "x".repeat(100_000), /larger than 8192 bytes/);
    const small = createTokenVerifier({ keys: [{ kind: "publicKey", pem: rsa.pem }], maxTokenBytes: 256 });
    const token = await sign(claims(), rsa);
    await expectRefused(small.verify(token), token, /larger than 256 bytes/);
  });

  it("malformed: not three parts, bad base64, header or payload not JSON, payload not an object", async () => {
    const good = (await sign(claims(), rsa)).split(".");
    const notJson = await new CompactSign(new TextEncoder().encode("not json")).setProtectedHeader({ alg: "RS256" }).sign(rsa.privateKey);
    const notObject = await new CompactSign(new TextEncoder().encode("[1,2]")).setProtectedHeader({ alg: "RS256" }).sign(rsa.privateKey);
    const malformed = [
      "",
      "abc",
      "a.b",
      `${good[0]}.${good[1]}`,
      `${good.join(".")}.extra`,
      `!!!.${good[1]}.${good[2]}`,
      `${base64url("{not json")}.${good[1]}.${good[2]}`,
      `${base64url('"a string"')}.${good[1]}.${good[2]}`,
      `${good[0]}.${good[1]}.***`,
      `${good[0]}.é${good[1]}.${good[2]}`,
      notJson,
      notObject,
    ];
    for (const token of malformed) await expectRefused(rsaOnly.verify(token), token, /malformed|not allowed|signature does not verify/);
    await expectRefused(rsaOnly.verify(notJson), notJson, /malformed: JWT Claims Set must be a top-level JSON object/);
  });

  it("odd headers, against every kind of key source at once: each refused UNAUTHENTICATED", async () => {
    const ec = signingKey("ES256");
    const everything = createTokenVerifier({
      keys: [
        { kind: "secret", secret: SECRET },
        { kind: "publicKey", pem: rsa.pem, kid: "pem" },
        { kind: "jwks", jwks: { keys: [await publicJwk(ec, "ec")] } },
      ],
    });
    const payload = base64url(JSON.stringify(claims()));
    const headers: object[] = [
      {},
      { alg: 5 },
      { alg: "" },
      { alg: ["RS256"] },
      { alg: "RS256", kid: 5 },
      { alg: "ES256", kid: { a: 1 } },
      { alg: "RS256", crit: ["exp"] },
      { alg: "RS256", crit: "nope" },
      { alg: "RS256", b64: false, crit: ["b64"] },
      { alg: "ES256", jwk: await publicJwk(signingKey("ES256"), "ec") },
      { alg: "HS256", kid: "pem" },
      { alg: "RSA-OAEP" },
      { alg: "dir", enc: "A256GCM" },
      { alg: "ES256K" },
      { alg: "Ed25519" },
      { __proto__: { alg: "RS256" } },
    ];
    for (const header of headers) {
      const token = `${base64url(JSON.stringify(header))}.${payload}.${base64url("not a signature at all")}`;
      await expectRefused(everything.verify(token), token, /refused/);
    }
  });

  it("random bytes and mangled good tokens: every one UNAUTHENTICATED, none INTERNAL", async () => {
    const good = await sign(claims(), rsa);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ {}\"";
    for (let i = 0; i < 300; i++) {
      const bytes = randomBytes(1 + (i % 200));
      const random = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
      await expectRefused(rsaOnly.verify(random), random, /refused/);
      const at = bytes[0] % good.length;
      const mangled = good.slice(0, at) + alphabet[bytes[bytes.length - 1] % alphabet.length] + good.slice(at + 1);
      if (mangled !== good) await expectRefused(rsaOnly.verify(mangled), mangled, /refused/);
    }
  });
});
