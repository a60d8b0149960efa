import { create } from "@bufbuild/protobuf";
import { BSON, type Document } from "mongodb";
import { BsonDocumentSchema, DocumentEncoding, type BsonDocument } from "../../gen/ts/dbx/mongodb/v1/mongodb_pb.js";
import { invalidField } from "../errors/dbx-error.js";

/** How decoded documents keep every BSON type: each its own class, none promoted to a JS number. */
const EXACT = { promoteValues: false, promoteLongs: false, promoteBuffers: false, bsonRegExp: true } as const;

/**
 * A request's document as the driver sends it: BSON bytes or Extended JSON
 * v2 (canonical or relaxed: a relaxed number becomes an int32, int64 or
 * double by its value) decoded with every type kept as its own class, so
 * that it goes to MongoDB exactly as the client wrote it. Anything but one
 * document (malformed bytes or JSON, an array, a scalar) is INVALID_ARGUMENT
 * naming `field`.
 */
export function decodeDocument(document: BsonDocument | undefined, field: string): Document {
  const encoding = document?.encoding;
  if (!encoding?.case) throw invalidField(field, "a document is required: bson or extended_json");
  let decoded: unknown;
  try {
    decoded = encoding.case === "bson" ? BSON.deserialize(encoding.value, EXACT) : BSON.EJSON.parse(encoding.value, { relaxed: false });
  } catch (err) {
    // A message, never the input: it may be large or binary.
    throw invalidField(field, `not one ${encoding.case === "bson" ? "BSON document" : "Extended JSON document"}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (decoded === null || typeof decoded !== "object" || Array.isArray(decoded) || Object.getPrototypeOf(decoded) !== Object.prototype) {
    throw invalidField(field, "must be a document ({...}), not an array or a single value");
  }
  return decoded as Document;
}

/** An optional document: undefined when the request leaves it out. */
export function optionalDocument(document: BsonDocument | undefined, field: string): Document | undefined {
  return document?.encoding.case ? decodeDocument(document, field) : undefined;
}

/** A document read from MongoDB in the encoding the request asked for (canonical Extended JSON by default). */
export function encodeDocument(document: Document, encoding: DocumentEncoding): BsonDocument {
  return create(
    BsonDocumentSchema,
    encoding === DocumentEncoding.BSON
      ? { encoding: { case: "bson", value: BSON.serialize(document) } }
      : { encoding: { case: "extendedJson", value: BSON.EJSON.stringify(document, { relaxed: false }) } },
  );
}

/** `{"_id": id}`: how answers carry one `_id` (any BSON value, which only a document can hold). */
export function idDocument(id: unknown, encoding: DocumentEncoding): BsonDocument {
  return encodeDocument({ _id: id }, encoding);
}
