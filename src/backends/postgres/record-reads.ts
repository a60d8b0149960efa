import type { Item } from "../../../gen/ts/dbx/v1/value_pb.js";
import type { BatchGetCall, CountCall, FindCall, GetCall, KeyCall, ListCall } from "../backend-calls.js";
import type { RecordPage } from "../backend.js";
import type { OperationContext } from "../operation-context.js";
import { findPagePlan, listPlan } from "../sql/page-planners.js";
import { countPlan, existsPlan, getPlanner } from "../sql/read-planners.js";
import { bindKey } from "../sql/record-key.js";
import type { SqlPlan } from "../sql/sql-plan.js";
import { batchGetPlan } from "./batch-get.js";
import { postgresPlanContext as pc } from "./column-codec.js";
import type { PostgresTable } from "./introspector.js";
import { runPlan } from "./plan-runner.js";
import type { PostgresConnection } from "./postgres-connection.js";
import type { PostgresTables } from "./table-access.js";

type GetPlanner = (key: readonly unknown[]) => SqlPlan<Item | undefined>;

/** Most field lists kept per table; past it the table's planners are planned again. */
const PLANNERS_PER_TABLE = 32;

/**
 * Get planners by table shape and field list: a point Get plans nothing but
 * its key. Keyed by the shape object, which the introspector replaces when
 * it reads the table again, so a stale plan is never used.
 */
const getPlanners = new WeakMap<PostgresTable, Map<string, GetPlanner>>();

function plannerFor(table: PostgresTable, fields: readonly string[]): GetPlanner {
  let byFields = getPlanners.get(table);
  if (!byFields) getPlanners.set(table, (byFields = new Map()));
  const id = JSON.stringify(fields);
  let planner = byFields.get(id);
  if (!planner) {
    planner = getPlanner(pc, table, fields, "fields");
    if (byFields.size >= PLANNERS_PER_TABLE) byFields.clear();
    byFields.set(id, planner);
  }
  return planner;
}

/** The record reads of PostgresBackend, each on the call's connection. */
export class PostgresRecordReads {
  constructor(private readonly tables: PostgresTables) {}

  get(ctx: OperationContext, connection: PostgresConnection, call: GetCall): Promise<Item | undefined> {
    return this.tables.use(ctx, connection, call.target, (table) =>
      runPlan(ctx, connection, plannerFor(table, call.fields)(bindKey(table, pc.codec, call.key, "key", this.tables.backend))),
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
      if (keys.length === 1) return [await runPlan(ctx, connection, plannerFor(table, call.fields)(keys[0]))];
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
