import { create } from "@bufbuild/protobuf";
import { durationMs, timestampFromDate } from "@bufbuild/protobuf/wkt";
import type { Duration } from "@bufbuild/protobuf/wkt";
import type { ServiceImpl } from "@connectrpc/connect";
import {
  BatchGetResultSchema,
  DataService,
  type WriteOperation,
} from "../../gen/ts/dbx/v1/data_pb.js";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import type { Backend } from "../backends/backend.js";
import { Capability } from "../backends/capabilities.js";
import { dbxError, invalidField, unsupported } from "../errors/dbx-error.js";
import { checkRecord, checkValue } from "../values/check-value.js";
import { resolveTarget } from "./resolve-target.js";
import type { ServiceDeps } from "./service-deps.js";
import { byteRangeOf } from "./byte-range-request.js";
import { pageSize } from "./page-size.js";

/** DataService: validates requests, then hands them to the backend the target names. */
export function createDataService(deps: ServiceDeps): ServiceImpl<typeof DataService> {
  return {
    async get(req, handler) {
      const { backend, collection, ctx } = resolveTarget(deps, req.target, handler);
      const key = checkValue(req.key, "key");
      const record = await backend.get(ctx, collection, key, req.fields);
      if (!record) throw notFound(backend, collection, key);
      return { record };
    },
    async put(req, handler) {
      const { backend, collection, ctx } = resolveTarget(deps, req.target, handler);
      const key = checkValue(req.key, "key");
      const record = checkRecord(req.record, "record");
      const created = await backend.put(ctx, collection, key, record, ttlOf(backend, req.ttl, "ttl"));
      return { created };
    },
    async insert(req, handler) {
      const { backend, collection, ctx } = resolveTarget(deps, req.target, handler);
      const key = checkValue(req.key, "key");
      const record = checkRecord(req.record, "record");
      await backend.insert(ctx, collection, key, record, ttlOf(backend, req.ttl, "ttl"));
      return {};
    },
    async update(req, handler) {
      const { backend, collection, ctx } = resolveTarget(deps, req.target, handler);
      const key = checkValue(req.key, "key");
      const fields = checkRecord(req.fields, "fields");
      if (Object.keys(fields.fields).length === 0 && req.unsetFields.length === 0 && !req.ttl) {
        throw invalidField("fields", "at least one field to set or unset is required");
      }
      const record = await backend.update(ctx, collection, key, fields, req.unsetFields, ttlOf(backend, req.ttl, "ttl"));
      if (!record) throw notFound(backend, collection, key);
      return { record };
    },
    async delete(req, handler) {
      const { backend, collection, ctx } = resolveTarget(deps, req.target, handler);
      const deleted = await backend.delete(ctx, collection, checkValue(req.key, "key"));
      return { deleted };
    },
    async exists(req, handler) {
      const { backend, collection, ctx } = resolveTarget(deps, req.target, handler);
      const found = await backend.exists(ctx, collection, checkValue(req.key, "key"));
      return { exists: found.exists, expireTime: found.expireTime ? timestampFromDate(found.expireTime) : undefined };
    },
    async batchGet(req, handler) {
      const { backend, collection, ctx } = resolveTarget(deps, req.target, handler);
      if (req.keys.length === 0) throw invalidField("keys", "at least one key is required");
      if (req.keys.length > deps.limits.maxRowsPerResponse) {
        throw dbxError(
          ErrorReason.TOO_MANY_ROWS,
          `BatchGet takes at most ${deps.limits.maxRowsPerResponse} keys; use QueryService.FindStream for more`,
          { limit: String(deps.limits.maxRowsPerResponse), use: "dbx.v1.QueryService/FindStream" },
        );
      }
      const keys = req.keys.map((k, i) => checkValue(k, `keys[${i}]`));
      const records = await backend.batchGet(ctx, collection, keys, req.fields);
      return {
        results: keys.map((key, i) =>
          create(BatchGetResultSchema, { key, found: records[i] !== undefined, record: records[i] }),
        ),
      };
    },
    async batchWrite(req, handler) {
      const { backend, collection, ctx } = resolveTarget(deps, req.target, handler, { collectionOptional: true });
      if (req.requireAtomic && !backend.capabilities.has(Capability.DataAtomicBatch)) {
        throw unsupported(backend.name, Capability.DataAtomicBatch);
      }
      const operations = checkOperations(req.operations, collection);
      const { atomic, results } = await backend.batchWrite(ctx, operations, req.requireAtomic);
      return { atomic, results };
    },
    async list(req, handler) {
      const { backend, collection, ctx } = resolveTarget(deps, req.target, handler);
      const size = pageSize(req.pageSize, "page_size", deps.limits.maxRowsPerResponse);
      return backend.list(ctx, collection, size, req.pageToken, req.fields);
    },
    async count(req, handler) {
      const { backend, collection, ctx } = resolveTarget(deps, req.target, handler);
      return { count: await backend.count(ctx, collection) };
    },
    async *readBytes(req, handler) {
      const { backend, collection, ctx } = resolveTarget(deps, req.target, handler, { capability: Capability.DataRangedRead });
      const key = checkValue(req.key, "key");
      if (!req.field) throw invalidField("field", "a field is required");
      const range = byteRangeOf(req, deps.limits.maxResponseBytes);
      for await (const chunk of backend.readBytes!(ctx, collection, key, req.field, range)) {
        yield { offset: BigInt(chunk.offset), data: chunk.data, totalSize: BigInt(chunk.totalSize) };
      }
    },
  };
}

/**
 * Validates the operations of a batch and fills in the batch's collection.
 * Shared by DataService.BatchWrite and TransactionService.AtomicBatch.
 */
export function checkOperations(operations: WriteOperation[], collection: string): WriteOperation[] {
  if (operations.length === 0) throw invalidField("operations", "at least one operation is required");
  return operations.map((op, i) => {
    const path = `operations[${i}]`;
    const opCollection = op.collection || collection;
    if (!opCollection) throw invalidField(`${path}.collection`, "a collection is required (here or in target)");
    checkValue(op.key, `${path}.key`);
    switch (op.operation.case) {
      case "put":
      case "insert":
        checkRecord(op.operation.value, `${path}.${op.operation.case}`);
        break;
      case "update":
        checkRecord(op.operation.value, `${path}.update`, { nonEmpty: true });
        break;
      case "delete":
        break;
      default:
        throw invalidField(`${path}.operation`, "one of put, insert, update or delete is required");
    }
    return { ...op, collection: opCollection };
  });
}

function ttlOf(backend: Backend, ttl: Duration | undefined, field: string): number | undefined {
  if (!ttl) return undefined;
  if (!backend.capabilities.has(Capability.DataTtl)) throw unsupported(backend.name, Capability.DataTtl);
  const ms = durationMs(ttl);
  if (ms <= 0) throw invalidField(field, "a ttl must be positive");
  return ms;
}

function notFound(backend: Backend, collection: string, key: TypedValue) {
  return dbxError(ErrorReason.NOT_FOUND, `no record with that key in ${backend.name}/${collection}`, {
    backend: backend.name,
    collection,
    key: describeKey(key),
  });
}

function describeKey(key: TypedValue): string {
  const v = key.kind.value;
  if (v instanceof Uint8Array) return Buffer.from(v).toString("base64");
  return typeof v === "object" ? "" : String(v);
}
