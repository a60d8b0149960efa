import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Code, ConnectError, type Client } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiKeyService } from "../../../gen/ts/dbx/v1/api_keys_pb.js";
import { ErrorInfoSchema } from "../../../gen/ts/google/rpc/error_details_pb.js";
import { ApiKeyStore } from "../../../src/auth/api-keys/index.js";
import { startTestServer, type Protocol, type TestServer } from "../../support/dbx-server.js";

let dir: string;
let storePath: string;
let server: TestServer;
/** Another connection to the server's key store, as another worker would have. */
let store: ApiKeyStore;
/** Calls carry an admin key, for when authentication guards the service. */
let asAdmin: { headers: Record<string, string> };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dbx-keys-service-"));
  storePath = join(dir, "keys.sqlite");
  store = ApiKeyStore.open({ path: storePath });
  asAdmin = { headers: { "x-api-key": store.create({ name: "test admin", role: "admin" }).secret } };
  server = await startTestServer({
    backends: { default: { url: "sqlite::memory:" } },
    auth: { apiKeys: { storePath }, roles: { reader: { rules: [{ allow: ["read"] }] } } },
  });
});

afterAll(async () => {
  await server?.close();
  store?.close();
  await rm(dir, { recursive: true, force: true });
});

async function errorOf(call: Promise<unknown>): Promise<ConnectError> {
  try {
    await call;
  } catch (err) {
    if (err instanceof ConnectError) return err;
    throw err;
  }
  throw new Error("expected an error");
}

