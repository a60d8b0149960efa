import { Code, ConnectError } from "@connectrpc/connect";
import { Long, MongoClient } from "mongodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import { startFerretDb, type FerretDbServer } from "../support/ferretdb-server.js";
import { record, v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";

/** One Insert as a writer saw it. */
interface Attempt {
  readonly id: number;
  readonly startedAt: number;
  readonly endedAt: number;
  /** undefined: acknowledged. */
  readonly code: Code | undefined;
  readonly message: string;
}

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
    const attempts: Attempt[] = [];
    let running = true;
    const writer = async (w: number): Promise<void> => {
      const protocol: Protocol = w % 2 === 0 ? "grpc" : "connect";
      const data = dbx.client(DataService, protocol);
      for (let seq = 0; running; seq++) {
        const id = w * 1_000_000 + seq;
        const startedAt = Date.now();
        try {
          await data.insert({ target: { collection: "items" }, key: v.int(id), record: record({ writer: v.int(w) }) }, { timeoutMs: 30_000 });
          attempts.push({ id, startedAt, endedAt: Date.now(), code: undefined, message: "" });
        } catch (err) {
          const e = ConnectError.from(err);
          attempts.push({ id, startedAt, endedAt: Date.now(), code: e.code, message: e.message });
        }
      }
    };
    const acknowledged = () => attempts.filter((a) => a.code === undefined);
    const writers = Promise.all(Array.from({ length: 8 }, (_, w) => writer(w + 1)));

    await waitFor(() => acknowledged().length >= 200, { timeoutMs: 30_000, what: "a steady write load" });
    const killedAt = Date.now();
    await ferretdb.kill();
    await waitFor(() => attempts.filter((a) => a.startedAt > killedAt && a.code !== undefined).length >= 20, { timeoutMs: 10_000, what: "calls failing while MongoDB is down" });

    await ferretdb.restart();
    const upAt = Date.now();
    await waitFor(() => attempts.some((a) => a.startedAt >= upAt && a.code === undefined), { timeoutMs: 10_000, what: "a write acknowledged after the restart" });
    const servedAgainAt = Math.min(...attempts.filter((a) => a.startedAt >= upAt && a.code === undefined).map((a) => a.endedAt));
    await waitFor(() => attempts.filter((a) => a.startedAt > servedAgainAt && a.code === undefined).length >= 200, { timeoutMs: 30_000, what: "the write load after the restart" });
    running = false;
    await writers;

    const failures = attempts.filter((a) => a.code !== undefined);
    expect(failures.length).toBeGreaterThan(0);
    // Never INTERNAL, never anything but UNAVAILABLE: the client is told to retry.
    expect(failures.filter((a) => a.code !== Code.Unavailable).map((a) => `${Code[a.code!]}: ${a.message}`)).toEqual([]);
    // Never hanging: each failed within 1 s of the kill, or of its start when it started later.
    const slow = failures.filter((a) => a.endedAt - Math.max(a.startedAt, killedAt) > 1_000);
    expect(slow.map((a) => ({ id: a.id, ms: a.endedAt - Math.max(a.startedAt, killedAt) }))).toEqual([]);
    // Serving again within 2 s of the restart, without restarting DBX.
    expect(servedAgainAt - upAt).toBeLessThan(2_000);
    expect(attempts.filter((a) => a.startedAt > servedAgainAt && a.code !== undefined).map((a) => a.message)).toEqual([]);

    // Every acknowledged write survived the crash.
    const mongo = new MongoClient(ferretdb.url, { directConnection: true });
    try {
      const acked = acknowledged().map((a) => Long.fromNumber(a.id));
      const present = await mongo.db(DATABASE).collection("items").countDocuments({ _id: { $in: acked } } as never);
      expect(present).toBe(acked.length);
    } finally {
      await mongo.close();
    }
  });
});
