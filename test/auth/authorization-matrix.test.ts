import { create, type DescMethod, type DescService } from "@bufbuild/protobuf";
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationGroups, SERVER_SCOPED, staleExceptions, UNGUARDED_SERVICES } from "../../src/auth/operation-groups.js";
import type { OperationGroup } from "../../src/config/auth-schema.js";
import { reasonOf } from "../../src/errors/dbx-error.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { DBX_SERVICES } from "../../src/services/dbx-services.js";
import type { Protocol, TestServer } from "../support/dbx-server.js";
import { bearer, startAuthServer, token } from "./support.js";

/** What each test role may do, by operation group (support.ts ROLES; admin is built in). */
const ALLOWED: Record<string, ReadonlySet<OperationGroup>> = {
  reader: new Set(["read", "stream"]),
  writer: new Set(["read", "write", "stream"]),
  admin: new Set(["read", "write", "stream", "schema", "native-query", "scripting", "admin"]),
};
const GROUPS = operationGroups(DBX_SERVICES);

/**
 * Calls `method` with an empty request as `headers` say, and answers the
 * code it failed with (OK when it did not): a server stream is read until
 * its first message, a client stream sends nothing.
 */
async function callEmpty(server: TestServer, protocol: Protocol, service: DescService, method: DescMethod, headers: Record<string, string>): Promise<ConnectError | undefined> {
  const client = createClient(service, server.transport(protocol)) as unknown as Record<string, (...args: unknown[]) => unknown>;
  const call = client[method.localName];
  const options = { headers, timeoutMs: 5_000 };
  try {
    switch (method.methodKind) {
      case "unary": {
        const response = (await call(create(method.input), options)) as { transactionId?: string };
        // An interactive SQLite transaction holds the database: end it, or the next calls wait for its timeout.
        if (method.name === "Begin" && response.transactionId) await createClient(TransactionService, server.transport(protocol)).rollback({ transactionId: response.transactionId }, { headers });
        return undefined;
      }
      case "server_streaming": {
        const abort = new AbortController();
        for await (const _ of call(create(method.input), { ...options, signal: abort.signal }) as AsyncIterable<unknown>) {
          abort.abort();
          break;
        }
        return undefined;
      }
      case "client_streaming":
        await call((async function* () {})(), options);
        return undefined;
      default:
        throw new Error(`no bidi method is expected in the contract: ${method.name}`);
    }
  } catch (err) {
    return ConnectError.from(err);
  }
}

/**
 * Every RPC of every DBX service, called by a reader, a writer and an admin,
 * over gRPC and Connect, on DBX's fast path and on connect-node's: each is
 * refused PERMISSION_DENIED exactly when the role's rules do not allow its
 * operation group, and otherwise gets past authorization (whatever the call
 * then answers for an empty request).
 */
describe.each([
  { path: "fast path", fastPath: true },
  { path: "connect-node", fastPath: false },
])("authorization matrix ($path)", ({ fastPath }) => {
  let server: TestServer;
  const headers: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    server = await startAuthServer({ fastPath });
    for (const role of Object.keys(ALLOWED)) headers[role] = bearer(await token(`${role}-1`, role));
  });
  afterAll(() => server?.close());

  it("every served RPC has an operation group, and the table names no RPC that is gone", () => {
    expect(staleExceptions(DBX_SERVICES)).toEqual([]);
    const served = DBX_SERVICES.flatMap((s) => s.methods.map((m) => `${s.typeName}/${m.name}`));
    expect(served.filter((p) => !GROUPS.has(p))).toEqual([]);
    expect(served.length).toBeGreaterThan(200);
  });

  for (const protocol of ["grpc", "connect"] as const) {
    for (const role of Object.keys(ALLOWED)) {
      it(`${protocol}, ${role}: every RPC refused or let through as its group says`, async () => {
        const wrong: string[] = [];
        for (const service of DBX_SERVICES) {
          if (UNGUARDED_SERVICES.has(service.typeName)) continue;
          for (const method of service.methods) {
            // HTTP/1.1 carries no client stream: those are called over gRPC only.
            if (method.methodKind === "client_streaming" && protocol !== "grpc") continue;
            const procedure = `${service.typeName}/${method.name}`;
            const group = GROUPS.get(procedure)!;
            const error = await callEmpty(server, protocol, service, method, headers[role]);
            const denied = error?.code === Code.PermissionDenied && reasonOf(error) === "ERROR_REASON_PERMISSION_DENIED";
            const unauthenticated = error?.code === Code.Unauthenticated;
            if (ALLOWED[role].has(group) === denied || unauthenticated) {
              wrong.push(`${procedure} (${group}): ${error ? `${Code[error.code]} ${error.rawMessage}` : "OK"}`);
            }
          }
        }
        expect(wrong).toEqual([]);
      }, 120_000);
    }
  }

  it("server-scoped RPCs are decided when the call starts (no backend to resolve)", () => {
    for (const procedure of SERVER_SCOPED) expect(GROUPS.has(procedure), procedure).toBe(true);
  });
});
