import { create, ScalarType, type DescField, type DescMessage, type Message } from "@bufbuild/protobuf";
import { reflect, type ReflectMessage } from "@bufbuild/protobuf/reflect";
import type { Prng } from "./prng.js";

/** What a generated message should aim at: the names that exist on the server under test. */
export interface FuzzVocabulary {
  /** Configured backend names (a wrong one is added by the generator). */
  readonly backends: readonly string[];
  /** A folder the server may write files in (SQLite's fileDirectory). */
  readonly fileDirectory: string;
}

/** Per message: the backend the method is meant for (RedisService: the Redis one), chosen most of the time. */
export interface GenerateOptions {
  readonly allowInvalidUtf8: boolean;
  readonly preferredBackend?: string;
}

/** Ten bytes of ASCII that stand for an invalid UTF-8 sequence of the same length, swapped in after encoding. */
export const INVALID_UTF8_MARKER = "\u0001~bad~utf8";
export const INVALID_UTF8_BYTES = Uint8Array.of(0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xc0);

export interface GeneratedMessage {
  readonly message: Message;
  /** Some string field holds INVALID_UTF8_MARKER: replace it in the binary encoding. */
  readonly invalidUtf8: boolean;
}

/** How a generation goes: depth budget, and a recursive type to nest deeply when asked. */
interface Plan {
  readonly vocabulary: FuzzVocabulary;
  readonly rng: Prng;
  readonly maxDepth: number;
  /** When set, follow fields that lead back to this type until maxDepth. */
  readonly deepType?: DescMessage;
  invalidUtf8: boolean;
  readonly wantInvalidUtf8: boolean;
  readonly preferredBackend?: string;
  /** Fields left to set off the deep path: keeps generation time and size bounded. */
  budget: number;
}

/**
 * A random but plausible request message: fields set at random with values
 * drawn from edge cases (empty, long, NUL, extreme numbers, NaN, unknown enum
 * numbers) and from names that exist on the server, so calls get past the
 * first check often enough to reach backends. Sometimes nests a recursive
 * type (filters, values) hundreds deep.
 */
export function generateMessage(schema: DescMessage, rng: Prng, vocabulary: FuzzVocabulary, options: GenerateOptions): GeneratedMessage {
  const deep = rng.chance(0.04) ? deepCandidate(schema, rng) : undefined;
  const plan: Plan = {
    vocabulary,
    rng,
    maxDepth: deep ? rng.pick([20, 100, 300, 800]) : rng.int(1, 6),
    deepType: deep,
    invalidUtf8: false,
    wantInvalidUtf8: options.allowInvalidUtf8 && rng.chance(0.08),
    budget: 400,
    preferredBackend: options.preferredBackend,
  };
  const message = fill(schema, plan, 0, plan.maxDepth, deep !== undefined, "");
  return { message: message.message, invalidUtf8: plan.invalidUtf8 };
}

function fill(schema: DescMessage, plan: Plan, depth: number, limit: number, onDeepPath: boolean, parentName: string): ReflectMessage {
  const { rng } = plan;
  // Unchecked: lone surrogates are values a client can send (JSON escapes them), the check refuses them.
  const r = reflect(schema, create(schema), false);
  const setProbability = depth === 0 ? 0.7 : 0.45;
  const deepField = onDeepPath && plan.deepType && depth < plan.maxDepth ? pathField(schema, plan.deepType, rng) : undefined;
  // Off the deep path, siblings stay shallow: the point is one long chain, not a wide tree.
  const childLimit = onDeepPath ? Math.min(limit, depth + 2) : limit;
  for (const field of rng.chance(0.5) ? schema.fields : [...schema.fields].reverse()) {
    // Without a backend a call goes to the default one, often the wrong kind: name one (in a Target) most of the time.
    const probability = field.name === "backend" || field.name === "target" ? 0.9 : setProbability;
    if (field === deepField || plan.budget <= 0 || !rng.chance(probability)) continue;
    plan.budget--;
    setField(r, field, plan, depth, childLimit, `${schema.typeName}.${parentName}`);
  }
  if (deepField) {
    const child = childMessage(deepField)!;
    const nested = fill(child, plan, depth + 1, plan.maxDepth, true, deepField.name);
    if (deepField.fieldKind === "list") r.get(deepField).add(nested);
    else if (deepField.fieldKind === "map") r.get(deepField).set(scalarValue(deepField.mapKey, deepField.name, schema.typeName, plan), nested);
    else r.set(deepField, nested);
  }
  return r;
}

