import { Binary, Int32, Long, MongoClient, ObjectId } from "mongodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFerretDb, type FerretDbServer } from "../support/ferretdb-server.js";

/**
 * The MongoDB test server (issue 10): FerretDB built by
 * scripts/install-ferretdb.sh, started on a free port in a temporary folder.
 * What the adapter will rely on, checked against it before the adapter exists.
 */
describe("FerretDB test server", () => {
  let server: FerretDbServer;
  let client: MongoClient;
  beforeAll(async () => {
    server = await startFerretDb();
    client = new MongoClient(server.url, { directConnection: true });
    await client.connect();
  });
  afterAll(async () => {
    await client?.close();
    await server?.stop();
  });

  it("says it is FerretDB (buildInfo), which the adapter needs to know", async () => {
    const info = await client.db("admin").command({ buildInfo: 1 });
    expect(info.ferretdbVersion).toBe("v1.24.2");
  });

  it("keeps BSON types apart both ways: int32, int64, double, binary with its subtype, ObjectId, dates, embedded documents", async () => {
    const id = new ObjectId();
    const collection = client.db("harness").collection("types.with.dots");
    const doc = {
      _id: id,
      small: new Int32(7),
      big: Long.fromString("9007199254740993"),
      ratio: 0.5,
      bytes: new Binary(Buffer.from([0x00, 0xff]), 0x80),
      when: new Date("2026-12-02T08:00:00.123Z"),
      nested: { b: 1, a: [1, "two"] },
    };
    await collection.insertOne(doc);
    const back = await collection.findOne({ _id: id }, { promoteValues: false, promoteLongs: false });
    expect(back?.small).toBeInstanceOf(Int32);
    expect(String(back?.big)).toBe("9007199254740993");
    expect(back?.big).toBeInstanceOf(Long);
    expect((back?.bytes as Binary).sub_type).toBe(0x80);
    expect(Buffer.from((back?.bytes as Binary).buffer)).toEqual(Buffer.from([0x00, 0xff]));
    expect((back?.when as Date).toISOString()).toBe("2026-12-02T08:00:00.123Z");
    expect(Object.keys(back?.nested as object)).toEqual(["b", "a"]);
  });
});
