import { beforeEach, expect } from "vitest";
import { startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import { expectationOf, type BackendExpectation, type CollectionShape, type ConformanceBackend } from "./backends.js";

/** What each part of the conformance suite gets: a running server on one backend. */
export interface ConformanceContext {
  readonly backend: ConformanceBackend;
  /** What the backend must declare and do (backends.ts); the suites branch on this, not on the server's answer. */
  readonly expected: BackendExpectation;
  /** The backend's configured name in the server. */
  readonly backendName: string;
  server(): TestServer;
  /** The pinned capabilities (expected.capabilities), which the admin suite checks the server reports. */
  capabilities(): ReadonlySet<string>;
  /** A fresh, empty collection; text_key (the conformance fields) unless a shape is given. */
  newCollection(shape?: CollectionShape): Promise<string>;
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
  let n = 0;
  const backendName = "db";
  const expected = expectationOf(backend);
  const capabilities: ReadonlySet<string> = new Set(expected.capabilities);
  hooks.beforeAll(async () => {
    const config = await backend.start();
    server = await startTestServer({
      defaultBackend: backendName,
      backends: { [backendName]: config },
      server: { maxRowsPerResponse: 50, maxRequestBytes: 256 * 1024, ...serverConfig },
      transactions: { defaultIdleTimeoutMs: 5_000, maxIdleTimeoutMs: 60_000, maxOpen: 10 },
    });
  });
  hooks.afterAll(async () => {
    await server?.close();
    await backend.stop();
  });
  return {
    backend,
    expected,
    backendName,
    server: () => {
      if (!server) throw new Error("the conformance server did not start");
      return server;
    },
    capabilities: () => capabilities,
    async newCollection(shape?: CollectionShape) {
      const name = `c${++n}_${Date.now().toString(36)}`;
      await backend.createCollection(this.server(), backendName, name, shape);
      return name;
    },
  };
}

/**
 * Makes every case of the enclosing describe block fail unless it asserted
 * something: no branch of a conformance case may pass silently. Each suite
 * calls it first thing in its describe block.
 */
export function requireAssertions(): void {
  beforeEach(() => {
    expect.hasAssertions();
  });
}

export type { Protocol };
