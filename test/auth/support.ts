import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Redis } from "ioredis";
import { SignJWT } from "jose";
import { startTestServer, type TestServer } from "../support/dbx-server.js";

/** The HS256 secret of the test servers' tokens. */
export const JWT_SECRET = "a-test-secret-of-at-least-32-bytes-for-hs256";
export const ISSUER = "https://issuer.test";
export const AUDIENCE = "dbx-test";

/** The roles of the access-control tests: read, write, write only some collections, and the built-in admin. */
export const ROLES = {
  reader: { rules: [{ allow: ["read", "stream"] }] },
  writer: { rules: [{ allow: ["read", "write", "stream"] }] },
  clerk: { rules: [{ allow: ["read"] }, { allow: ["write"], collections: ["orders", "orders_*"] }, { deny: ["write"], collections: ["orders_locked"] }] },
};

/** A signed token for `subject` with `roles` (claim `role`), valid for `ttlSeconds`. */
export function token(subject: string, roles: string | string[], options: { ttlSeconds?: number; audience?: string } = {}): Promise<string> {
  return new SignJWT({ role: roles })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(subject)
    .setIssuer(ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + (options.ttlSeconds ?? 600))
    .sign(new TextEncoder().encode(JWT_SECRET));
}

export const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

/** A DBX with JWT and API-key authentication and the ROLES, on `backends` (default: in-memory SQLite); its key store in a temp folder. */
export async function startAuthServer(
  options: { backends?: Record<string, unknown>; defaultBackend?: string; auth?: Record<string, unknown>; fastPath?: boolean } = {},
): Promise<TestServer & { readonly keyStore: string }> {
  const dir = mkdtempSync(join(tmpdir(), "dbx-auth-"));
  const keyStore = join(dir, "keys.sqlite");
  const server = await startTestServer({
    server: { fastPath: options.fastPath ?? true },
    backends: options.backends ?? { default: { url: "sqlite::memory:" } },
    ...(options.defaultBackend ? { defaultBackend: options.defaultBackend } : {}),
    auth: { jwt: { secret: JWT_SECRET, issuer: ISSUER, audience: AUDIENCE }, apiKeys: { storePath: keyStore }, roles: ROLES, ...options.auth },
  });
  return {
    ...server,
    keyStore,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The calls Redis has run, by command (INFO commandstats): what proves a refused call never reached it. */
export async function redisCommands(redis: Redis): Promise<Record<string, number>> {
  const info = await redis.info("commandstats");
  const counts: Record<string, number> = {};
  for (const line of info.split("\n")) {
    const colon = line.indexOf(":");
    if (!line.startsWith("cmdstat_") || colon < 0) continue;
    const calls = line.slice(colon + 1).split(",")[0]!.split("=")[1];
    counts[line.slice("cmdstat_".length, colon)] = Number(calls);
  }
  return counts;
}
