import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import { Values } from "../sql/value-constructors.js";

/** How a pragma's value is read and written. */
type PragmaType =
  /** A number within [min, max]. */
  | { kind: "int"; min: bigint; max: bigint }
  /** 0 or 1 (bool or int on write). */
  | { kind: "switch" }
  /** A mode by name; `numeric` when SQLite answers the mode's index rather than its name. */
  | { kind: "mode"; modes: readonly string[]; numeric: boolean };

interface PragmaSpec {
  readonly type: PragmaType;
  readonly settable: boolean;
  /** Lasts only for the connection, so DBX re-applies it when the database is reopened. */
  readonly connection: boolean;
}

const INT32 = { min: -(2n ** 31n), max: 2n ** 31n - 1n };
const INT64 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };

/**
 * The pragmas SqliteService reads and sets. Others (writable_schema,
 * schema_version writes, ...) could corrupt the database or DBX's view of
 * it, and are refused.
 */
const PRAGMAS: Readonly<Record<string, PragmaSpec>> = {
  application_id: { type: { kind: "int", ...INT32 }, settable: true, connection: false },
  auto_vacuum: { type: { kind: "mode", modes: ["none", "full", "incremental"], numeric: true }, settable: true, connection: false },
  busy_timeout: { type: { kind: "int", min: 0n, max: 2n ** 31n - 1n }, settable: true, connection: true },
  cache_size: { type: { kind: "int", ...INT32 }, settable: true, connection: true },
  foreign_keys: { type: { kind: "switch" }, settable: true, connection: true },
  freelist_count: { type: { kind: "int", ...INT64 }, settable: false, connection: false },
  journal_mode: {
    type: { kind: "mode", modes: ["delete", "truncate", "persist", "memory", "wal", "off"], numeric: false },
    settable: true,
    connection: true,
  },
  journal_size_limit: { type: { kind: "int", min: -1n, max: INT64.max }, settable: true, connection: true },
  page_count: { type: { kind: "int", ...INT64 }, settable: false, connection: false },
  page_size: { type: { kind: "int", ...INT64 }, settable: false, connection: false },
  recursive_triggers: { type: { kind: "switch" }, settable: true, connection: true },
  schema_version: { type: { kind: "int", ...INT64 }, settable: false, connection: false },
  secure_delete: { type: { kind: "switch" }, settable: true, connection: true },
  synchronous: { type: { kind: "mode", modes: ["off", "normal", "full", "extra"], numeric: true }, settable: true, connection: true },
  temp_store: { type: { kind: "mode", modes: ["default", "file", "memory"], numeric: true }, settable: true, connection: true },
  user_version: { type: { kind: "int", ...INT32 }, settable: true, connection: false },
  wal_autocheckpoint: { type: { kind: "int", min: 0n, max: 2n ** 31n - 1n }, settable: true, connection: true },
};

/** The allow-listed pragma of that name; INVALID_ARGUMENT on `name` otherwise. */
export function pragmaSpec(name: string, forWrite: boolean): PragmaSpec {
  const spec = Object.hasOwn(PRAGMAS, name) ? PRAGMAS[name] : undefined;
  if (!spec) throw invalidField("name", `"${name}" is not one of the pragmas DBX serves: ${Object.keys(PRAGMAS).join(", ")}`);
  if (forWrite && !spec.settable) throw invalidField("name", `pragma ${name} is read-only here`);
  return spec;
}

/** A value SQLite answered for the pragma, as GetPragma answers it. */
export function pragmaValue(spec: PragmaSpec, raw: unknown): TypedValue {
  const t = spec.type;
  if (t.kind === "mode") {
    if (t.numeric && typeof raw === "bigint") return Values.string(t.modes[Number(raw)] ?? String(raw));
    return Values.string(String(raw).toLowerCase());
  }
  return typeof raw === "bigint" ? Values.int(raw) : Values.string(String(raw));
}

/**
 * The SQL text of a new value, checked against the pragma's type. Pragma
 * values cannot be bound as parameters, so only integers and the names of
 * known modes ever reach the statement; INVALID_ARGUMENT on `value`
 * otherwise.
 */
export function pragmaArgument(name: string, spec: PragmaSpec, value: TypedValue | undefined): string {
  const k = value?.kind;
  const t = spec.type;
  switch (t.kind) {
    case "switch":
      if (k?.case === "boolValue") return k.value ? "1" : "0";
      if (k?.case === "intValue" && (k.value === 0n || k.value === 1n)) return k.value.toString();
      throw invalidField("value", `pragma ${name} takes a bool_value (or 0 or 1)`);
    case "int":
      if (k?.case === "intValue" && k.value >= t.min && k.value <= t.max) return k.value.toString();
      throw invalidField("value", `pragma ${name} takes an int_value from ${t.min} to ${t.max}`);
    case "mode": {
      if (k?.case === "stringValue") {
        const mode = k.value.toLowerCase();
        if (t.modes.includes(mode)) return mode.toUpperCase();
      }
      if (t.numeric && k?.case === "intValue" && k.value >= 0n && k.value < BigInt(t.modes.length)) return k.value.toString();
      throw invalidField("value", `pragma ${name} takes one of ${t.modes.join(", ")}`);
    }
  }
}
