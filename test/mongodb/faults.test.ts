import { Long, MongoClient } from "mongodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { startFerretDb, type FerretDbServer } from "../support/ferretdb-server.js";
import { record, v } from "../support/values.js";
import { writesThroughOutage } from "../support/outage-under-load.js";

const DATABASE = "faults";

describe("MongoDB (FerretDB) killed under write load (kill -9)", () => {
  let ferretdb: FerretDbServer;
  let dbx: TestServer;

  beforeAll(async () => {
    ferretdb = await startFerretDb();
    dbx = await startTestServer({ defaultBackend: "docs", backends: { docs: { url: `${ferretdb.url}${DATABASE}`, connectTimeoutMs: 1_000 } } });
  });
  afterAll(async () => {
    await dbx?.close();
    await ferretdb?.stop();
  });

  it("calls fail with UNAVAILABLE within 1 s, DBX serves again within 2 s of the restart, and every acknowledged write is there", async () => {
    const acked = await writesThroughOutage(
      (protocol, id, writer) =>
        dbx.client(DataService, protocol).insert({ target: { collection: "items" }, key: v.int(id), record: record({ writer: v.int(writer) }) }, { timeoutMs: 30_000 }),
      { name: "MongoDB", kill: () => ferretdb.kill(), restart: () => ferretdb.restart() },
    );

    // Every acknowledged write survived the crash.
    const mongo = new MongoClient(ferretdb.url, { directConnection: true });
    try {
      const present = await mongo.db(DATABASE).collection("items").countDocuments({ _id: { $in: acked.map((id) => Long.fromNumber(id)) } } as never);
      expect(present).toBe(acked.length);
    } finally {
      await mongo.close();
    }
  });
});
