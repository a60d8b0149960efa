import { ConnectError } from "@connectrpc/connect";
import { ObjectId, type Collection, type Document } from "mongodb";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import type { WriteOutcome } from "../backend.js";
import type { BatchWriteCall, DeleteManyCall, InsertCall, KeyCall, PutCall, UpdateCall, UpdateManyCall, WriteCall } from "../backend-calls.js";
import type { OperationContext } from "../operation-context.js";
import { documentToRecord, EXACT_BSON, toBson } from "./bson-values.js";
import { recordFieldName } from "./field-path.js";
import { compileFilter } from "./filter-compiler.js";
import { mongodbError } from "./mongodb-errors.js";
import { writeOptions } from "./operation-options.js";
import type { CollectionOf } from "./record-reads.js";
import { byId, ID_FIELD, idOf, idText, keyOf } from "./record-id.js";
import { compileUpdates } from "./update-compiler.js";

/**
 * Writes of records, each one MongoDB operation atomic on its document:
 * Put is a replace with upsert, Insert an insert (duplicate `_id` →
 * ALREADY_EXISTS; without a key the record's `_id`, else a new ObjectId),
 * Update a findAndModify answering the document after. A batch runs its
 * writes in order and stops at the first failure, saying which took effect:
 * atomic when the backend runs it in a transaction (mongodb-backend.ts);
 * without multi-document transactions (FerretDB, a standalone MongoDB) it
 * is not, and the backend does not declare `data.atomic_batch`.
 */
/** A write checked and compiled, ready to send: everything that can be refused was, before any write of a batch. */
type PreparedWrite =
  | { readonly kind: "put"; readonly collection: Collection; readonly id: unknown; readonly doc: Document }
  | { readonly kind: "insert"; readonly collection: Collection; readonly id: unknown; readonly doc: Document }
  | { readonly kind: "update"; readonly collection: Collection; readonly id: unknown; readonly update: Document; readonly upsert: boolean }
  | { readonly kind: "delete"; readonly collection: Collection; readonly id: unknown };

/** The request paths of a write's parts, for errors. */
interface WritePaths {
  readonly key: string;
  /** The record (put, insert) or the updates (update). */
  readonly body: string;
}

const CALL_PATHS: Readonly<Record<WriteCall["kind"], WritePaths>> = {
  put: { key: "key", body: "record" },
  insert: { key: "key", body: "record" },
  update: { key: "key", body: "updates" },
  delete: { key: "key", body: "" },
};

export class MongoRecordWrites {
  constructor(
    private readonly backend: string,
    private readonly collectionOf: CollectionOf,
  ) {}

  async put(ctx: OperationContext, call: PutCall): Promise<boolean> {
    const { affected } = await this.#execute(ctx, this.#prepare({ kind: "put", ...call }, CALL_PATHS.put));
    return affected;
  }

  async insert(ctx: OperationContext, call: InsertCall): Promise<{ key: TypedValue; record: Item }> {
    const write = this.#prepare({ kind: "insert", ...call }, CALL_PATHS.insert) as Extract<PreparedWrite, { kind: "insert" }>;
    await write.collection.insertOne(write.doc, writeOptions(ctx));
    return { key: keyOf(write.id), record: documentToRecord(write.doc) };
  }

  async update(ctx: OperationContext, call: UpdateCall): Promise<{ record: Item; created: boolean } | undefined> {
    const write = this.#prepare({ kind: "update", ...call }, CALL_PATHS.update) as Extract<PreparedWrite, { kind: "update" }>;
    return this.#findAndUpdate(ctx, write);
  }

  async delete(ctx: OperationContext, call: KeyCall): Promise<boolean> {
    const { affected } = await this.#execute(ctx, this.#prepare({ kind: "delete", ...call }, CALL_PATHS.delete));
    return affected;
  }

  async updateMany(ctx: OperationContext, call: UpdateManyCall): Promise<bigint> {
    const update = compileUpdates(call.updates, "updates");
    const result = await this.collectionOf(call.target).updateMany(compileFilter(call.filter, "filter"), update, writeOptions(ctx));
    return BigInt(result.matchedCount);
  }

  async deleteMany(ctx: OperationContext, call: DeleteManyCall): Promise<bigint> {
    const result = await this.collectionOf(call.target).deleteMany(compileFilter(call.filter, "filter"), writeOptions(ctx));
    return BigInt(result.deletedCount);
  }

