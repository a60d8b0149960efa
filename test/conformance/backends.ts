import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ColumnType } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { TimestampPrecision } from "../../gen/ts/dbx/v1/admin_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import type { TestServer } from "../support/dbx-server.js";
import { mongodbConformanceBackend } from "../mongodb/mongodb-conformance-backend.js";
import { postgresConformanceBackend } from "../postgres/postgres-conformance-backend.js";
import { redisConformanceBackend } from "../redis/redis-conformance-backend.js";

/**
 * The shapes of collection the suites use. Schemaless backends need none of
 * them; SQL backends create a table for each.
 * - `text_key`: key field `id`, a string, and the CONFORMANCE_FIELDS.
 * - `generated_key`: key field `id`, an integer the backend assigns, and `name`.
 * - `composite_key`: key fields `tenant` (an integer) and `id` (a string), and `name`.
 */
export type CollectionShape = "text_key" | "generated_key" | "composite_key";

/**
 * A backend the conformance suite runs against: how to start it, and the one
 * thing the suite cannot do through the universal API (create a collection
 * with a schema, which SQL needs).
 */
export interface ConformanceBackend {
  readonly id: string;
  /** The field that carries the key in answered records, where the backend adds one. */
  readonly keyField?: string;
  /**
   * The native values the `raw` field stores, where it is a column of one
   * native type (PostgreSQL: uuid) or the backend has its own type names
   * (MongoDB: BSON types); undefined: any type name, text or binary.
   */
  readonly nativeSamples?: readonly TypedValue[];
  /** Map and list values round-trip as such (SQL backends answer JSON columns as json_value). */
  readonly nativeDocuments: boolean;
  /**
   * A map, or JSON text, is stored as a document of the database's own and
   * read back as a `document_value` with the same fields (MongoDB: BSON has
   * one document type, and JSON becomes BSON).
   */
  readonly documentsAsStored?: boolean;
  /** Starts what the backend needs and answers its backend config. */
  start(): Promise<{ url: string } & Record<string, unknown>>;
  /** Makes `collection` ready to hold records of `shape` (text_key when not given). */
  createCollection(server: TestServer, backend: string, collection: string, shape?: CollectionShape): Promise<void>;
  stop(): Promise<void>;
}

/**
 * What a backend must declare and how it must behave where the contract lets
 * backends differ. The suites choose their branch from this pinned
 * expectation, never from what the server reports, and the admin suite checks
 * that the server reports exactly it: a backend that stops declaring a
 * capability fails the matrix instead of switching to the UNIMPLEMENTED branch.
 */
export interface BackendExpectation {
  /** Exactly the capabilities GetCapabilities answers, sorted. */
  readonly capabilities: readonly string[];
  /** GetCapabilitiesResponse.timestamp_precision. */
  readonly timestampPrecision: TimestampPrecision;
  /** Key-addressed calls take a map of several key fields; otherwise a map key is INVALID_ARGUMENT `key`. */
  readonly compositeKeys: boolean;
  /**
   * Target.namespace values accepted besides "" (any other is INVALID_ARGUMENT
   * `target.namespace`); "any": every name the database allows (MongoDB
   * makes a database on its first write), and only names it refuses are.
   */
  readonly namespaces: readonly string[] | "any";
  /** PublishResponse.receivers is set (stream.pubsub backends only). */
  readonly publishCountsReceivers: boolean;
  /** Decimal values are stored; otherwise refused as UNIMPLEMENTED naming value.decimal (FerretDB has no Decimal128). */
  readonly storesDecimals: boolean;
  /** The kind of the keys Insert generates (data.generated_keys): int identity columns, or MongoDB's ObjectIds. */
  readonly generatedKeyKind: "intValue" | "objectIdValue";
}

/** What MongoDB declares on any server (mongodb-backend.ts). */
const MONGODB_CAPABILITIES: readonly string[] = [
  "data.bulk_by_filter",
  "data.generated_keys",
  "data.update_arrays",
  "data.update_numeric",
  "data.upsert",
  "query.array_filters",
  "query.sort",
  "value.decimal_special",
  "value.document",
  "value.native",
  "value.object_id",
];

/**
 * The pinned expectation of every backend of the matrix, by ConformanceBackend.id.
 * Changing a set here is a change of what the backend promises its users:
 * docs/capabilities.md and the adapter's docs change with it.
 */
