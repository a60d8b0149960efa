import { execFileSync } from "node:child_process";
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign as cryptoSign } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/config/config-error.js";
import { readJwksFile } from "../../../src/auth/jwt/jwks-file.js";
import { createTokenVerifier } from "../../../src/auth/jwt/token-verifier.js";
import type { JwtKeySource } from "../../../src/auth/jwt/verifier-options.js";
import { base64url, expectRefused, goodClaims, publicJwk, SECRET, sign, signingKey, type KeyKind } from "./signing-keys.js";

const ASYMMETRIC: readonly KeyKind[] = ["RS256", "PS256", "ES256", "ES384", "EdDSA"];

describe("JWT key sources", () => {
  it("verifies an HS256 token with the shared secret, and HS384/HS512 with a secret long enough for them", async () => {
    const verifier = createTokenVerifier({ keys: [{ kind: "secret", secret: SECRET }] });
    await expect(verifier.verify(await sign(goodClaims(), SECRET))).resolves.toMatchObject({ subject: "alice", roles: ["reader"] });
    const hs512 = await sign(goodClaims(), SECRET, { alg: "HS512" });
    await expectRefused(verifier.verify(hs512), hs512, /algorithm "HS512" is not allowed/);
    const long = SECRET.repeat(2);
    const longVerifier = createTokenVerifier({ keys: [{ kind: "secret", secret: long }] });
    for (const alg of ["HS256", "HS384", "HS512"]) {
      await expect(longVerifier.verify(await sign(goodClaims(), long, { alg }))).resolves.toMatchObject({ subject: "alice" });
    }
  });

  it.each(ASYMMETRIC)("verifies a %s token with a PEM public key", async (alg) => {
    const key = signingKey(alg);
    const verifier = createTokenVerifier({ keys: [{ kind: "publicKey", pem: key.pem }] });
    const token = await sign(goodClaims(), key);
    const verified = await verifier.verify(token);
    expect(verified).toMatchObject({ subject: "alice", roles: ["reader"] });
    expect(verified.expiresAtMs).toBe((goodClaims().exp as number) * 1000);
  });

  it("takes an X.509 certificate PEM as the public key (an issuer may publish one)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dbx-cert-"));
    try {
      execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=issuer", "-days", "1",
        "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")], { stdio: "ignore" });
      const privateKey = createPrivateKey(await readFile(join(dir, "key.pem"), "utf8"));
      const verifier = createTokenVerifier({ keys: [{ kind: "publicKey", pem: await readFile(join(dir, "cert.pem"), "utf8") }] });
      const token = await sign(goodClaims(), { alg: "ES256", privateKey, publicKey: createPublicKey(privateKey), pem: "" });
      await expect(verifier.verify(token)).resolves.toMatchObject({ subject: "alice" });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("tries the PEM keys in order: a token signed by the second one passes; one by neither is a bad signature", async () => {
    const first = signingKey("ES256");
    const second = signingKey("ES256");
    const verifier = createTokenVerifier({ keys: [{ kind: "publicKey", pem: first.pem }, { kind: "publicKey", pem: second.pem }] });
    await expect(verifier.verify(await sign(goodClaims(), second))).resolves.toMatchObject({ subject: "alice" });
    const stranger = await sign(goodClaims(), signingKey("ES256"));
    await expectRefused(verifier.verify(stranger), stranger, /signature does not verify/);
  });

  it("skips a PEM key with a kid for tokens that name another kid", async () => {
    const key = signingKey("EdDSA");
    const verifier = createTokenVerifier({ keys: [{ kind: "publicKey", pem: key.pem, kid: "k1" }] });
    await expect(verifier.verify(await sign(goodClaims(), key, { kid: "k1" }))).resolves.toMatchObject({ subject: "alice" });
    await expect(verifier.verify(await sign(goodClaims({ sub: "bob" }), key))).resolves.toMatchObject({ subject: "bob" });
    const otherKid = await sign(goodClaims(), key, { kid: "k2" });
    await expectRefused(verifier.verify(otherKid), otherKid, /no configured key matches its kid "k2"/);
  });

  describe("a JWKS file", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "dbx-jwks-"));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it("verifies tokens by kid, and by trying each key of the token's type when the token names none", async () => {
      const rsa = signingKey("RS256");
      const ec = signingKey("ES256");
      const ec2 = signingKey("ES256");
      const path = join(dir, "jwks.json");
      await writeFile(path, JSON.stringify({ keys: [await publicJwk(rsa, "rsa"), await publicJwk(ec, "ec"), await publicJwk(ec2, "ec2")] }));
      const verifier = createTokenVerifier({ keys: [{ kind: "jwks", jwks: readJwksFile(path) }] });
      await expect(verifier.verify(await sign(goodClaims(), rsa, { kid: "rsa" }))).resolves.toMatchObject({ subject: "alice" });
      await expect(verifier.verify(await sign(goodClaims(), ec, { kid: "ec" }))).resolves.toMatchObject({ subject: "alice" });
      // No kid: ec and ec2 both match ES256; jose hands both over.
      await expect(verifier.verify(await sign(goodClaims({ sub: "carol" }), ec2))).resolves.toMatchObject({ subject: "carol" });
      const wrongKid = await sign(goodClaims(), ec, { kid: "rsa" });
      await expectRefused(verifier.verify(wrongKid), wrongKid, /no configured key matches its kid "rsa" and algorithm "ES256"/);
      const stranger = await sign(goodClaims(), signingKey("ES256"));
      await expectRefused(verifier.verify(stranger), stranger, /signature does not verify/);
    });

    it("a key set's RSA key under 2048 bits verifies nothing: refused, blaming the key set, never INTERNAL", async () => {
      const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 1024 });
      const weak = { alg: "RS256", privateKey, publicKey, pem: "" };
      const strong = signingKey("RS256");
      const jwks = { keys: [await publicJwk(weak, "weak"), await publicJwk(strong, "strong")] };
      const verifier = createTokenVerifier({ keys: [{ kind: "jwks", jwks, label: "auth.jwt.jwksFile" }] });
      // jose will not sign with such a key either: sign by hand.
      const signWeak = (header: object) => {
        const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(goodClaims()))}`;
        return `${input}.${cryptoSign("sha256", Buffer.from(input), privateKey).toString("base64url")}`;
      };
      const byKid = signWeak({ alg: "RS256", kid: "weak" });
      await expectRefused(verifier.verify(byKid), byKid, /key set auth\.jwt\.jwksFile: its RSA key has 1024 bits, fewer than 2048/);
      // Without a kid both keys are candidates: the weak one is skipped, the strong one still verifies its tokens.
      const noKid = signWeak({ alg: "RS256" });
      await expectRefused(verifier.verify(noKid), noKid, /signature does not verify/);
      await expect(verifier.verify(await sign(goodClaims(), strong))).resolves.toMatchObject({ subject: "alice" });
    });

    it("refuses a file that is missing, not JSON or not a key set, naming the setting", async () => {
      expect(() => readJwksFile(join(dir, "missing.json"), "auth.jwt.jwksFile")).toThrow(/^auth\.jwt\.jwksFile: cannot read the JWKS file/);
      await writeFile(join(dir, "bad.json"), "{ nope");
      expect(() => readJwksFile(join(dir, "bad.json"))).toThrow(/is not JSON/);
      await writeFile(join(dir, "nokeys.json"), JSON.stringify({ key: [] }));
      expect(() => readJwksFile(join(dir, "nokeys.json"))).toThrow(ConfigError);
    });
  });

  it("uses the sources in order: a secret and a PEM key side by side each verify their own tokens", async () => {
    const key = signingKey("RS256");
    const verifier = createTokenVerifier({ keys: [{ kind: "secret", secret: SECRET }, { kind: "publicKey", pem: key.pem }] });
    await expect(verifier.verify(await sign(goodClaims(), SECRET))).resolves.toMatchObject({ subject: "alice" });
    await expect(verifier.verify(await sign(goodClaims(), key))).resolves.toMatchObject({ subject: "alice" });
  });

  describe("configuration mistakes are ConfigErrors naming the source", () => {
    const rsa = signingKey("RS256");
    const cases: [string, JwtKeySource[], RegExp, ("RS256" | "HS256")[]?][] = [
      ["no key", [], /at least one key source/],
      ["a short secret", [{ kind: "secret", secret: "too short", label: "auth.jwt.secret" }], /^auth\.jwt\.secret: an HS256 secret needs at least 32 bytes/],
      ["a private key", [{ kind: "publicKey", pem: rsa.privateKey.export({ type: "pkcs8", format: "pem" }).toString() }], /^keys\[0\]: is a private key/],
      ["not a PEM key", [{ kind: "publicKey", pem: "hello" }], /^keys\[0\]: not a PEM public key/],
      [
        "an RSA key under 2048 bits",
        [{ kind: "publicKey", pem: generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey.export({ type: "spki", format: "pem" }).toString() }],
        /needs at least 2048 bits, this one has 1024/,
      ],
      ["an algorithm the key cannot verify", [{ kind: "publicKey", pem: rsa.pem, algorithms: ["ES256"] }], /cannot verify ES256; it verifies RS256/],
      ["HS512 with a secret too short for it", [{ kind: "secret", secret: SECRET, algorithms: ["HS512"] }], /cannot verify HS512; it verifies HS256$/],
      ["no algorithm left after narrowing", [{ kind: "secret", secret: SECRET }], /none of the allowed algorithms \(RS256\)/, ["RS256"]],
      ["not a key set", [{ kind: "jwks", jwks: { keys: "nope" } as never }], /not a JSON Web Key Set/],
      ["a JWKS URL that is not one", [{ kind: "jwksUrl", url: "not a url" }], /^keys\[0\]: not a URL/],
      ["a JWKS URL that is not HTTP", [{ kind: "jwksUrl", url: "file:///etc/jwks.json" }], /http or https/],
    ];
    it.each(cases)("%s", (_, keys, message, algorithms) => {
      let thrown: unknown;
      try {
        createTokenVerifier({ keys, algorithms });
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(ConfigError);
      expect((thrown as Error).message).toMatch(message);
    });
  });
});
