import { describe, expect, it } from "vitest";
import { createTokenVerifier } from "../../../src/auth/jwt/token-verifier.js";
import type { JwtVerifierOptions } from "../../../src/auth/jwt/verifier-options.js";
import { expectRefused, goodClaims, SECRET, sign } from "./signing-keys.js";

const NAMESPACE = "https://dbx.dev/claims";
const verifierWith = (options: Partial<JwtVerifierOptions> = {}) => createTokenVerifier({ keys: [{ kind: "secret", secret: SECRET }], ...options });

describe("JWT claims to subject and roles", () => {
  it("a role claim holds one role or a list; the verified token carries every claim", async () => {
    const verifier = verifierWith();
    await expect(verifier.verify(await sign(goodClaims({ role: "writer" }), SECRET))).resolves.toMatchObject({ subject: "alice", roles: ["writer"] });
    const listed = await verifier.verify(await sign(goodClaims({ role: ["reader", "writer"], team: "ops" }), SECRET));
    expect(listed.roles).toEqual(["reader", "writer"]);
    expect(listed.claims).toMatchObject({ sub: "alice", team: "ops" });
    expect(Object.isFrozen(listed) && Object.isFrozen(listed.roles) && Object.isFrozen(listed.claims)).toBe(true);
  });

  it("a path of claim names reaches a nested, namespaced claim", async () => {
    const verifier = verifierWith({ roleClaim: [NAMESPACE, "roles"] });
    const token = await sign(goodClaims({ role: undefined, [NAMESPACE]: { roles: ["admin"] } }), SECRET);
    await expect(verifier.verify(token)).resolves.toMatchObject({ roles: ["admin"] });
    const flat = await sign(goodClaims({ role: undefined, roles: ["admin"] }), SECRET);
    await expectRefused(verifier.verify(flat), flat, /no role: its claim "https:\/\/dbx\.dev\/claims" > "roles" is absent/);
  });

  it("a path never reads inherited properties", async () => {
    const verifier = verifierWith({ roleClaim: ["constructor", "name"] });
    const token = await sign(goodClaims(), SECRET);
    await expectRefused(verifier.verify(token), token, /has no role/);
  });

  it("a token without a role (absent, null, empty) gets the default role, or is refused when none is configured", async () => {
    const withDefault = verifierWith({ defaultRole: "guest" });
    const strict = verifierWith();
    for (const role of [undefined, null, "", []]) {
      const token = await sign(goodClaims({ role }), SECRET);
      await expect(withDefault.verify(token)).resolves.toMatchObject({ roles: ["guest"] });
      await expectRefused(strict.verify(token), token, /has no role: its claim "role" is absent or empty and no default role is configured/);
    }
  });

  it("a role claim of another type is refused, even with a default role", async () => {
    const verifier = verifierWith({ defaultRole: "guest" });
    for (const role of [7, { name: "admin" }, ["reader", 2], ["reader", ""], true]) {
      const token = await sign(goodClaims({ role }), SECRET);
      await expectRefused(verifier.verify(token), token, /role claim "role" is neither a role name nor a list of role names/);
    }
  });

  it("the subject is `sub`, or the configured claim, and must be a non-empty string", async () => {
    const bySub = verifierWith();
    for (const sub of [undefined, "", 42]) {
      const token = await sign(Object.assign(goodClaims(), { sub }), SECRET);
      await expectRefused(bySub.verify(token), token, /no "sub" claim naming its subject/);
    }
    const byEmail = verifierWith({ subjectClaim: "email" });
    await expect(byEmail.verify(await sign(goodClaims({ email: "alice@example.com" }), SECRET))).resolves.toMatchObject({ subject: "alice@example.com" });
  });
});