  /**
   * Every write checked and compiled first (a bad one refuses the batch with
   * nothing written), then one after another, stopping at the first failure
   * or when the call ends.
   */
  async batchWrite(ctx: OperationContext, call: BatchWriteCall, atomic: boolean): Promise<WriteOutcome[]> {
    const writes = call.writes.map((write, i) => this.#prepare(write, batchPaths(write, i)));
    const results: WriteOutcome[] = [];
    for (const [i, write] of writes.entries()) {
      if (ctx.abort.aborted) throw this.#atOperation(ctx.abort.reason, i, atomic);
      try {
        const outcome = await this.#execute(ctx, write);
        if (write.kind === "update" && !outcome.affected) {
          throw dbxError(ErrorReason.NOT_FOUND, `no record with that key in ${this.backend}/${write.collection.collectionName}`, {
            backend: this.backend,
            collection: write.collection.collectionName,
          });
        }
        results.push(outcome);
      } catch (err) {
        throw this.#atOperation(err, i, atomic);
      }
    }
    return results;
  }

  #prepare(write: WriteCall & { upsert?: boolean }, paths: WritePaths): PreparedWrite {
    const collection = this.collectionOf(write.target);
    switch (write.kind) {
      case "put": {
        const id = idOf(write.key, paths.key);
        return { kind: "put", collection, id, doc: storedDocument(id, write.record, paths.body, write.key) };
      }
      case "insert": {
        const ownId = write.record.fields[ID_FIELD];
        // Without a key: the record's _id, else one MongoDB's way (an ObjectId, made here as the driver would).
        const id = write.key ? idOf(write.key, paths.key) : ownId ? idOf(ownId, `${paths.body}.fields.${ID_FIELD}`) : new ObjectId();
        return { kind: "insert", collection, id, doc: storedDocument(id, write.record, paths.body, write.key) };
      }
      case "update":
        return { kind: "update", collection, id: idOf(write.key, paths.key), update: compileUpdates(write.updates, paths.body), upsert: write.upsert ?? false };
      case "delete":
        return { kind: "delete", collection, id: idOf(write.key, paths.key) };
    }
  }

  async #execute(ctx: OperationContext, write: PreparedWrite): Promise<WriteOutcome> {
    switch (write.kind) {
      case "put": {
        const result = await write.collection.replaceOne(byId(write.id), write.doc, { upsert: true, ...writeOptions(ctx) });
        return { affected: result.upsertedCount === 1 };
      }
      case "insert":
        await write.collection.insertOne(write.doc, writeOptions(ctx));
        return { affected: true, key: keyOf(write.id) };
      case "update":
        return { affected: (await this.#findAndUpdate(ctx, write)) !== undefined };
      case "delete": {
        const result = await write.collection.deleteOne(byId(write.id), writeOptions(ctx));
        return { affected: result.deletedCount === 1 };
      }
    }
  }

  /** The update, answering the document after it (undefined when there is none and no upsert). */
  async #findAndUpdate(ctx: OperationContext, write: Extract<PreparedWrite, { kind: "update" }>): Promise<{ record: Item; created: boolean } | undefined> {
    const result = await write.collection.findOneAndUpdate(byId(write.id), write.update, {
      upsert: write.upsert,
      returnDocument: "after",
      includeResultMetadata: true,
      ...EXACT_BSON,
      ...writeOptions(ctx),
    });
    if (!result.value) return undefined;
    return { record: documentToRecord(result.value), created: result.lastErrorObject?.updatedExisting === false };
  }

  /** The error of a batch's write, saying which one and which took effect. */
  #atOperation(err: unknown, index: number, atomic: boolean): ConnectError {
    const mapped = mongodbError(err, this.backend);
    const at = `operations[${index}]`;
    const applied =
      atomic || index === 0 ? "no operation of the batch took effect" : `operations 0 to ${index - 1} took effect (the batch is not atomic on this backend)`;
    const message = `${mapped.rawMessage.startsWith(at) ? mapped.rawMessage : `${at}: ${mapped.rawMessage}`} (${applied})`;
    const error = new ConnectError(message, mapped.code, mapped.metadata, undefined, mapped.cause);
    error.details = mapped.details;
    return error;
  }
}

/** The request paths of a batch's write, as the service names them (src/services/write-operations.ts). */
function batchPaths(write: WriteCall, i: number): WritePaths {
  const at = `operations[${i}]`;
  return { key: `${at}.key`, body: write.kind === "update" ? `${at}.update.updates` : `${at}.${write.kind}` };
}

/**
 * The document a Put or Insert stores: `_id` first, then the record's
 * fields in order. A record that names its own `_id` must name the key.
 */
function storedDocument(id: unknown, record: Item, path: string, key: TypedValue | undefined): Document {
  const doc: Document = { _id: id };
  for (const [name, value] of Object.entries(record.fields)) {
    const field = `${path}.fields.${name}`;
    if (name === ID_FIELD) {
      if (key && idText(toBson(value, field)) !== idText(id)) throw invalidField(field, "a record's _id is its key: leave it out or give the same value as the key");
      continue;
    }
    doc[recordFieldName(name, field)] = toBson(value, field);
  }
  return doc;
}
