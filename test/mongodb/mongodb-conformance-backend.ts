import type { ConformanceBackend } from "../conformance/backends.js";
import { v } from "../support/values.js";
import { startFerretDb, type FerretDbServer } from "../support/ferretdb-server.js";

/**
 * MongoDB in the conformance matrix: FerretDB (started for the run, in a
 * temporary folder), or the real MongoDB replica set that
 * DBX_TEST_MONGODB_URL names, in a database of its own. Collections are
 * made by the first write; records carry their key as `_id`.
 */
export function mongodbConformanceBackend(): ConformanceBackend {
  const real = process.env.DBX_TEST_MONGODB_URL;
  let ferretdb: FerretDbServer | undefined;
  return {
    id: real ? "mongodb" : "ferretdb",
    keyField: "_id",
    nativeDocuments: true,
    documentsAsStored: true,
    // BSON types without a universal kind, as their canonical Extended JSON (bson-values.ts).
    nativeSamples: [
      v.native("int", '{"$numberInt":"42"}'),
      v.native("binData", '{"$binary":{"base64":"C36bGk5vTB6dOm8eLTxLWg==","subType":"04"}}'),
      v.native("timestamp", '{"$timestamp":{"t":1700000000,"i":3}}'),
      v.native("regex", '{"$regularExpression":{"pattern":"^a.c$","options":"i"}}'),
      // FerretDB has no MinKey (test/mongodb/ferretdb-gaps.test.ts); MongoDB does.
      ...(real ? [v.native("minKey", '{"$minKey":1}')] : []),
    ],
    async start() {
      if (real) {
        const url = new URL(real);
        url.pathname = `/dbx_conformance_${Date.now().toString(36)}`;
        return { url: url.href };
      }
      ferretdb = await startFerretDb();
      return { url: `${ferretdb.url}conformance` };
    },
    async createCollection() {
      // A collection is made by its first write.
    },
    async stop() {
      await ferretdb?.stop();
    },
  };
}
