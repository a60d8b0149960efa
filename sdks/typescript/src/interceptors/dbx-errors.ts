import type { Interceptor, StreamResponse } from "@connectrpc/connect";
import { DbxError } from "../errors.js";

/** Turns every error a call ends with, unary or in a stream, into a DbxError. */
export const dbxErrorInterceptor: Interceptor = (next) => async (req) => {
  let response;
  try {
    response = await next(req);
  } catch (error) {
    throw DbxError.from(error);
  }
  if (!response.stream) return response;
  return { ...response, message: rethrowAsDbxError(response.message) } as StreamResponse;
};

// Breaking out of the outer loop returns this generator, which returns the
// inner iterator: the transport sees the end and cancels the call.
async function* rethrowAsDbxError<T>(messages: AsyncIterable<T>): AsyncIterable<T> {
  try {
    yield* messages;
  } catch (error) {
    throw DbxError.from(error);
  }
}
