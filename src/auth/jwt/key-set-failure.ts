/**
 * A key set that could not answer: its URL did not serve a key set in time,
 * or the key it offered for the token could not be imported. Not the token's
 * fault, so the refusal says so rather than blaming the signature.
 */
export class KeySetFailure extends Error {
  override name = "KeySetFailure";

  constructor(
    /** The key set, as refusals name it. */
    readonly keySet: string,
    cause: unknown,
  ) {
    super(`${keySet}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}