function setField(r: ReflectMessage, field: DescField, plan: Plan, depth: number, limit: number, context: string): void {
  const { rng } = plan;
  const count = (choices: number[]) => (depth < 2 ? rng.pick(choices) : rng.int(0, 2));
  switch (field.fieldKind) {
    case "scalar":
      r.set(field, scalarValue(field.scalar, field.name, context, plan));
      return;
    case "enum":
      r.set(field, enumValue(field.enum.values.map((v) => v.number), rng));
      return;
    case "message":
      if (depth < limit) r.set(field, fill(field.message, plan, depth + 1, limit, false, field.name));
      return;
    case "list": {
      const list = r.get(field);
      const n = count([0, 1, 1, 2, 3, 5, rng.int(0, 40)]);
      for (let i = 0; i < n; i++) {
        if (field.listKind === "scalar") list.add(scalarValue(field.scalar, field.name, context, plan));
        else if (field.listKind === "enum") list.add(enumValue(field.enum.values.map((v) => v.number), rng));
        else if (depth < limit) list.add(fill(field.message, plan, depth + 1, limit, false, field.name));
      }
      return;
    }
    case "map": {
      const map = r.get(field);
      const n = count([0, 1, 2, 3, rng.int(0, 20)]);
      for (let i = 0; i < n; i++) {
        const key = scalarValue(field.mapKey, field.name, context, plan);
        if (field.mapKind === "scalar") map.set(key, scalarValue(field.scalar, field.name, context, plan));
        else if (field.mapKind === "enum") map.set(key, enumValue(field.enum.values.map((v) => v.number), rng));
        else if (depth < limit) map.set(key, fill(field.message, plan, depth + 1, limit, false, field.name));
      }
      return;
    }
  }
}

function enumValue(declared: number[], rng: Prng): number {
  if (rng.chance(0.85) && declared.length > 0) return rng.pick(declared);
  return rng.pick([-1, 2_147_483_647, -2_147_483_648, 999, rng.int(-50, 50)]);
}

const INT32_EDGES = [0, 1, -1, 2_147_483_647, -2_147_483_648, 1_000, 100_000];
const UINT32_EDGES = [0, 1, 4_294_967_295, 2_147_483_648, 1_000];
const INT64_EDGES = [0n, 1n, -1n, 9_223_372_036_854_775_807n, -9_223_372_036_854_775_808n, 9_007_199_254_740_993n, 1_000_000n];
const UINT64_EDGES = [0n, 1n, 18_446_744_073_709_551_615n, 9_223_372_036_854_775_808n];
const DOUBLE_EDGES = [0, -0, NaN, Infinity, -Infinity, 1.7976931348623157e308, 5e-324, -1, 0.5, 1e15, 86_400];

function scalarValue(type: ScalarType, name: string, context: string, plan: Plan): unknown {
  const { rng } = plan;
  switch (type) {
    case ScalarType.STRING:
      return stringValue(name, context, plan);
    case ScalarType.BYTES:
      return bytesValue(name, plan);
    case ScalarType.BOOL:
      return rng.chance(0.5);
    case ScalarType.INT32:
    case ScalarType.SINT32:
    case ScalarType.SFIXED32:
      return rng.chance(0.5) ? rng.pick(INT32_EDGES) : rng.int(-5, 100);
    case ScalarType.UINT32:
    case ScalarType.FIXED32:
      return rng.chance(0.5) ? rng.pick(UINT32_EDGES) : rng.int(0, 100);
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
      return rng.chance(0.4) ? rng.pick(INT64_EDGES) : rng.chance(0.5) ? BigInt(rng.int(-5, 1_000)) : BigInt.asIntN(64, rng.bigUint64());
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return rng.chance(0.4) ? rng.pick(UINT64_EDGES) : rng.chance(0.5) ? BigInt(rng.int(0, 1_000)) : rng.bigUint64();
    case ScalarType.DOUBLE:
      return rng.chance(0.5) ? rng.pick(DOUBLE_EDGES) : (rng.next() - 0.5) * 10 ** rng.int(0, 20);
    case ScalarType.FLOAT:
      return rng.chance(0.5) ? rng.pick([0, -0, NaN, Infinity, -Infinity, 3.4028234663852886e38, -1]) : Math.fround((rng.next() - 0.5) * 1000);
  }
}

const NAMES = ["fuzz", "people", "fuzz_items", "sqlite_master", "no_such_table", "x", "Fuzz", "\"quoted\"", "a.b", "fuzz;drop"];
const KEYS = ["k", "fuzz:1", "fuzz:list", "fuzz:set", "fuzz:zset", "fuzz:hash", "fuzz:stream", "fuzz:str", "{tag}k", "", "*"];
const TEXT = ["", " ", "\u0000", "a\u0000b", "héllo", "😀", "\u202e", "\ud800", "%s%n", "' OR 1=1 --", "null", "-1", "1e309", "0x10"];