export const EXPECTED: Readonly<Record<string, BackendExpectation>> = {
  sqlite: {
    capabilities: [
      "data.atomic_batch",
      "data.bulk_by_filter",
      "data.generated_keys",
      "data.ranged_read",
      "data.update_numeric",
      "data.upsert",
      "query.native",
      "query.sort",
      "stream.watch",
      "stream.watch_before_image",
      "transaction.atomic_batch",
      "transaction.interactive",
      "transaction.isolation.serializable",
      "transaction.savepoints",
      "value.date",
      "value.datetime",
      "value.time",
    ],
    timestampPrecision: TimestampPrecision.NANOSECONDS,
    compositeKeys: true,
    namespaces: ["main"],
    publishCountsReceivers: false,
    storesDecimals: true,
    generatedKeyKind: "intValue",
  },
  // A standalone Redis 7.0 or later (data.ttl needs PEXPIRETIME; a cluster has no transactions).
  redis: {
    capabilities: [
      "data.atomic_batch",
      "data.bulk_by_filter",
      "data.ranged_read",
      "data.ttl",
      "data.update_arrays",
      "data.update_numeric",
      "data.upsert",
      "query.array_filters",
      "query.native",
      "stream.pubsub",
      "stream.watch",
      "transaction.atomic_batch",
      "transaction.interactive",
      "value.date",
      "value.datetime",
      "value.decimal_special",
      "value.document",
      "value.interval",
      "value.native",
      "value.object_id",
      "value.time",
    ],
    timestampPrecision: TimestampPrecision.NANOSECONDS,
    compositeKeys: false,
    namespaces: [],
    // Redis counts the connections a message reached, and one DBX connection carries many subscribers.
    publishCountsReceivers: false,
    storesDecimals: true,
    generatedKeyKind: "intValue",
  },
  // PostgreSQL 15: any schema is a namespace ("" is the current schema, public here).
  postgresql: {
    capabilities: [
      "data.atomic_batch",
      "data.bulk_by_filter",
      "data.generated_keys",
      "data.ranged_read",
      "data.update_arrays",
      "data.update_numeric",
      "data.upsert",
      "query.array_filters",
      "query.native",
      "query.sort",
      "sql.param_types",
      "sql.session_context",
      "stream.watch",
      "stream.watch_before_image",
      "transaction.atomic_batch",
      "transaction.deferrable",
      "transaction.interactive",
      "transaction.isolation.read_committed",
      "transaction.isolation.repeatable_read",
      "transaction.isolation.serializable",
      "transaction.savepoints",
      "value.date",
      "value.datetime",
      "value.decimal_special",
      "value.interval",
      "value.native",
      "value.time",
    ],
    timestampPrecision: TimestampPrecision.MICROSECONDS,
    compositeKeys: true,
    namespaces: ["public"],
    publishCountsReceivers: false,
    storesDecimals: true,
    generatedKeyKind: "intValue",
  },
  // MongoDB (a replica set, DBX_TEST_MONGODB_URL): any database is a namespace, created by its first write.
  mongodb: {
    capabilities: [
      ...MONGODB_CAPABILITIES,
      "data.atomic_batch",
      "stream.watch",
      "stream.watch_before_image",
      "stream.watch_resume",
      "transaction.atomic_batch",
      "transaction.interactive",
    ].sort(),
    timestampPrecision: TimestampPrecision.MILLISECONDS,
    compositeKeys: false,
    namespaces: "any",
    publishCountsReceivers: false,
    storesDecimals: true,
    generatedKeyKind: "objectIdValue",
  },
  // FerretDB 1.24, MongoDB's wire protocol on SQLite: MongoDB's list without what it lacks (Decimal128).
  ferretdb: {
    capabilities: MONGODB_CAPABILITIES.filter((c) => c !== "value.decimal_special"),
    timestampPrecision: TimestampPrecision.MILLISECONDS,
    compositeKeys: false,
    namespaces: "any",
    publishCountsReceivers: false,
    storesDecimals: false,
    generatedKeyKind: "objectIdValue",
  },
};

/** The pinned expectation of a backend; a backend added to the matrix must pin one. */
export function expectationOf(backend: ConformanceBackend): BackendExpectation {
  const expected = EXPECTED[backend.id];
  if (!expected) throw new Error(`conformance backend "${backend.id}" has no pinned expectation in EXPECTED`);
  return expected;
}

/**
 * The fields conformance records use, with their column types. Key: a string.
 * SQL backends create these columns; schemaless backends need nothing.
 * `tags` holds arrays (a JSON column on SQL backends); `day`, `clock` and
 * `local` hold the date, time and datetime kinds.
 */
export const CONFORMANCE_FIELDS: Readonly<Record<string, ColumnType>> = {
  name: ColumnType.STRING,
  age: ColumnType.INT64,
  score: ColumnType.DOUBLE,
  active: ColumnType.BOOL,
  born: ColumnType.TIMESTAMP,
  balance: ColumnType.DECIMAL,
  avatar: ColumnType.BYTES,
  profile: ColumnType.JSON,
  tags: ColumnType.JSON,
  note: ColumnType.STRING,
  day: ColumnType.DATE,
  clock: ColumnType.TIME,
  local: ColumnType.DATETIME,
};

/** The table of each shape, created through SqlService so that every SQL dialect maps the kinds itself. */
function sqlTable(shape: CollectionShape): { columns: { name: string; type: ColumnType }[]; primaryKey: string[] } {
  const fields = (entries: Record<string, ColumnType>) => Object.entries(entries).map(([name, type]) => ({ name, type }));
  switch (shape) {
    case "text_key":
      return { columns: fields({ id: ColumnType.STRING, ...CONFORMANCE_FIELDS }), primaryKey: ["id"] };
    case "generated_key":
      return { columns: fields({ id: ColumnType.INT64, name: ColumnType.STRING }), primaryKey: ["id"] };
    case "composite_key":
      return {
        columns: fields({ tenant: ColumnType.INT64, id: ColumnType.STRING, name: ColumnType.STRING }),
        primaryKey: ["tenant", "id"],
      };
  }
}

function sqliteBackend(): ConformanceBackend {
  let dir = "";
  return {
    id: "sqlite",
    keyField: "id",
    nativeDocuments: false,
    async start() {
      dir = await mkdtemp(join(tmpdir(), "dbx-conformance-sqlite-"));
      return { url: `sqlite:${join(dir, "conformance.db")}` };
    },
    async createCollection(server, backend, collection, shape = "text_key") {
      await server.client(SqlService).createTable({ target: { backend, collection }, ...sqlTable(shape) });
    },
    async stop() {
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Every backend of the matrix. Adapters add theirs here, with their pinned expectation in EXPECTED. */
export const conformanceBackends: (() => ConformanceBackend)[] = [sqliteBackend, redisConformanceBackend, postgresConformanceBackend, mongodbConformanceBackend];
