import { create } from "@bufbuild/protobuf";
import { BSON, type Document } from "mongodb";
import { BsonDocumentSchema, type BsonDocument } from "../../gen/ts/dbx/mongodb/v1/mongodb_pb.js";

/** How a test reads answered documents: every BSON type kept as its own class. */
const EXACT = { promoteValues: false, promoteLongs: false, promoteBuffers: false, bsonRegExp: true } as const;

/** A MongoService document as canonical Extended JSON. */
export function ejson(doc: Document): BsonDocument {
  return create(BsonDocumentSchema, { encoding: { case: "extendedJson", value: BSON.EJSON.stringify(doc, { relaxed: false }) } });
}

/** A MongoService document as BSON bytes. */
export function bson(doc: Document): BsonDocument {
  return create(BsonDocumentSchema, { encoding: { case: "bson", value: BSON.serialize(doc) } });
}

/** An answered document, in whichever encoding it came, with every BSON type kept. */
export function decoded(doc: BsonDocument | undefined): Document {
  const encoding = doc?.encoding;
  if (!encoding?.case) throw new Error("no document");
  return encoding.case === "bson" ? BSON.deserialize(encoding.value, EXACT) : (BSON.EJSON.parse(encoding.value, { relaxed: false }) as Document);
}
