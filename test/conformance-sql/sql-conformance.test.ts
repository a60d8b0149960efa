import { afterAll, beforeAll, describe } from "vitest";
import { PROTOCOLS } from "../support/dbx-server.js";
import { errorsSuite } from "./errors.suite.js";
import { schemaSuite } from "./schema.suite.js";
import { sqlConformanceBackends } from "./sql-backends.js";
import { sqlConformanceContext } from "./sql-context.js";
import { statementsSuite } from "./statements.suite.js";

/**
 * The SqlService contract, written once, run against every SQL backend
 * through real clients over Connect, gRPC and gRPC-Web: SQLite now,
 * PostgreSQL when it joins sqlConformanceBackends.
 */
for (const makeBackend of sqlConformanceBackends) {
  const backend = makeBackend();
  describe(`SqlService conformance: ${backend.id}`, () => {
    const ctx = sqlConformanceContext(backend, { beforeAll, afterAll });
    for (const protocol of PROTOCOLS) {
      statementsSuite(ctx, protocol);
      schemaSuite(ctx, protocol);
      errorsSuite(ctx, protocol);
    }
  });
}
