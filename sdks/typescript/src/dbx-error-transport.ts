import type { Transport } from "@connectrpc/connect";
import { DbxError } from "./errors.js";

/**
 * The transport with every error a call ends with, unary or in the middle of
 * a stream, as a DbxError. It wraps the transport rather than sitting in its
 * interceptors: deadline and cancellation errors of streams are raised
 * outside the interceptor chain.
 */
export function withDbxErrors(transport: Transport): Transport {
  return {
    async unary(method, signal, timeoutMs, header, input, contextValues) {
      try {
        return await transport.unary(method, signal, timeoutMs, header, input, contextValues);
      } catch (error) {
        throw DbxError.from(error);
      }
    },
    async stream(method, signal, timeoutMs, header, input, contextValues) {
      try {
        const response = await transport.stream(method, signal, timeoutMs, header, input, contextValues);
        return { ...response, message: rethrowAsDbxErrors(response.message) };
      } catch (error) {
        throw DbxError.from(error);
      }
    },
  };
}

// Returning this generator (a caller breaking out) returns the inner one.
async function* rethrowAsDbxErrors<T>(messages: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  try {
    yield* messages;
  } catch (error) {
    throw DbxError.from(error);
  }
}