/** Names reflection and health look up: services, methods, messages, fields, packages, and near misses. */
const SYMBOLS = [
  "dbx.v1.DataService",
  "dbx.v1.DataService.Get",
  "dbx.v1.TypedValue",
  "dbx.v1.TypedValue.kind",
  "dbx.v1.TypedValue.document_value",
  "dbx.v1.Filter.all_of",
  "dbx.v1.Value",
  "dbx.v1.ErrorReason",
  "google.protobuf.Timestamp",
  "google.rpc.ErrorInfo",
  "grpc.health.v1.Health",
  "grpc.reflection.v1.ServerReflection",
  ".dbx.v1.Value",
  "dbx.v1",
  "dbx",
  "sqlite",
  "redis",
  "",
];

const LUA = [
  "return 1",
  "return redis.call('GET', KEYS[1])",
  "return {1, 2, {3, 'x'}, nil, 4}",
  "return redis.call('INCRBYFLOAT', KEYS[1], ARGV[1])",
  "error('fuzz')",
  "return redis.error_reply('FUZZ failure')",
  "return redis.status_reply('OK')",
  "return 1 / 0",
  "return 0.5",
  "return string.rep('x', 1000)",
  "return redis.call('FLUSHALL')",
  "syntax error (",
];

function sqlStatements(fileDirectory: string): string[] {
  return [
    "SELECT 1",
    "SELECT ?",
    "SELECT * FROM fuzz",
    "CREATE TABLE IF NOT EXISTS fuzz (id TEXT PRIMARY KEY, name TEXT, n INTEGER, b BLOB, j JSON, d DECIMAL_TEXT, t TIMESTAMP)",
    "INSERT INTO fuzz (id, name, n) VALUES (?, ?, ?)",
    "INSERT OR REPLACE INTO fuzz (id, j) VALUES ('j', '{\"a\":[1,2,3]}')",
    "UPDATE fuzz SET n = n + 1",
    "DELETE FROM fuzz WHERE id = ?",
    "SELECT name, sql FROM sqlite_master",
    "PRAGMA table_info(fuzz)",
    "PRAGMA journal_mode",
    "BEGIN",
    "COMMIT",
    "ROLLBACK",
    "SAVEPOINT s1",
    "RELEASE s1",
    "SELECT 1; SELECT 2",
    "SELECT 1\u0000; DROP TABLE fuzz",
    "DROP TABLE IF EXISTS fuzz_drop",
    "CREATE INDEX IF NOT EXISTS fuzz_n ON fuzz (n)",
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 2000) SELECT x, randomblob(16) FROM c",
    "SELECT zeroblob(1000), randomblob(10)",
    "SELECT 1 / 0, abs(-9223372036854775808)",
    "SELECT json_extract('{\"a\":1}', ?)",
    "SELECT load_extension('fuzz')",
    "ATTACH DATABASE ':memory:' AS fuzz_attached",
    "DETACH DATABASE fuzz_attached",
    "PRAGMA synchronous = OFF",
    `VACUUM INTO '${fileDirectory}/fuzz-vacuum.db'`,
    "VACUUM",
    "ANALYZE",
    "select",
    "garbage (",
    "/* comment */ SELECT 2 -- tail",
    "",
  ];
}

function stringValue(name: string, context: string, plan: Plan): string {
  const { rng, vocabulary } = plan;
  if (plan.wantInvalidUtf8 && !plan.invalidUtf8 && rng.chance(0.3)) {
    plan.invalidUtf8 = true;
    return INVALID_UTF8_MARKER;
  }
  if (rng.chance(0.1)) return edgeString(rng);
  switch (name) {
    case "backend":
      if (plan.preferredBackend && rng.chance(0.8)) return plan.preferredBackend;
      return rng.chance(0.9) ? rng.pick(vocabulary.backends) : rng.pick(["nope", "", "SQLITE", "a".repeat(300)]);
    case "namespace":
      return rng.pick(["", "", "", "main", "temp", "public", "nope", "a.b"]);
    case "object_id_value":
      return rng.pick(["507f1f77bcf86cd799439011", "507F1F77BCF86CD799439011", "507f1f77bcf86cd79943901", "zzzzzzzzzzzzzzzzzzzzzzzz", ""]);
    case "type_name":
      return rng.pick(["uuid", "inet", "int4range", "regex", "", "nope"]);
    case "collection":
    case "table":
    case "name":
    case "group":
    case "consumer":
    case "field":
      return rng.pick(NAMES);
    case "script":
      return rng.chance(0.7) ? rng.pick(LUA) : edgeString(rng);
    case "sql":
    case "statement":
      return mangle(rng.pick(sqlStatements(vocabulary.fileDirectory)), rng);
    case "path":
    case "into_path":
      return rng.pick([
        "fuzz-backup.db",
        `${vocabulary.fileDirectory}/fuzz-backup-abs.db`,
        "sub/dir/x.db",
        "../escape.db",
        "/etc/passwd",
        "/tmp",
        ".",
        "fuzz-vacuum.db",
        "\u0000",
        "a".repeat(5_000),
      ]);
    case "value":
      if (context.startsWith("dbx.v1.Decimal")) return decimalString(rng);
      break;
    case "file_by_filename":
      return rng.pick(["dbx/v1/data.proto", "google/protobuf/timestamp.proto", "grpc/health/v1/health.proto", "nope.proto", "", "../dbx/v1/data.proto"]);
    case "file_containing_symbol":
    case "containing_type":
    case "all_extension_numbers_of_type":
    case "service":
      return rng.pick(SYMBOLS);
    case "json_value":
      return rng.pick(["{}", "[]", "{\"a\":", "null", "1e999", "[".repeat(rng.int(1, 5_000)), "{\"x\":\"\u0000\"}"]);
  }
  return rng.chance(0.5) ? rng.pick(TEXT) : rng.pick(KEYS);
}

