import { createClient } from "@connectrpc/connect";
import { Health, HealthCheckResponse_ServingStatus as ServingStatus } from "../../gen/ts/grpc/health/v1/health_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import type { TestServer } from "../support/dbx-server.js";
import { REDIS_BACKEND, SQLITE_BACKEND } from "./fuzz-server.js";

/**
 * What "the server is alive" means after a fuzz run: health answers SERVING
 * over gRPC, and a row written through each backend reads back, over gRPC
 * and Connect. Throws with what failed.
 */
export async function checkAlive(server: TestServer): Promise<void> {
  const health = createClient(Health, server.transport("grpc"));
  const status = await health.check({ service: "" }, { timeoutMs: 10_000 });
  if (status.status !== ServingStatus.SERVING) throw new Error(`health answers ${ServingStatus[status.status]}, not SERVING`);

  const query = server.client(QueryService, "grpc");
  // Fuzzed statements may have dropped or reshaped tables: use one of our own.
  await query.execute({ target: { backend: SQLITE_BACKEND }, statement: "CREATE TABLE IF NOT EXISTS alive_check (id TEXT PRIMARY KEY, note TEXT)" }, { timeoutMs: 10_000 });
  for (const backend of [SQLITE_BACKEND, REDIS_BACKEND]) {
    for (const protocol of ["grpc", "connect"] as const) {
      const data = server.client(DataService, protocol);
      const target = { backend, collection: "alive_check" };
      const key = { kind: { case: "stringValue" as const, value: `alive-${protocol}` } };
      const note = `written over ${protocol}`;
      await data.put({ target, key, record: { fields: { note: { kind: { case: "stringValue", value: note } } } } }, { timeoutMs: 10_000 });
      const got = await data.get({ target, key }, { timeoutMs: 10_000 });
      const read = got.record?.fields.note?.kind;
      if (read?.case !== "stringValue" || read.value !== note) throw new Error(`${backend} over ${protocol}: Get answered ${JSON.stringify(read)} after Put of "${note}"`);
    }
  }
}
