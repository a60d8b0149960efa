import { create } from "@bufbuild/protobuf";
import { timestampFromMs } from "@bufbuild/protobuf/wkt";
import { BSON, type ChangeStream, type ChangeStreamDocument, type Collection, type Db, type Document } from "mongodb";
import { ChangeEventSchema, ChangeType, type ChangeEvent } from "../../../gen/ts/dbx/v1/stream_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import type { WatchEvent } from "../backend.js";
import type { MongoChange, MongoWatchCall } from "../facets/mongodb.js";
import type { WatchCall } from "../backend-calls.js";
import type { OperationContext } from "../operation-context.js";
import { documentToRecord, EXACT_BSON } from "./bson-values.js";
import { keyOf } from "./record-id.js";

/**
 * A resume token as clients hold it: base64url of the token document's BSON
 * (MongoDB's `{_data: ...}`), opaque and exact.
 */
export function resumeTokenText(token: unknown): string {
  return Buffer.from(BSON.serialize(token as Document)).toString("base64url");
}

/** The token document of a client's resume token; INVALID_ARGUMENT naming `field` when it is not one. */
export function resumeTokenOf(text: string, field: string): Document {
  try {
    const token = BSON.deserialize(Buffer.from(text, "base64url"));
    if (Object.keys(token).length > 0) return token;
  } catch {
    // Refused below.
  }
  throw invalidField(field, "not a resume token of this server (a change's resume_token)");
}

/**
 * A change stream's events: `undefined` once MongoDB has started it (its
 * aggregate answered: every change after that is in it, so `ready` can be
 * said), then each change. Ends when `last` says a change was the stream's
 * last, or the call ends; the stream is closed however it ends.
 */
async function* changes(ctx: OperationContext, stream: ChangeStream<Document, ChangeStreamDocument>, last: (change: ChangeStreamDocument) => boolean): AsyncIterable<ChangeStreamDocument | undefined> {
  const stop = ctx.abort.onAbort(() => void stream.close());
  try {
    // tryNext opens the stream and answers a change only if one came with the first batch.
    let next = (await stream.tryNext()) ?? undefined;
    yield undefined;
    for (;;) {
      if (next) {
        yield next;
        if (last(next)) return;
      }
      if (ctx.abort.aborted || stream.closed) return;
      next = (await stream.next()) ?? undefined;
    }
  } finally {
    stop();
    await stream.close();
  }
}

/** A drop, a rename or an invalidation ends a collection's stream. */
const ENDS_STREAM = new Set(["drop", "rename", "invalidate"]);

/**
 * StreamService.Watch on MongoDB: a change stream on the collection with
 * the document after each change (`updateLookup`) and, asked for, before it
 * (`whenAvailable`: the collection needs changeStreamPreAndPostImages,
 * MongoDB 6.0 or later). `ready` comes once the stream is open, so no change
 * after it is lost; a resume token resumes after that change, across a
 * disconnect or a restart of DBX, while the oplog still holds it. A drop, a
 * rename or an invalidation ends the watch after its event.
 */
export async function* watchCollection(ctx: OperationContext, collection: Collection, call: WatchCall): AsyncIterable<WatchEvent> {
  const stream = collection.watch([], {
    fullDocument: "updateLookup",
    ...(call.includeBefore ? { fullDocumentBeforeChange: "whenAvailable" } : {}),
    ...(call.resumeToken ? { resumeAfter: resumeTokenOf(call.resumeToken, "resume_token") } : {}),
    ...EXACT_BSON,
  });
  for await (const next of changes(ctx, stream, (change) => ENDS_STREAM.has(change.operationType))) {
    if (!next) {
      yield { type: "ready" };
      continue;
    }
    const change = changeEvent(next);
    if (change) yield { type: "change", change };
  }
}

/**
 * MongoService.WatchChanges: a change stream of a collection or a database
 * with the client's pipeline and options, its events as MongoDB gives them.
 */
export async function* watchChanges(ctx: OperationContext, source: Collection | Db, call: MongoWatchCall): AsyncIterable<MongoChange> {
  const stream = source.watch([...call.pipeline], {
    ...(call.fullDocument ? { fullDocument: call.fullDocument } : {}),
    ...(call.fullDocumentBeforeChange ? { fullDocumentBeforeChange: call.fullDocumentBeforeChange } : {}),
    ...(call.resumeAfter ? { resumeAfter: resumeTokenOf(call.resumeAfter, "resume_after") } : {}),
    ...(call.startAfter ? { startAfter: resumeTokenOf(call.startAfter, "start_after") } : {}),
    ...EXACT_BSON,
  });
  for await (const next of changes(ctx, stream, () => false)) {
    yield next ? { type: "change", change: next as Document, resumeToken: resumeTokenText(next._id) } : { type: "ready" };
  }
}

/** A change as the contract's ChangeEvent; undefined for the kinds it has no name for. */
function changeEvent(change: ChangeStreamDocument): ChangeEvent | undefined {
  const base = {
    resumeToken: resumeTokenText(change._id),
    time: "wallTime" in change && change.wallTime instanceof Date ? timestampFromMs(change.wallTime.getTime()) : undefined,
  };
  switch (change.operationType) {
    case "insert":
    case "update":
    case "replace":
    case "delete": {
      const target = { namespace: change.ns.db, collection: change.ns.coll ?? "" };
      const type = change.operationType === "insert" ? ChangeType.INSERT : change.operationType === "delete" ? ChangeType.DELETE : ChangeType.UPDATE;
      const after = "fullDocument" in change && change.fullDocument ? documentToRecord(change.fullDocument) : undefined;
      const before = "fullDocumentBeforeChange" in change && change.fullDocumentBeforeChange ? documentToRecord(change.fullDocumentBeforeChange) : undefined;
      const update = change.operationType === "update" ? change.updateDescription : undefined;
      return create(ChangeEventSchema, {
        ...base,
        type,
        target,
        key: keyOf(change.documentKey._id),
        record: type === ChangeType.DELETE ? undefined : after,
        before,
        updatedFields: update ? Object.keys(update.updatedFields ?? {}) : [],
        removedFields: update ? [...(update.removedFields ?? [])] : [],
      });
    }
    case "drop":
      return create(ChangeEventSchema, { ...base, type: ChangeType.DROP, target: { namespace: change.ns.db, collection: change.ns.coll } });
    case "rename":
      return create(ChangeEventSchema, {
        ...base,
        type: ChangeType.RENAME,
        target: { namespace: change.ns.db, collection: change.ns.coll },
        renamedTo: { namespace: change.to.db, collection: change.to.coll },
      });
    default:
      return undefined;
  }
}
