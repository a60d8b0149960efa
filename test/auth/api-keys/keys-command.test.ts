import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiKeyStore } from "../../../src/auth/api-keys/index.js";
import { issuedBy, runKeysCli } from "./keys-cli.js";

let dir: string;
let storePath: string;
let configPath: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dbx-keys-cli-"));
  storePath = join(dir, "keys.sqlite");
  configPath = join(dir, "dbx.yaml");
  await writeFile(
    configPath,
    ["auth:", "  apiKeys:", `    storePath: ${JSON.stringify(storePath)}`, "  roles:", "    reader:", "      rules:", "        - allow: [read]", ""].join("\n"),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Reads the store as the server would, then closes it. */
function withStore<T>(use: (store: ApiKeyStore) => T): T {
  const store = ApiKeyStore.open({ path: storePath });
  try {
    return use(store);
  } finally {
    store.close();
  }
}

describe("dbx keys", () => {
  it("create writes a key of a configured role to the store the configuration names, and prints its secret once", async () => {
    const res = await runKeysCli(["create", "--config", configPath, "--role", "reader", "--name", "nightly export", "--ttl", "90d", "--rate", "5", "--burst", "10"]);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stderr).toContain("cannot show it again");
    const { id, secret } = issuedBy(res);
    const key = withStore((store) => store.authenticate(secret));
    expect(key).toMatchObject({ id, name: "nightly export", role: "reader", rateLimit: { callsPerSecond: 5, burst: 10 } });
    expect(key.expiresAtMs! - Date.now()).toBeGreaterThan(90 * 86_400_000 - 60_000);
    expect(key.expiresAtMs! - Date.now()).toBeLessThanOrEqual(90 * 86_400_000);

    const list = await runKeysCli(["list", "--config", configPath]);
    expect(list.status, list.stderr).toBe(0);
    const line = list.stdout.split("\n").find((l) => l.startsWith(id));
    expect(line?.split("\t").slice(1, 3)).toEqual(["reader", "active"]);
    expect(line?.endsWith("\tnightly export")).toBe(true);
    expect(list.stdout).not.toContain(secret.slice(21));
  });

  it("takes the store from DBX_API_KEY_STORE or --store, and admin is always a role", async () => {
    const byEnv = await runKeysCli(["create", "--role", "admin"], { DBX_API_KEY_STORE: storePath });
    expect(byEnv.status, byEnv.stderr).toBe(0);
    const byFlag = await runKeysCli(["create", "--role", "admin", "--store", storePath]);
    expect(byFlag.status, byFlag.stderr).toBe(0);
    withStore((store) => {
      expect(store.authenticate(issuedBy(byEnv).secret).role).toBe("admin");
      expect(store.authenticate(issuedBy(byFlag).secret).role).toBe("admin");
    });
  });

  it("rotate prints a new secret and keeps the old one for --grace; revoke ends both", async () => {
    const created = issuedBy(await runKeysCli(["create", "--config", configPath, "--role", "admin"]));
    const rotated = await runKeysCli(["rotate", created.id, "--config", configPath, "--grace", "1h"]);
    expect(rotated.status, rotated.stderr).toBe(0);
    const next = issuedBy(rotated);
    expect(next.id).toBe(created.id);
    withStore((store) => {
      expect(store.authenticate(next.secret).id).toBe(created.id);
      expect(store.authenticate(created.secret).id).toBe(created.id);
    });
    const revoked = await runKeysCli(["revoke", created.id, "--config", configPath]);
    expect([revoked.status, revoked.stdout]).toEqual([0, `revoked ${created.id}\n`]);
    const again = await runKeysCli(["revoke", created.id, "--config", configPath]);
    expect([again.status, again.stdout]).toEqual([0, `${created.id} was already revoked\n`]);
    withStore((store) => {
      expect(() => store.authenticate(next.secret)).toThrow("revoked");
      expect(() => store.authenticate(created.secret)).toThrow("revoked");
    });
    const active = await runKeysCli(["list", "--config", configPath]);
    expect(active.stdout).not.toContain(created.id);
    const all = await runKeysCli(["list", "--all", "--config", configPath]);
    expect(all.stdout.split("\n").find((l) => l.startsWith(created.id))?.split("\t")[2]).toBe("revoked");
  }, 60_000);

  it("exits 1 naming the mistake: unconfigured role, bad duration, bad or unknown id", async () => {
    const cases: [string[], Record<string, string>, string][] = [
      [["create", "--config", configPath, "--role", "writer"], {}, '--role: no role named "writer" is configured'],
      [["create", "--config", configPath, "--role", "admin", "--ttl", "soon"], {}, "--ttl <duration>"],
      [["create", "--config", configPath, "--role", "admin", "--name", "a/b"], {}, "name: only letters"],
      [["create", "--config", configPath, "--role", "admin", "--burst", "3"], {}, "--burst needs --rate"],
      [["rotate", "0123456789abcdef", "--config", configPath, "--grace", "2d"], {}, "grace_period"],
      [["revoke", "0123456789abcdef", "--config", configPath], {}, 'API key "0123456789abcdef" does not exist'],
      [["revoke", "nope", "--config", configPath], {}, "not an API key id"],
    ];
    // Two at a time: each is a process that loads the CLI (about a second of CPU), and the machine has two cores.
    for (let i = 0; i < cases.length; i += 2) {
      const batch = cases.slice(i, i + 2);
      const results = await Promise.all(batch.map(([args, env]) => runKeysCli(args, env)));
      results.forEach((res, j) => {
        const [args, , message] = batch[j]!;
        expect(res.status, `${args.join(" ")}: ${res.stderr}`).toBe(1);
        expect(res.stderr).toContain(message);
        expect(res.stdout).toBe("");
      });
    }
  }, 60_000);

  it("exits 2 on an invalid configuration, as serve does", async () => {
    const bad = join(dir, "bad.yaml");
    await writeFile(bad, "auth:\n  apiKeys: {}\n");
    const res = await runKeysCli(["list", "--config", bad]);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain("auth.apiKeys.storePath");
  });
});
