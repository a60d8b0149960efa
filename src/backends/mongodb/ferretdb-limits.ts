import { BSONSymbol, Code, Decimal128, MaxKey, MinKey } from "mongodb";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";

/**
 * BSON types FerretDB 1.x (a MongoDB wire-protocol server DBX is tested
 * against) does not store, by the native type name DBX gives them
 * (bson-values.ts). Receiving one, FerretDB drops the connection, which the
 * driver then reports as a network error for every call on it.
 */
const FERRETDB_MISSING_NATIVE = new Set(["minKey", "maxKey", "javascript", "symbol"]);

/**
 * On FerretDB, a request carrying a value it cannot store anywhere (a
 * record, a key, a filter, an update) is refused before it is sent:
 * UNIMPLEMENTED, saying why. Decimals (Decimal128) and these types work on
 * MongoDB itself.
 */
export function refuseFerretDbGaps(call: unknown, backend: string): void {
  report(missingType(call, 0), backend);
}

/** The same for documents as MongoService sends them (decoded BSON, every type its own class). */
export function refuseFerretDbBsonGaps(documents: readonly unknown[], backend: string): void {
  report(missingBsonType(documents, 0), backend);
}

/** The BSON classes of the types FerretDB lacks, by the capability name its refusal names. */
const FERRETDB_MISSING_BSON: readonly [string, abstract new (...args: never[]) => unknown][] = [
  ["value.decimal", Decimal128],
  ["value.native.minKey", MinKey],
  ["value.native.maxKey", MaxKey],
  ["value.native.javascript", Code],
  ["value.native.symbol", BSONSymbol],
];

function missingBsonType(value: unknown, depth: number): string | undefined {
  if (value === null || typeof value !== "object" || depth > MAX_DEPTH || ArrayBuffer.isView(value)) return undefined;
  const missing = FERRETDB_MISSING_BSON.find(([, type]) => value instanceof type);
  if (missing) return missing[0];
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    const found = missingBsonType(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function report(missing: string | undefined, backend: string): void {
  if (missing) {
    throw dbxError(
      ErrorReason.UNSUPPORTED,
      `backend "${backend}" does not support ${missing}: it is FerretDB, which cannot store ${missing === "value.decimal" ? "Decimal128" : `BSON ${missing.slice("value.native.".length)}`} values (MongoDB can)`,
      { backend, capability: missing },
    );
  }
}

/** Request values nest at most 32 levels (check-value.ts); a call adds a few levels of its own. */
const MAX_DEPTH = 64;

/** The first value kind FerretDB lacks in a call's messages, as "value.decimal" or "value.native.<type>". */
function missingType(value: unknown, depth: number): string | undefined {
  if (value === null || typeof value !== "object" || depth > MAX_DEPTH || value instanceof Uint8Array) return undefined;
  const message = value as { $typeName?: string; typeName?: string };
  if (message.$typeName === "dbx.v1.DecimalValue") return "value.decimal";
  if (message.$typeName === "dbx.v1.NativeValue" && FERRETDB_MISSING_NATIVE.has(message.typeName ?? "")) return `value.native.${message.typeName}`;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    const found = missingType(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}
