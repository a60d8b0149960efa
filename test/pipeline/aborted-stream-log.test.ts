import { createClient } from "@connectrpc/connect";
import pino from "pino";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { PROTOCOLS, startTestServer, type TestServer } from "../support/dbx-server.js";
import { waitFor } from "../support/wait-for.js";

// A client that leaves a stream mid-way is the client's doing: the call's log
// line says CANCELED at info level. It said INTERNAL at error level, because
// the write to the closed connection failed first (ERR_STREAM_DESTROYED).
describe("a server stream the client leaves mid-way", () => {
  const lines: { level: number; rpc?: string; protocol?: string; code?: string }[] = [];
  let dbx: TestServer;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    dbx = await startTestServer({ backends: { default: { url: "sqlite::memory:" } } }, { logger: pino({ level: "info" }, sink) });
    const query = createClient(QueryService, dbx.transport("connect"));
    await query.execute({ statement: "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)" });
    await query.execute({
      statement: "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000) INSERT INTO t SELECT x, hex(randomblob(100)) FROM c",
    });
  });
  afterAll(() => dbx?.close());

  it.each(PROTOCOLS)("is logged as CANCELED, not as an error (%s)", async (protocol) => {
    const query = createClient(QueryService, dbx.transport(protocol));
    const abort = new AbortController();
    let batches = 0;
    await expect(
      (async () => {
        for await (const _ of query.findStream({ target: { collection: "t" }, batchSize: 10 }, { signal: abort.signal })) {
          if (++batches === 3) abort.abort();
        }
      })(),
    ).rejects.toThrow();
    const mine = () => lines.filter((l) => l.rpc === "dbx.v1.QueryService/FindStream" && l.protocol === protocol);
    await waitFor(() => mine().length === 1, { what: `the ${protocol} FindStream log line` });
    expect(mine()[0]).toMatchObject({ level: 30, code: "Canceled" });
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
  });
});
