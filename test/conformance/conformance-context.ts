import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import type { ConformanceBackend } from "./backends.js";

/** What each part of the conformance suite gets: a running server on one backend. */
export interface ConformanceContext {
  readonly backend: ConformanceBackend;
  /** The backend's configured name in the server. */
  readonly backendName: string;
  server(): TestServer;
  capabilities(): ReadonlySet<string>;
  /** A fresh, empty collection with the conformance fields. */
  newCollection(): Promise<string>;
}

/**
 * Starts DBX with the backend as its only (default) backend, and stops both
 * after the suite. Call inside a describe block.
 */
export function conformanceContext(
  backend: ConformanceBackend,
  hooks: { beforeAll: (fn: () => Promise<void>) => void; afterAll: (fn: () => Promise<void>) => void },
  serverConfig: Record<string, unknown> = {},
): ConformanceContext {
  let server: TestServer | undefined;
  let caps: ReadonlySet<string> = new Set();
  let n = 0;
  const backendName = "db";
  hooks.beforeAll(async () => {
    const config = await backend.start();
    server = await startTestServer({
      defaultBackend: backendName,
      backends: { [backendName]: config },
      server: { maxRowsPerResponse: 50, maxRequestBytes: 256 * 1024, ...serverConfig },
      transactions: { defaultIdleTimeoutMs: 5_000, maxIdleTimeoutMs: 60_000, maxOpen: 10 },
    });
    const answer = await server.client(AdminService).getCapabilities({});
    caps = new Set(answer.capabilities);
  });
  hooks.afterAll(async () => {
    await server?.close();
    await backend.stop();
  });
  return {
    backend,
    backendName,
    server: () => {
      if (!server) throw new Error("the conformance server did not start");
      return server;
    },
    capabilities: () => caps,
    async newCollection() {
      const name = `c${++n}_${Date.now().toString(36)}`;
      await backend.createCollection(this.server(), backendName, name);
      return name;
    },
  };
}

export type { Protocol };
