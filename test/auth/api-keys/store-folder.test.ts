import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ApiKeyStore } from "../../../src/auth/api-keys/index.js";

describe("the key store's folder", () => {
  const root = mkdtempSync(join(tmpdir(), "dbx-key-folder-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("is made when missing (./data with --auth-required alone), for its owner only", () => {
    const folder = join(root, "data", "keys");
    const store = ApiKeyStore.open({ path: join(folder, "dbx-keys.sqlite") });
    try {
      const { secret } = store.create({ role: "admin" });
      expect(store.authenticate(secret).role).toBe("admin");
    } finally {
      store.close();
    }
    expect(statSync(folder).mode & 0o777).toBe(0o700);
  });
});