function decimalString(rng: Prng): string {
  return rng.pick(["0", "-1.5", "12345678901234567890.123456789", "1e5", "NaN", "Infinity", "-Infinity", "nan", "", "12,5", "9".repeat(rng.int(1, 80_000)) + "x", "9".repeat(rng.int(1, 1_000))]);
}

function edgeString(rng: Prng): string {
  switch (rng.int(0, 5)) {
    case 0:
      return "";
    case 1:
      return "x".repeat(rng.pick([1_000, 65_536, 300_000]));
    case 2:
      return "\u0000".repeat(rng.int(1, 10));
    case 3:
      return String.fromCharCode(...Array.from({ length: rng.int(1, 40) }, () => rng.int(0, 0xffff)));
    case 4:
      return rng.pick(TEXT);
    default:
      return "é".repeat(rng.int(1, 5_000));
  }
}

/** A statement with junk around it: comments, case, NUL, whitespace. */
function mangle(statement: string, rng: Prng): string {
  if (!rng.chance(0.2)) return statement;
  return rng.pick([
    `/* x */${statement}`,
    `${statement};`,
    `\t\n ${statement.toLowerCase()} `,
    `${statement}\u0000`,
    statement.slice(0, rng.int(0, statement.length)),
    `${statement} ${rng.pick(TEXT)}`,
  ]);
}

function bytesValue(name: string, plan: Plan): Uint8Array {
  const { rng } = plan;
  if ((name === "key" || name === "keys" || name === "destination" || name === "source") && rng.chance(0.7)) {
    return new TextEncoder().encode(rng.pick(KEYS));
  }
  switch (rng.int(0, 4)) {
    case 0:
      return new Uint8Array(0);
    case 1:
      return rng.bytes(rng.int(1, 32));
    case 2:
      return new TextEncoder().encode(rng.pick(TEXT));
    case 3:
      return rng.chance(0.05) ? new Uint8Array(rng.pick([65_536, 1_000_000])) : rng.bytes(rng.int(0, 2_000));
    default:
      return new TextEncoder().encode(rng.pick(KEYS));
  }
}

/**
 * A message type reachable from `schema` that contains itself (Filter,
 * Value, Struct): nesting it deeply tests recursion limits.
 */
function deepCandidate(schema: DescMessage, rng: Prng): DescMessage | undefined {
  const recursive = [...reachable(schema)].filter((m) => reachable(m).has(m));
  return recursive.length ? rng.pick(recursive) : undefined;
}

/** A field of `schema` that leads to `target` (directly or through other messages). */
function pathField(schema: DescMessage, target: DescMessage, rng: Prng): DescField | undefined {
  const leading = schema.fields.filter((f) => {
    const child = childMessage(f);
    return child !== undefined && (child === target || reachable(child).has(target));
  });
  return leading.length ? rng.pick(leading) : undefined;
}

const reachableCache = new Map<DescMessage, Set<DescMessage>>();

/** Every message type found by following message fields from `schema` (not including itself unless it recurses). */
function reachable(schema: DescMessage): Set<DescMessage> {
  const cached = reachableCache.get(schema);
  if (cached) return cached;
  const seen = new Set<DescMessage>();
  const stack = schema.fields.map(childMessage).filter((m): m is DescMessage => m !== undefined);
  while (stack.length) {
    const m = stack.pop()!;
    if (seen.has(m)) continue;
    seen.add(m);
    for (const f of m.fields) {
      const c = childMessage(f);
      if (c) stack.push(c);
    }
  }
  reachableCache.set(schema, seen);
  return seen;
}

function childMessage(field: DescField): DescMessage | undefined {
  if (field.fieldKind === "message") return field.message;
  if (field.fieldKind === "list" && field.listKind === "message") return field.message;
  if (field.fieldKind === "map" && field.mapKind === "message") return field.message;
  return undefined;
}
