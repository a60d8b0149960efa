import { afterAll, beforeAll, describe } from "vitest";
import { PROTOCOLS } from "../support/dbx-server.js";
import { adminSuite } from "./admin.suite.js";
import { conformanceBackends } from "./backends.js";
import { badInputSuite } from "./bad-input.suite.js";
import { conformanceContext } from "./conformance-context.js";
import { dataSuite } from "./data.suite.js";
import { querySuite } from "./query.suite.js";
import { streamSuite } from "./stream.suite.js";
import { transactionSuite } from "./transaction.suite.js";

/**
 * The universal services, written once, run against every backend of the
 * matrix through real clients: every suite over Connect, gRPC and gRPC-Web.
 */
for (const makeBackend of conformanceBackends) {
  const backend = makeBackend();
  describe(`conformance: ${backend.id}`, () => {
    const ctx = conformanceContext(backend, { beforeAll, afterAll });
    for (const protocol of PROTOCOLS) {
      dataSuite(ctx, protocol);
      querySuite(ctx, protocol);
      streamSuite(ctx, protocol);
      transactionSuite(ctx, protocol);
      badInputSuite(ctx, protocol);
      adminSuite(ctx, protocol);
    }
  });
}
