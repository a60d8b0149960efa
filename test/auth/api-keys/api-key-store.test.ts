import { readdirSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Code, ConnectError } from "@connectrpc/connect";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ErrorInfoSchema } from "../../../gen/ts/google/rpc/error_details_pb.js";
import { ApiKeyStore } from "../../../src/auth/api-keys/index.js";
import { waitFor } from "../../support/wait-for.js";
import { issuedBy, runKeysCli } from "./keys-cli.js";

let dir: string;
let path: string;
const opened: ApiKeyStore[] = [];

function open(options: { now?: () => number } = {}): ApiKeyStore {
  const store = ApiKeyStore.open({ path, ...options });
  opened.push(store);
  return store;
}

/** The error `fn` throws, which must be a ConnectError. */
function errorOf(fn: () => unknown): ConnectError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConnectError) return err;
    throw err;
  }
  throw new Error("expected an error");
}

function expectUnauthenticated(fn: () => unknown, message: string, secret?: string): void {
  const err = errorOf(fn);
  expect(err.code).toBe(Code.Unauthenticated);
  expect(err.rawMessage).toContain(message);
  expect(err.findDetails(ErrorInfoSchema)[0]?.metadata).toEqual({ scheme: "api_key" });
  if (secret !== undefined) expect(err.message).not.toContain(secret.slice(21));
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "dbx-keys-"));
  path = join(dir, "keys.sqlite");
});

afterEach(async () => {
  for (const store of opened.splice(0)) store.close();
  await rm(dir, { recursive: true, force: true });
});

