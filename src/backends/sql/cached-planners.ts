import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { getPlanner } from "./read-planners.js";
import type { PlanContext, SqlPlan } from "./sql-plan.js";
import type { ColumnShape, TableShape } from "./table-shape.js";
import { insertPlanner, type WritePaths } from "./write-planners.js";

/** Most shapes (field lists, record shapes) kept per table; past it the table's planners are planned again. */
const SHAPES_PER_TABLE = 32;

/**
 * Planners by table shape and a key of what else they depend on. Keyed by
 * the shape object, which an introspector replaces whenever it reads the
 * table again (the schema changed), so a stale plan is never used.
 */
class PlannerCache<P> {
  readonly #byTable = new WeakMap<object, Map<string, P>>();

  get(table: object, key: string, plan: () => P): P {
    let byKey = this.#byTable.get(table);
    if (!byKey) this.#byTable.set(table, (byKey = new Map()));
    let planner = byKey.get(key);
    if (!planner) {
      planner = plan();
      if (byKey.size >= SHAPES_PER_TABLE) byKey.clear();
      byKey.set(key, planner);
    }
    return planner;
  }
}

type GetPlanner = (key: readonly unknown[]) => SqlPlan<Item | undefined>;
type InsertPlanner = (key: readonly unknown[] | undefined, record: Item) => SqlPlan<{ key: TypedValue; record: Item }>;

const getPlanners = new PlannerCache<GetPlanner>();
const insertPlanners = new PlannerCache<InsertPlanner>();

/** The Get planner of a table and field list, planned once: a point Get plans nothing but its key. */
export function cachedGetPlanner<C extends ColumnShape>(pc: PlanContext<C>, table: TableShape<C>, fields: readonly string[]): GetPlanner {
  return getPlanners.get(table, JSON.stringify(fields), () => getPlanner(pc, table, fields, "fields"));
}

/**
 * The Insert planner of a table and record shape (key given or not, field
 * names in order), planned once: an insert plans nothing but its values.
 */
export function cachedInsertPlanner<C extends ColumnShape>(pc: PlanContext<C>, table: TableShape<C>, withKey: boolean, record: Item, paths: WritePaths): InsertPlanner {
  const fields = Object.keys(record.fields);
  return insertPlanners.get(table, JSON.stringify([withKey, ...fields]), () => insertPlanner(pc, table, withKey, fields, paths));
}
