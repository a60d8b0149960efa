import { afterAll, beforeAll, describe } from "vitest";
import { PROTOCOLS } from "../support/dbx-server.js";
import { adminSuite } from "./admin.suite.js";
import { conformanceBackends } from "./backends.js";
import { badInputSuite } from "./bad-input.suite.js";
import { conformanceContext } from "./conformance-context.js";
import { dataSuite } from "./data.suite.js";
import { keysSuite } from "./keys.suite.js";
import { querySuite } from "./query.suite.js";
import { streamSuite } from "./stream.suite.js";
import { transactionSuite } from "./transaction.suite.js";
import { updatesSuite } from "./updates.suite.js";
import { valuesSuite } from "./values.suite.js";

/**
 * The universal services, written once, run against every backend of the
 * matrix through real clients: every suite over Connect, gRPC and gRPC-Web.
 * Each backend's capabilities are pinned in backends.ts (EXPECTED); the
 * suites branch on that, and the admin suite checks the server declares it.
 */
for (const makeBackend of conformanceBackends) {
  const backend = makeBackend();
  describe(`conformance: ${backend.id}`, () => {
    const ctx = conformanceContext(backend, { beforeAll, afterAll });
    for (const protocol of PROTOCOLS) {
      adminSuite(ctx, protocol);
      dataSuite(ctx, protocol);
      keysSuite(ctx, protocol);
      updatesSuite(ctx, protocol);
      valuesSuite(ctx, protocol);
      querySuite(ctx, protocol);
      streamSuite(ctx, protocol);
      transactionSuite(ctx, protocol);
      badInputSuite(ctx, protocol);
    }
  });
}