describe("ApiKeyStore", () => {
  it("makes secrets dbx_<id>_<43 base64url characters> and authenticates them as their key", () => {
    const store = open();
    const { key, secret } = store.create({ name: "ci bot", role: "reader", rateLimit: { callsPerSecond: 5, burst: 10 } });
    expect(key.id).toMatch(/^[0-9a-f]{16}$/);
    expect(secret).toMatch(new RegExp(`^dbx_${key.id}_[A-Za-z0-9_-]{43}$`));
    expect(store.authenticate(secret)).toEqual({ id: key.id, name: "ci bot", role: "reader", rateLimit: { callsPerSecond: 5, burst: 10 } });
    const other = store.create({ role: "reader" });
    expect(other.secret).not.toBe(secret);
    expect(store.authenticate(other.secret).id).toBe(other.key.id);
  });

  it("keeps only hashes on disk, in a file only its owner may read", () => {
    const store = open();
    const secrets = [store.create({ role: "admin" }).secret, store.create({ role: "admin" }).secret];
    const rotated = store.rotate(store.create({ role: "admin" }).key.id, 60_000);
    secrets.push(rotated.secret);
    const onDisk = () =>
      Buffer.concat(readdirSync(dir).map((name) => readFileSync(join(dir, name)))).toString("latin1");
    // While it is open, SQLite's -wal and -shm files are there too, with the database file's mode.
    expect(readdirSync(dir).sort()).toEqual(["keys.sqlite", "keys.sqlite-shm", "keys.sqlite-wal"]);
    for (const name of readdirSync(dir)) expect(statSync(join(dir, name)).mode & 0o777, name).toBe(0o600);
    for (const secret of secrets) {
      expect(onDisk()).not.toContain(secret.slice(21));
      expect(onDisk()).not.toContain(Buffer.from(secret.slice(21), "base64url").toString("latin1"));
    }
    store.close();
    opened.splice(0);
    for (const secret of secrets) expect(onDisk()).not.toContain(secret.slice(21));
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it("refuses malformed, unknown and wrong secrets without quoting them", () => {
    const store = open();
    const { secret } = store.create({ role: "admin" });
    expectUnauthenticated(() => store.authenticate(""), "malformed");
    expectUnauthenticated(() => store.authenticate("Bearer something"), "malformed");
    expectUnauthenticated(() => store.authenticate(secret.slice(0, -1)), "malformed");
    expectUnauthenticated(() => store.authenticate(secret.replace("dbx_", "dbX_")), "malformed");
    const wrong = secret.slice(0, -4) + (secret.endsWith("AAAA") ? "BBBB" : "AAAA");
    expectUnauthenticated(() => store.authenticate(wrong), "not known", wrong);
    const unknownId = `dbx_0123456789abcdef_${secret.slice(21)}`;
    expectUnauthenticated(() => store.authenticate(unknownId), "not known", unknownId);
  });

  it("revokes: the key is refused at once, announced once, and a second revoke answers false", () => {
    const store = open();
    const { key, secret } = store.create({ role: "admin" });
    const announced: string[] = [];
    store.onRevoked((id) => announced.push(id));
    store.authenticate(secret);
    expect(store.revoke(key.id)).toBe(true);
    expectUnauthenticated(() => store.authenticate(secret), "revoked", secret);
    expect(store.revoke(key.id)).toBe(false);
    expect(announced).toEqual([key.id]);
    expect(store.list({ limit: 10 }).keys).toEqual([]);
    const [listed] = store.list({ limit: 10, includeInactive: true }).keys;
    expect(listed?.revokedAtMs).toBeTypeOf("number");
  });

  it("expires keys at their TTL", () => {
    let now = 1_000_000;
    const store = open({ now: () => now });
    const { key, secret } = store.create({ role: "admin", ttlMs: 60_000 });
    expect(key.expiresAtMs).toBe(1_060_000);
    expect(store.authenticate(secret).expiresAtMs).toBe(1_060_000);
    now = 1_059_999;
    store.authenticate(secret);
    now = 1_060_000;
    expectUnauthenticated(() => store.authenticate(secret), "expired", secret);
    expect(store.list({ limit: 10 }).keys).toEqual([]);
    expect(errorOf(() => store.rotate(key.id)).code).toBe(Code.NotFound);
  });

  it("rotates: same id, new secret; the old one works for the grace period only", () => {
    let now = 5_000_000;
    const store = open({ now: () => now });
    const { key, secret: first } = store.create({ role: "admin" });
    store.authenticate(first);
    now += 1_000;
    const second = store.rotate(key.id, 30_000);
    expect(second.key.id).toBe(key.id);
    expect(second.key.rotatedAtMs).toBe(now);
    expect(second.key.createdAtMs).toBe(5_000_000);
    expect(store.authenticate(second.secret).id).toBe(key.id);
    expect(store.authenticate(first).id).toBe(key.id);
    now += 30_000;
    expectUnauthenticated(() => store.authenticate(first), "replaced by a rotation", first);
    store.authenticate(second.secret);
    // Without a grace period the old secret stops at once.
    const third = store.rotate(key.id);
    expectUnauthenticated(() => store.authenticate(second.secret), "replaced by a rotation");
    store.authenticate(third.secret);
    // Revocation ends every secret of the key, and a revoked key is not rotated.
    store.revoke(key.id);
    expectUnauthenticated(() => store.authenticate(third.secret), "revoked");
    const err = errorOf(() => store.rotate(key.id));
    expect([err.code, err.rawMessage]).toEqual([Code.NotFound, `API key "${key.id}" was revoked: make a new key instead`]);
  });

  it("lists keys by id, page by page", () => {
    const store = open();
    const ids = Array.from({ length: 5 }, () => store.create({ role: "admin" }).key.id).sort();
    store.revoke(ids[1]!);
    const active = ids.filter((id) => id !== ids[1]);
    const first = store.list({ limit: 2 });
    expect(first.keys.map((k) => k.id)).toEqual(active.slice(0, 2));
    const second = store.list({ limit: 2, afterId: first.nextAfterId! });
    expect(second.keys.map((k) => k.id)).toEqual(active.slice(2, 4));
    expect(second.nextAfterId).toBeUndefined();
    expect(store.list({ limit: 10, includeInactive: true }).keys.map((k) => k.id)).toEqual(ids);
  });

  it("answers INVALID_ARGUMENT naming the field, and NOT_FOUND for an unknown id", () => {
    const store = open();
    const field = (fn: () => unknown) => {
      const err = errorOf(fn);
      expect(err.code).toBe(Code.InvalidArgument);
      return err.findDetails(ErrorInfoSchema)[0]?.metadata.field;
    };
    expect(field(() => store.create({ role: "admin", name: "a/b" }))).toBe("name");
    expect(field(() => store.create({ role: "admin", name: "x".repeat(101) }))).toBe("name");
    expect(field(() => store.create({ role: "" }))).toBe("role");
    expect(field(() => store.create({ role: "admin", ttlMs: 0 }))).toBe("ttl");
    expect(field(() => store.create({ role: "admin", rateLimit: { callsPerSecond: 0 } }))).toBe("rate_limit.calls_per_second");
    expect(field(() => store.create({ role: "admin", rateLimit: { callsPerSecond: 1, burst: 1.5 } }))).toBe("rate_limit.burst");
    const { key } = store.create({ role: "admin", name: "Ok name_1.2-3" });
    expect(field(() => store.rotate(key.id, 86_400_001))).toBe("grace_period");
    expect(field(() => store.revoke("not-an-id"))).toBe("id");
    expect(errorOf(() => store.revoke("0123456789abcdef")).code).toBe(Code.NotFound);
    expect(errorOf(() => store.rotate("0123456789abcdef")).code).toBe(Code.NotFound);
  });

  it("sees another process's revocation within a second, and announces it", async () => {
    const store = open();
    const { key, secret } = store.create({ role: "admin" });
    const announced: string[] = [];
    store.onRevoked((id) => announced.push(id));
    store.authenticate(secret); // cached from here on
    const revoke = await runKeysCli(["revoke", key.id, "--store", path]);
    expect(revoke.stdout, revoke.stderr).toBe(`revoked ${key.id}\n`);
    const revokedAt = Date.now();
    await waitFor(() => announced.length > 0, { what: "the revocation announced", timeoutMs: 5_000 });
    expect(Date.now() - revokedAt).toBeLessThan(1_000);
    expect(announced).toEqual([key.id]);
    expectUnauthenticated(() => store.authenticate(secret), "revoked", secret);
  });

  it("accepts a key another process made, and the new secret of a rotation made there at once", async () => {
    const store = open();
    store.create({ role: "admin" }); // the file exists and the store has read it
    const created = await runKeysCli(["create", "--role", "admin", "--store", path]);
    expect(created.status, created.stderr).toBe(0);
    const { id, secret } = issuedBy(created);
    expect(store.authenticate(secret).id).toBe(id);
    const rotated = await runKeysCli(["rotate", id, "--store", path]);
    expect(rotated.status, rotated.stderr).toBe(0);
    // No wait for the change check: a secret the cache does not match makes the store read the key again.
    expect(store.authenticate(issuedBy(rotated).secret).id).toBe(id);
    expectUnauthenticated(() => store.authenticate(secret), "replaced by a rotation", secret);
  });
});
