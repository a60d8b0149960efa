import type { Item } from "../../../gen/ts/dbx/v1/value_pb.js";
import type { BatchGetCall, CountCall, FindCall, GetCall, KeyCall, ListCall } from "../backend-calls.js";
import type { RecordPage } from "../backend.js";
import type { OperationContext } from "../operation-context.js";
import { findPagePlan, listPlan } from "../sql/page-planners.js";
import { cachedGetPlanner } from "../sql/cached-planners.js";
import { countPlan, existsPlan } from "../sql/read-planners.js";
import { bindKey } from "../sql/record-key.js";
import { batchGetPlan } from "./batch-get.js";
import { postgresPlanContext as pc } from "./column-codec.js";
import { runPlan } from "./plan-runner.js";
import type { PostgresConnection } from "./postgres-connection.js";
import type { PostgresTables } from "./table-access.js";

/** The record reads of PostgresBackend, each on the call's connection. */
export class PostgresRecordReads {
  constructor(private readonly tables: PostgresTables) {}

  get(ctx: OperationContext, connection: PostgresConnection, call: GetCall): Promise<Item | undefined> {
    return this.tables.use(ctx, connection, call.target, (table) =>
      runPlan(ctx, connection, cachedGetPlanner(pc, table, call.fields)(bindKey(table, pc.codec, call.key, "key", this.tables.backend))),
    );
  }

  exists(ctx: OperationContext, connection: PostgresConnection, call: KeyCall): Promise<boolean> {
    return this.tables.use(ctx, connection, call.target, (table) =>
      runPlan(ctx, connection, existsPlan(pc, table, bindKey(table, pc.codec, call.key, "key", this.tables.backend))),
    );
  }

  /** One statement for all the keys (batch-get.ts), one round trip. */
  batchGet(ctx: OperationContext, connection: PostgresConnection, call: BatchGetCall): Promise<(Item | undefined)[]> {
    return this.tables.use(ctx, connection, call.target, async (table) => {
      const keys = call.keys.map((key, i) => bindKey(table, pc.codec, key, `keys[${i}]`, this.tables.backend));
      if (keys.length === 1) return [await runPlan(ctx, connection, cachedGetPlanner(pc, table, call.fields)(keys[0]))];
      return runPlan(ctx, connection, batchGetPlan(table, keys, call.fields));
    });
  }

  count(ctx: OperationContext, connection: PostgresConnection, call: CountCall): Promise<bigint> {
    return this.tables.use(ctx, connection, call.target, (table) => runPlan(ctx, connection, countPlan(pc, table, call.filter, "filter")));
  }

  /** A page in key order (keyset pages, page-planners.ts). */
  list(ctx: OperationContext, connection: PostgresConnection, call: ListCall): Promise<RecordPage> {
    return this.tables.use(ctx, connection, call.target, (table) => runPlan(ctx, connection, listPlan(pc, table, call)));
  }

  /** A page of a find (page-planners.ts). */
  find(ctx: OperationContext, connection: PostgresConnection, call: FindCall): Promise<RecordPage> {
    return this.tables.use(ctx, connection, call.target, (table) => runPlan(ctx, connection, findPagePlan(pc, table, call)));
  }
}
