import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";

/** The operators that run JavaScript on the MongoDB server. */
const SERVER_JAVASCRIPT = new Set(["$where", "$function", "$accumulator"]);

/** BSON documents nest at most 100 levels; deeper input is refused by MongoDB anyway. */
const MAX_DEPTH = 200;

/**
 * PERMISSION_DENIED (reason DISABLED) when a filter, update or pipeline
 * holds an operator that runs JavaScript on the server, at any depth:
 * arbitrary code in the database's process, which a backend allows only
 * with `allowServerSideJavaScript`.
 */
export function refuseServerJavaScript(documents: readonly unknown[], backend: string): void {
  const found = documents.map((doc) => javascriptOperator(doc, 0)).find((op) => op !== undefined);
  if (found) {
    throw dbxError(ErrorReason.DISABLED, `${found} runs JavaScript on the MongoDB server, which backend "${backend}" does not allow (allowServerSideJavaScript)`, {
      backend,
      setting: "allowServerSideJavaScript",
      operator: found,
    });
  }
}

function javascriptOperator(value: unknown, depth: number): string | undefined {
  if (value === null || typeof value !== "object" || depth > MAX_DEPTH || ArrayBuffer.isView(value)) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = javascriptOperator(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, child] of Object.entries(value)) {
    if (SERVER_JAVASCRIPT.has(key)) return key;
    const found = javascriptOperator(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}
