// SCENARIO.md's authenticated runs against `sdks/test-server.mjs --auth`:
// steps 1-9 as the admin with a JWT (`token`) and with an API key (`apiKey`,
// sent as x-api-key), then steps 10 (UNAUTHENTICATED) and 11
// (PERMISSION_DENIED), and ApiKeyService. All over gRPC, gRPC-Web and
// Connect, like the plain runs in scenario.test.ts.
import { assert } from "chai";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { RetryInfoSchema, ErrorInfoSchema } from "../src/gen/google/rpc/error_details_pb.js";
import {
  Code,
  ColumnType,
  ConnectError,
  createDbxClient,
  type DbxClient,
  DbxError,
  ErrorReason,
  type Interceptor,
  isRetryable,
} from "../src/node.js";
import { assertRejects, scenario } from "./scenario.js";

const auth = inject("dbxAuth");
const protocols = ["grpc", "grpc-web", "connect"] as const;
type Protocol = (typeof protocols)[number];

function client(protocol: Protocol, credential: { token?: string; apiKey?: string }, interceptors: Interceptor[] = []) {
  return createDbxClient(auth.url, { protocol, defaultTimeoutMs: 10_000, ...credential, interceptors });
}

for (const protocol of protocols) {
  for (const [run, credential] of [
    ["jwt", { token: auth.jwt.admin }],
    ["key", { apiKey: auth.apiKey.admin }],
  ] as const) {
    describe(`SCENARIO.md in Node over ${protocol}, authenticated as admin (${run === "jwt" ? "JWT" : "API key"})`, () => {
      const admin = client(protocol, credential);
      afterAll(() => admin.close());
      for (const step of scenario(admin, `${protocol}_${run}`)) test(step.name, step.run);
    });
  }
}

for (const protocol of protocols) {
  describe(`steps 10 and 11 and ApiKeyService in Node over ${protocol}`, () => {
    const table = `auth_${protocol.replace("-", "_")}`;
    const clients: DbxClient[] = [];
    const open = (credential: { token?: string; apiKey?: string }, interceptors?: Interceptor[]) => {
      const opened = client(protocol, credential, interceptors);
      clients.push(opened);
      return opened;
    };
    /** Counts the attempts of each call: refused calls are not retried. */
    const attempts: string[] = [];
    const counting: Interceptor = (next) => (req) => (attempts.push(req.method.name), next(req));

    beforeAll(async () => {
      await open({ token: auth.jwt.admin }).sql.createTable({
        target: { collection: table },
        columns: [
          { name: "id", type: ColumnType.STRING, notNull: true },
          { name: "n", type: ColumnType.INT64 },
        ],
        primaryKey: ["id"],
      });
    });
    afterAll(() => {
      for (const opened of clients) opened.close();
    });

    test("10. UNAUTHENTICATED: no credential, and the expired JWT (bearer); not retryable, not retried", async () => {
      attempts.length = 0;
      const anonymous = open({}, [counting]);
      await assertRejects(anonymous.collection(table).get("ada"), (error) => {
        assert.strictEqual(error.code, Code.Unauthenticated);
        assert.strictEqual(error.reason, ErrorReason.UNAUTHENTICATED);
        assert.strictEqual(error.reasonName, "ERROR_REASON_UNAUTHENTICATED");
        assert.strictEqual(error.domain, "dbx.dev");
        assert.isFalse(isRetryable(error));
      });
      const expired = open({ token: auth.jwt.expired }, [counting]);
      await assertRejects(expired.collection(table).get("ada"), (error) => {
        assert.strictEqual(error.code, Code.Unauthenticated);
        assert.strictEqual(error.reason, ErrorReason.UNAUTHENTICATED);
        assert.strictEqual(error.info.scheme, "bearer");
        assert.isFalse(isRetryable(error));
      });
      // Get is a read the SDK retries on UNAVAILABLE; a refusal is tried once.
      assert.deepEqual(attempts, ["Get", "Get"]);
      // A server stream is refused the same way, as a DbxError from the loop.
      await assertRejects(
        (async () => {
          for await (const _record of anonymous.collection(table).findStream({})) assert.fail("no record expected");
        })(),
        (error) => {
          assert.strictEqual(error.code, Code.Unauthenticated);
          assert.strictEqual(error.reason, ErrorReason.UNAUTHENTICATED);
        },
      );
    });

    test("11. PERMISSION_DENIED: the reader (API key, JWT) may Get, not Put (group write); not retryable", async () => {
      for (const credential of [{ apiKey: auth.apiKey.reader }, { token: auth.jwt.reader }]) {
        const reader = open(credential).collection(table);
        await assertRejects(reader.get("nobody"), (error) => {
          assert.strictEqual(error.code, Code.NotFound);
          assert.strictEqual(error.reason, ErrorReason.NOT_FOUND);
        });
        await assertRejects(reader.put("ada", { id: "ada", n: 1n }), (error) => {
          assert.strictEqual(error.code, Code.PermissionDenied);
          assert.strictEqual(error.reason, ErrorReason.PERMISSION_DENIED);
          assert.strictEqual(error.domain, "dbx.dev");
          assert.strictEqual(error.info.group, "write");
          assert.isFalse(isRetryable(error));
        });
      }
    });

    test("ApiKeyService.ListApiKeys as the admin (JWT and API key); the reader is refused", async () => {
      for (const credential of [{ token: auth.jwt.admin }, { apiKey: auth.apiKey.admin }]) {
        const { keys } = await open(credential).apiKeys.listApiKeys({});
        expect(keys.map((key) => key.role).sort()).toEqual(["admin", "reader"]);
        const adminKey = keys.find((key) => key.role === "admin")!;
        expect(auth.apiKey.admin.startsWith(`dbx_${adminKey.id}_`)).toBe(true);
        expect(adminKey.name).toBe("sdk tests admin");
        expect(adminKey.createTime).toBeDefined();
      }
      await assertRejects(open({ apiKey: auth.apiKey.reader }).apiKeys.listApiKeys({}), (error) => {
        assert.strictEqual(error.code, Code.PermissionDenied);
        assert.strictEqual(error.reason, ErrorReason.PERMISSION_DENIED);
        assert.strictEqual(error.info.group, "admin");
      });
    });
  });
}

test("RATE_LIMITED (a constructed error: the test server has no limits) is retryable after RetryInfo's delay", () => {
  const limited = DbxError.from(
    new ConnectError("over the limit", Code.ResourceExhausted, undefined, [
      {
        desc: ErrorInfoSchema,
        value: { reason: "ERROR_REASON_RATE_LIMITED", domain: "dbx.dev", metadata: { limit: "5", scope: "identity" } },
      },
      { desc: RetryInfoSchema, value: { retryDelay: { seconds: 1n, nanos: 250_000_000 } } },
    ]),
  );
  expect(limited.reason).toBe(ErrorReason.RATE_LIMITED);
  expect(limited.info).toEqual({ limit: "5", scope: "identity" });
  expect(limited.retryDelayMs).toBe(1250);
  expect(isRetryable(limited)).toBe(true);
  expect(DbxError.from(new ConnectError("refused", Code.Unauthenticated)).retryDelayMs).toBeUndefined();
});
