import { estimateEncodedSize, type WireFormat } from "./encoded-size.js";
import { responseTooLarge } from "./response-too-large.js";

/**
 * The one check that every answer passes before it is encoded, on both
 * transport paths: no RPC answers a message larger than `maxBytes`
 * (server.maxResponseBytes), whatever its service. Backends that can stop
 * reading early do so (ResponseBudget); this catches the rest.
 */
export class ResponseSizeGuard {
  constructor(readonly maxBytes: number) {}

  /** Throws RESPONSE_TOO_LARGE when `message` of `procedure` ("service/method") would encode past the limit. */
  check(procedure: string, message: object, format: WireFormat): void {
    if (estimateEncodedSize(message, format, this.maxBytes) > this.maxBytes) {
      throw responseTooLarge(procedure, this.maxBytes);
    }
  }
}