describe.each<Protocol>(["connect", "grpc"])("ApiKeyService over %s", (protocol) => {
  let client: Client<typeof ApiKeyService>;
  beforeAll(() => {
    client = server.client(ApiKeyService, protocol);
  });

  it("creates, lists, rotates and revokes a key that the store then authenticates or refuses", async () => {
    const created = await client.createApiKey(
      { name: `reporting ${protocol}`, role: "reader", ttl: { seconds: 3600n }, rateLimit: { callsPerSecond: 2.5 } },
      asAdmin,
    );
    const { key } = created;
    expect(key).toMatchObject({ name: `reporting ${protocol}`, role: "reader", rateLimit: { callsPerSecond: 2.5, burst: 0 } });
    expect(key?.revokeTime).toBeUndefined();
    expect(Number(key!.expireTime!.seconds - key!.createTime!.seconds)).toBe(3600);
    expect(created.secret.startsWith(`dbx_${key!.id}_`)).toBe(true);
    expect(store.authenticate(created.secret)).toMatchObject({ id: key!.id, role: "reader", rateLimit: { callsPerSecond: 2.5 } });

    const listed = await client.listApiKeys({}, asAdmin);
    const mine = listed.keys.find((k) => k.id === key!.id);
    expect(mine?.name).toBe(`reporting ${protocol}`);
    expect(JSON.stringify(listed.keys.map((k) => k.id))).not.toContain(created.secret.slice(21));

    const rotated = await client.rotateApiKey({ id: key!.id, gracePeriod: { seconds: 60n } }, asAdmin);
    expect(rotated.key?.id).toBe(key!.id);
    expect(rotated.secret).not.toBe(created.secret);
    expect(store.authenticate(rotated.secret).id).toBe(key!.id);

    expect((await client.revokeApiKey({ id: key!.id }, asAdmin)).revoked).toBe(true);
    expect((await client.revokeApiKey({ id: key!.id }, asAdmin)).revoked).toBe(false);
    // This connection sees the server's revocation within its change check.
    await expect.poll(() => errorOf(Promise.resolve().then(() => store.authenticate(rotated.secret))).then((e) => e.code), { timeout: 2_000 }).toBe(
      Code.Unauthenticated,
    );
    expect((await client.listApiKeys({}, asAdmin)).keys.map((k) => k.id)).not.toContain(key!.id);
    const inactive = await client.listApiKeys({ includeInactive: true }, asAdmin);
    expect(inactive.keys.find((k) => k.id === key!.id)?.revokeTime).toBeDefined();
  });

  it("pages with page_size and page_token", async () => {
    for (let i = 0; i < 3; i++) await client.createApiKey({ role: "admin", name: `page ${i}` }, asAdmin);
    const all = (await client.listApiKeys({ pageSize: 1000 }, asAdmin)).keys.map((k) => k.id);
    const paged: string[] = [];
    let pageToken = "";
    do {
      const page = await client.listApiKeys({ pageSize: 2, pageToken }, asAdmin);
      expect(page.keys.length).toBeLessThanOrEqual(2);
      paged.push(...page.keys.map((k) => k.id));
      pageToken = page.nextPageToken;
    } while (pageToken !== "");
    expect(paged).toEqual(all);
    expect(all).toEqual([...all].sort());
  });

  it("answers INVALID_ARGUMENT naming the field, and NOT_FOUND for an unknown id", async () => {
    const field = async (call: Promise<unknown>) => {
      const err = await errorOf(call);
      expect(err.code, err.message).toBe(Code.InvalidArgument);
      return err.findDetails(ErrorInfoSchema)[0]?.metadata.field;
    };
    expect(await field(client.createApiKey({ role: "" }, asAdmin))).toBe("role");
    expect(await field(client.createApiKey({ role: "writer" }, asAdmin))).toBe("role");
    expect(await field(client.createApiKey({ role: "admin", name: "semi;colon" }, asAdmin))).toBe("name");
    expect(await field(client.createApiKey({ role: "admin", ttl: { seconds: -5n } }, asAdmin))).toBe("ttl");
    expect(await field(client.createApiKey({ role: "admin", rateLimit: { callsPerSecond: 0 } }, asAdmin))).toBe("rate_limit.calls_per_second");
    expect(await field(client.listApiKeys({ pageSize: 1001 }, asAdmin))).toBe("page_size");
    expect(await field(client.listApiKeys({ pageSize: -1 }, asAdmin))).toBe("page_size");
    expect(await field(client.listApiKeys({ pageToken: "not a token" }, asAdmin))).toBe("page_token");
    expect(await field(client.revokeApiKey({ id: "" }, asAdmin))).toBe("id");
    expect(await field(client.revokeApiKey({ id: "DROP TABLE" }, asAdmin))).toBe("id");
    const { key } = await client.createApiKey({ role: "admin" }, asAdmin);
    expect(await field(client.rotateApiKey({ id: key!.id, gracePeriod: { seconds: 86_401n } }, asAdmin))).toBe("grace_period");
    expect(await field(client.rotateApiKey({ id: key!.id, gracePeriod: { seconds: -1n } }, asAdmin))).toBe("grace_period");
    const unknown = await errorOf(client.revokeApiKey({ id: "0123456789abcdef" }, asAdmin));
    expect([unknown.code, unknown.findDetails(ErrorInfoSchema)[0]?.reason]).toEqual([Code.NotFound, "ERROR_REASON_NOT_FOUND"]);
    expect((await errorOf(client.rotateApiKey({ id: "0123456789abcdef" }, asAdmin))).code).toBe(Code.NotFound);
  });
});

describe("ApiKeyService without a key store", () => {
  it("is served, and every method says which setting turns it on", async () => {
    const bare = await startTestServer({ backends: { default: { url: "sqlite::memory:" } } });
    try {
      for (const protocol of ["connect", "grpc"] as const) {
        const client = bare.client(ApiKeyService, protocol);
        for (const call of [
          () => client.createApiKey({ role: "admin" }),
          () => client.listApiKeys({}),
          () => client.revokeApiKey({ id: "0123456789abcdef" }),
          () => client.rotateApiKey({ id: "0123456789abcdef" }),
        ]) {
          const err = await errorOf(call());
          expect(err.code).toBe(Code.PermissionDenied);
          expect(err.rawMessage).toContain("auth.apiKeys.storePath");
          expect(err.findDetails(ErrorInfoSchema)[0]).toMatchObject({ reason: "ERROR_REASON_DISABLED", metadata: { setting: "auth.apiKeys.storePath" } });
        }
      }
    } finally {
      await bare.close();
    }
  });
});
