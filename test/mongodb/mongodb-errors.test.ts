import { Code } from "@connectrpc/connect";
import { MongoError, MongoServerError } from "mongodb";
import { describe, expect, it } from "vitest";
import { reasonOf } from "../../src/errors/dbx-error.js";
import { mongodbError } from "../../src/backends/mongodb/mongodb-errors.js";

/**
 * How MongoDB failures reach clients. The fault test (faults.test.ts) saw
 * each of these while FerretDB was killed under load; before, the socket
 * error the driver lets through unwrapped answered INTERNAL.
 */
describe("MongoDB errors as DBX errors", () => {
  it("a lost connection in any of the driver's shapes is UNAVAILABLE, never INTERNAL", () => {
    const epipe = Object.assign(new Error("This socket has been ended by the other party"), { code: "EPIPE" });
    // The driver's pool errors are not exported; this is their shape (mongodb/lib/cmap/errors.js).
    class PoolClosedError extends MongoError {
      override get name(): string {
        return "MongoPoolClosedError";
      }
    }
    const poolClosed = new PoolClosedError("Attempted to check out a connection from closed connection pool");
    const shuttingDown = new MongoServerError({ ok: 0, code: 91, codeName: "ShutdownInProgress", errmsg: "shutting down" });
    for (const err of [epipe, poolClosed, shuttingDown]) {
      const mapped = mongodbError(err, "docs");
      expect(Code[mapped.code], String(err)).toBe("Unavailable");
      expect(reasonOf(mapped)).toBe("ERROR_REASON_BACKEND_UNAVAILABLE");
    }
  });

  it("a duplicate key is ALREADY_EXISTS and a refused request INVALID_ARGUMENT, with MongoDB's code in the metadata", () => {
    const duplicate = mongodbError(new MongoServerError({ ok: 0, code: 11000, codeName: "DuplicateKey", errmsg: "E11000 duplicate key" }), "docs");
    expect(duplicate.code).toBe(Code.AlreadyExists);
    const refused = mongodbError(new MongoServerError({ ok: 0, code: 14, codeName: "TypeMismatch", errmsg: "Cannot apply $inc to a value of non-numeric type string" }), "docs");
    expect(refused.code).toBe(Code.InvalidArgument);
    expect(reasonOf(refused)).toBe("ERROR_REASON_STATEMENT_FAILED");
    expect(refused.rawMessage).toMatch(/Cannot apply \$inc/);
  });
});
