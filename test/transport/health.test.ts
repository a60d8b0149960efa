import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Health, HealthCheckResponse_ServingStatus as ServingStatus } from "../../gen/ts/grpc/health/v1/health_pb.js";
import { startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import { GRPCURL_INSTALL_TIMEOUT_MS, grpcurl, grpcurlPath } from "./grpcurl.js";

const TWO_BACKENDS = { backends: { default: { url: "sqlite::memory:" }, cache: { url: "sqlite::memory:" } } };

/** The first status a Watch sends, then cancels it. */
async function firstWatched(server: TestServer, service: string, protocol: Protocol): Promise<ServingStatus> {
  const client = createClient(Health, server.transport(protocol));
  const abort = new AbortController();
  try {
    for await (const res of client.watch({ service }, { signal: abort.signal })) return res.status;
    throw new Error("Watch ended without a status");
  } finally {
    abort.abort();
  }
}

describe("grpc.health.v1.Health", () => {
  let server: TestServer;
  let address: string;

  beforeAll(async () => {
    await grpcurlPath();
    server = await startTestServer(TWO_BACKENDS);
    address = `127.0.0.1:${server.server.port}`;
  }, GRPCURL_INSTALL_TIMEOUT_MS);
  afterAll(() => server?.close());

  async function grpcurlCheck(service: string) {
    return grpcurl(["-plaintext", "-d", JSON.stringify({ service })], address, ["grpc.health.v1.Health/Check"]);
  }

  it("grpcurl Check of the server answers SERVING", async () => {
    const result = await grpcurl(["-plaintext"], address, ["grpc.health.v1.Health/Check"]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ status: "SERVING" });
  });

  it("grpcurl Check of a backend by its name, and of services, answers SERVING", async () => {
    for (const service of ["default", "cache", "dbx.v1.DataService", "grpc.reflection.v1.ServerReflection"]) {
      const result = await grpcurlCheck(service);
      expect({ service, out: result.stdout.trim() && JSON.parse(result.stdout) }).toEqual({ service, out: { status: "SERVING" } });
    }
  });

  it("grpcurl Check of an unknown name answers NOT_FOUND", async () => {
    const result = await grpcurlCheck("no-such-backend");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("Code: NotFound");
    expect(result.stderr).toContain('unknown health service "no-such-backend"');
  });

  it.each(["grpc", "connect", "grpc-web"] as const)("Watch sends the status first, over %s", async (protocol) => {
    expect(await firstWatched(server, "", protocol)).toBe(ServingStatus.SERVING);
    expect(await firstWatched(server, "cache", protocol)).toBe(ServingStatus.SERVING);
  });

  it("Watch of an unknown name sends SERVICE_UNKNOWN and stays open", async () => {
    expect(await firstWatched(server, "no-such-backend", "grpc")).toBe(ServingStatus.SERVICE_UNKNOWN);
  });

  it("answers a backend-specific service by the backends serving it", async () => {
    const { check } = createClient(Health, server.transport("grpc"));
    // Both SQLite backends serve it.
    expect((await check({ service: "dbx.sqlite.v1.SqliteService" })).status).toBe(ServingStatus.SERVING);
    // No Redis backend is configured: its calls cannot succeed.
    expect((await check({ service: "dbx.redis.v1.RedisService" })).status).toBe(ServingStatus.NOT_SERVING);
  });

  it("List answers the server, each backend and each service", async () => {
    const { statuses } = await createClient(Health, server.transport("connect")).list({});
    const status = (name: string) => statuses[name]?.status;
    for (const name of ["", "default", "cache", "dbx.v1.DataService", "dbx.sql.v1.SqlService", "grpc.health.v1.Health"]) {
      expect({ name, status: status(name) }).toEqual({ name, status: ServingStatus.SERVING });
    }
    expect(status("dbx.redis.v1.RedisService")).toBe(ServingStatus.NOT_SERVING);
  });
});

describe("grpc.health.v1.Health with a backend down", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(TWO_BACKENDS);
  });
  afterAll(() => server?.close());

  it("Watch sends NOT_SERVING when the backend stops answering, and Check agrees", async () => {
    const client = createClient(Health, server.transport("grpc"));
    const abort = new AbortController();
    const seen: ServingStatus[] = [];
    const stream = client.watch({ service: "cache" }, { signal: abort.signal });
    try {
      for await (const res of stream) {
        seen.push(res.status);
        // Closing the database makes its pings fail, as an outage does.
        if (seen.length === 1) await server.server.registry.get("cache").close();
        if (seen.length === 2) break;
      }
    } finally {
      abort.abort();
    }
    expect(seen).toEqual([ServingStatus.SERVING, ServingStatus.NOT_SERVING]);

    const check = (service: string) => client.check({ service }).then((r) => r.status);
    expect(await check("cache")).toBe(ServingStatus.NOT_SERVING);
    expect(await check("")).toBe(ServingStatus.NOT_SERVING);
    expect(await check("dbx.v1.DataService")).toBe(ServingStatus.NOT_SERVING);
    expect(await check("default")).toBe(ServingStatus.SERVING);
    expect(await check("grpc.health.v1.Health")).toBe(ServingStatus.SERVING);
  });

  it("Check of an unknown name is NOT_FOUND over every protocol", async () => {
    for (const protocol of ["grpc", "connect", "grpc-web"] as const) {
      const error = await createClient(Health, server.transport(protocol))
        .check({ service: "nope" })
        .catch((e: unknown) => ConnectError.from(e));
      expect(error).toBeInstanceOf(ConnectError);
      expect((error as ConnectError).code).toBe(Code.NotFound);
    }
  });
});
