import { create } from "@bufbuild/protobuf";
import { durationMs, timestampFromDate } from "@bufbuild/protobuf/wkt";
import type { Duration } from "@bufbuild/protobuf/wkt";
import type { ServiceImpl } from "@connectrpc/connect";
import { BatchGetResultSchema, DataService, WriteResultSchema } from "../../gen/ts/dbx/v1/data_pb.js";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import type { Backend } from "../backends/backend.js";
import type { CollectionRef } from "../backends/backend-calls.js";
import { Capability } from "../backends/capabilities.js";
import { dbxError, invalidField, unsupported } from "../errors/dbx-error.js";
import { STREAMING_ALTERNATIVE, tooManyRows } from "../limits/too-many-rows.js";
import { checkRecord, checkValue } from "../values/check-value.js";
import { byteRangeOf } from "./byte-range-request.js";
import { checkFieldNames } from "./field-names.js";
import { checkFieldUpdates, checkUpsert } from "./field-updates.js";
import { checkFilter } from "./filter-validation.js";
import { pageSize } from "./page-size.js";
import type { ServiceDeps } from "./service-deps.js";
import { writeCallsOf } from "./write-operations.js";

/** DataService: validates requests, builds the backend's calls, hands them to the backend the target names. */
export function createDataService(deps: ServiceDeps): ServiceImpl<typeof DataService> {
  const { resolver } = deps;
  return {
    async get(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, { collection: "required", transactionId: req.transactionId });
      const key = checkValue(req.key, "key", backend);
      const record = await backend.get(ctx, { target, key, fields: checkFieldNames(req.fields, "fields") });
      if (!record) throw notFound(backend, target, key);
      return { record };
    },
    async put(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, { collection: "required", transactionId: req.transactionId });
      const key = checkValue(req.key, "key", backend);
      const record = checkRecord(req.record, "record", backend);
      return backend.put(ctx, { target, key, record, ttlMs: ttlOf(backend, req.ttl) });
    },
    async insert(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, { collection: "required", transactionId: req.transactionId });
      const key = req.key ? checkValue(req.key, "key", backend) : undefined;
      const record = checkRecord(req.record, "record", backend);
      return backend.insert(ctx, { target, key, record, ttlMs: ttlOf(backend, req.ttl) });
    },
    async update(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, { collection: "required", transactionId: req.transactionId });
      const key = checkValue(req.key, "key", backend);
      const updates = checkFieldUpdates(req.updates, "updates", backend);
      const upsert = checkUpsert(req.upsert, backend);
      const result = await backend.update(ctx, { target, key, updates, ttlMs: ttlOf(backend, req.ttl), upsert });
      if (!result) throw notFound(backend, target, key);
      return result;
    },
    async delete(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, { collection: "required", transactionId: req.transactionId });
      return { deleted: await backend.delete(ctx, { target, key: checkValue(req.key, "key", backend) }) };
    },
    async exists(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, { collection: "required", transactionId: req.transactionId });
      const found = await backend.exists(ctx, { target, key: checkValue(req.key, "key", backend) });
      return { exists: found.exists, expireTime: found.expireTime ? timestampFromDate(found.expireTime) : undefined };
    },
    async batchGet(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, { collection: "required", transactionId: req.transactionId });
      if (req.keys.length === 0) throw invalidField("keys", "at least one key is required");
      const limit = deps.limits.maxRowsPerResponse;
      if (req.keys.length > limit) {
        throw tooManyRows({ what: `BatchGet's ${req.keys.length} keys`, limit, setting: "server.maxRowsPerResponse", use: STREAMING_ALTERNATIVE.find, field: "keys" });
      }
      const keys = req.keys.map((k, i) => checkValue(k, `keys[${i}]`, backend));
      const records = await backend.batchGet(ctx, { target, keys, fields: checkFieldNames(req.fields, "fields") });
      return {
        results: keys.map((key, i) => create(BatchGetResultSchema, { key, found: records[i] !== undefined, record: records[i] })),
      };
    },
    async batchWrite(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, { collection: "optional", transactionId: req.transactionId });
      if (req.requireAtomic && !backend.capabilities.has(Capability.DataAtomicBatch)) {
        throw unsupported(backend.name, Capability.DataAtomicBatch);
      }
      const writes = writeCallsOf(req.operations, target, backend);
      resolver.authorizeBatch(handler, backend, writes);
      const { atomic, results } = await backend.batchWrite(ctx, { writes, requireAtomic: req.requireAtomic });
      return { atomic, results: results.map((r) => create(WriteResultSchema, r)) };
    },
    async list(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, { collection: "required", transactionId: req.transactionId });
      const size = pageSize(req.pageSize, "page_size", deps.limits.maxRowsPerResponse);
      return backend.list(ctx, { target, pageSize: size, pageToken: req.pageToken, fields: checkFieldNames(req.fields, "fields") });
    },
    async updateMany(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, {
        collection: "required",
        capability: Capability.DataBulkByFilter,
        transactionId: req.transactionId,
      });
      if (!req.filter) throw invalidField("filter", "a filter is required; an empty all_of matches every record");
      const filter = checkFilter(req.filter, "filter", backend);
      const updates = checkFieldUpdates(req.updates, "updates", backend);
      return { updatedCount: await backend.updateMany!(ctx, { target, filter, updates }) };
    },
    async deleteMany(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, {
        collection: "required",
        capability: Capability.DataBulkByFilter,
        transactionId: req.transactionId,
      });
      if (!req.filter) throw invalidField("filter", "a filter is required; an empty all_of matches every record");
      const filter = checkFilter(req.filter, "filter", backend);
      return { deletedCount: await backend.deleteMany!(ctx, { target, filter }) };
    },
    async count(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, { collection: "required", transactionId: req.transactionId });
      const filter = req.filter ? checkFilter(req.filter, "filter", backend) : undefined;
      return { count: await backend.count(ctx, { target, filter }) };
    },
    async *readBytes(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, {
        collection: "required",
        capability: Capability.DataRangedRead,
        transactionId: req.transactionId,
      });
      const key = checkValue(req.key, "key", backend);
      if (!req.field) throw invalidField("field", "a field is required");
      const range = byteRangeOf(req, deps.limits.maxResponseBytes);
      for await (const chunk of backend.readBytes!(ctx, { target, key, field: req.field, range })) {
        yield { offset: BigInt(chunk.offset), data: chunk.data, totalSize: BigInt(chunk.totalSize) };
      }
    },
  };
}

function ttlOf(backend: Backend, ttl: Duration | undefined): number | undefined {
  if (!ttl) return undefined;
  if (!backend.capabilities.has(Capability.DataTtl)) throw unsupported(backend.name, Capability.DataTtl);
  const ms = durationMs(ttl);
  if (ms <= 0) throw invalidField("ttl", "a ttl must be positive");
  return ms;
}

function notFound(backend: Backend, target: CollectionRef, key: TypedValue) {
  const where = target.namespace ? `${target.namespace}.${target.collection}` : target.collection;
  return dbxError(ErrorReason.NOT_FOUND, `no record with that key in ${backend.name}/${where}`, {
    backend: backend.name,
    collection: target.collection,
    key: describeKey(key),
  });
}

/** A key as error metadata: the plain value, or `field=value` pairs of a composite key. */
function describeKey(key: TypedValue): string {
  if (key.kind.case === "mapValue") {
    return Object.entries(key.kind.value.fields)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, value]) => `${name}=${describeKey(value)}`)
      .join(",");
  }
  const v = key.kind.value;
  if (v instanceof Uint8Array) return Buffer.from(v).toString("base64");
  return typeof v === "object" ? "" : String(v);
}
