import type { Readable } from "node:stream";

/** Calls a listener when the call is aborted (at once if it was); returns what stops watching. */
export type AbortWatch = (listener: () => void) => () => void;

/** A whole body, or why there is none: too large (with the size when it is known), aborted, or too slow. */
export type BodyResult = { body: Buffer } | { tooLarge: true; size?: number } | { aborted: true } | { late: true };

/**
 * Reads a request body into one buffer, giving up as soon as it passes
 * `limit` bytes. With `enveloped`, the body is a gRPC envelope whose 5-byte
 * prefix declares the message length: a declared length past `limit` is
 * refused before the message arrives, as connect-es does. The call being
 * aborted (its deadline, shutdown) ends the wait as an abort: a body that
 * arrives slowly must not hold the call past its deadline unanswered. Nor,
 * without a deadline, past `withinMs`: the body is then late.
 */
export function readBody(req: Readable, limit: number, enveloped: boolean, onCallAbort: AbortWatch, withinMs: number): Promise<BodyResult> {
  // The call pipeline starts before the body is read, so a body that was
  // empty may have ended, or a client may have gone, before anyone listened.
  if (req.readableEnded) return Promise.resolve({ body: Buffer.alloc(0) });
  if (req.destroyed) return Promise.resolve({ aborted: true });
  const max = enveloped ? limit + 5 : limit;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let stopWatching = (): void => {};
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (result: BodyResult) => {
      settled = true;
      clearTimeout(timer);
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onAbort);
      req.off("aborted", onAbort);
      stopWatching();
      if (!("body" in result)) req.resume();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (enveloped && size >= 5 && size - chunk.length < 5) {
        const head = chunks.length === 1 ? chunk : Buffer.concat(chunks, size);
        const declared = head.readUInt32BE(1);
        if (declared > limit) return finish({ tooLarge: true, size: declared });
      }
      if (size > max) finish({ tooLarge: true });
    };
    const onEnd = () => finish({ body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size) });
    const onAbort = () => finish({ aborted: true });
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onAbort);
    req.on("aborted", onAbort);
    stopWatching = onCallAbort(onAbort);
    // Not when the call was already aborted (onCallAbort then finished it).
    if (!settled) timer = setTimeout(() => finish({ late: true }), Math.max(0, withinMs));
  });
}
