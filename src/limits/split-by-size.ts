import { estimateEncodedSize } from "./encoded-size.js";

/**
 * Splits a batch of a stream into runs whose messages stay within
 * `maxBytes`, estimated as JSON (the larger encoding), so that a batch of
 * large records ends early instead of making one oversized message. An item
 * too large on its own is a run of one, which the ResponseSizeGuard refuses.
 */
export function* splitBySize<T extends object>(items: readonly T[], maxBytes: number): Generator<T[]> {
  let run: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = estimateEncodedSize(item, "json", maxBytes);
    if (run.length > 0 && size + itemSize > maxBytes) {
      yield run;
      run = [];
      size = 0;
    }
    run.push(item);
    size += itemSize;
  }
  if (run.length > 0) yield run;
}
