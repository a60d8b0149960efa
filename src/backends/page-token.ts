import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { ArrayValueSchema, TypedValueSchema, type TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../errors/dbx-error.js";

const VERSION = "p2";

/**
 * Where the next page starts. Key order pages by keyset (`after` the key
 * columns of the last record answered, in key order, so concurrent inserts
 * and deletes never shift a page); a custom sort pages by the number of
 * records already answered.
 */
export type PagePosition = { readonly after: readonly TypedValue[] } | { readonly skip: bigint };

/** What a page token carries. */
export interface PageToken {
  readonly position: PagePosition;
  /** Records answered by earlier pages, to honour the query's limit. */
  readonly answered: bigint;
}

/**
 * An opaque token: base64url of a dbx.v1.ArrayValue holding a version, the
 * fingerprint, the position (the last key's stored values as typed values,
 * so every key kind survives exactly) and the count answered so far.
 */
export function encodePageToken(fingerprint: string, token: PageToken): string {
  const str = (value: string): TypedValue => create(TypedValueSchema, { kind: { case: "stringValue", value } });
  const int = (value: bigint): TypedValue => create(TypedValueSchema, { kind: { case: "intValue", value } });
  const list = (values: readonly TypedValue[]): TypedValue =>
    create(TypedValueSchema, { kind: { case: "arrayValue", value: { values: [...values] } } });
  const values =
    "after" in token.position
      ? [str(VERSION), str(fingerprint), str("after"), list(token.position.after), int(token.answered)]
      : [str(VERSION), str(fingerprint), str("skip"), int(token.position.skip), int(token.answered)];
  return Buffer.from(toBinary(ArrayValueSchema, create(ArrayValueSchema, { values }))).toString("base64url");
}

/** Reads a token; INVALID_ARGUMENT naming `field` when it is malformed or belongs to another query. */
export function decodePageToken(text: string, fingerprint: string, field = "page_token"): PageToken {
  let values: TypedValue[];
  try {
    values = fromBinary(ArrayValueSchema, Buffer.from(text, "base64url")).values;
  } catch {
    throw invalidField(field, "not a page token of this server");
  }
  const [version, print, kind, position, answered] = values.map((v) => v.kind);
  if (version?.case !== "stringValue" || version.value !== VERSION || answered?.case !== "intValue" || !position) {
    throw invalidField(field, "not a page token of this server");
  }
  if (print?.case !== "stringValue" || print.value !== fingerprint) {
    throw invalidField(field, "the page token belongs to another collection or query");
  }
  if (kind?.case === "stringValue" && kind.value === "after" && position.case === "arrayValue") {
    return { position: { after: position.value.values }, answered: answered.value };
  }
  if (kind?.case === "stringValue" && kind.value === "skip" && position.case === "intValue" && position.value >= 0n) {
    return { position: { skip: position.value }, answered: answered.value };
  }
  throw invalidField(field, "not a page token of this server");
}
