import { create } from "@bufbuild/protobuf";
import { ConnectError } from "@connectrpc/connect";

type OutgoingDetails = ConstructorParameters<typeof ConnectError>[3];
import { ErrorInfoSchema } from "../../../gen/ts/google/rpc/error_details_pb.js";

/**
 * The same error with a new message and more ErrorInfo metadata, e.g. which
 * statement of a batch failed. Code, reason and other details are kept.
 */
export function withContext(err: ConnectError, message: string, metadata: Record<string, string>): ConnectError {
  const details = err.details.map((d): ConnectError["details"][number] => {
    if ("desc" in d && d.desc.typeName === ErrorInfoSchema.typeName) {
      const info = d.value as { reason: string; domain: string; metadata: Record<string, string> };
      return {
        desc: ErrorInfoSchema,
        value: create(ErrorInfoSchema, { reason: info.reason, domain: info.domain, metadata: { ...info.metadata, ...metadata } }),
      };
    }
    return d;
  });
  // Errors built here carry outgoing details only (incoming ones come from a wire).
  return new ConnectError(message, err.code, err.metadata, details as OutgoingDetails, err.cause);
}
