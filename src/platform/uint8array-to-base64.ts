/**
 * Uint8Array.prototype.toBase64 (ES2026) where the runtime lacks it (Node
 * 20), backed by Node's native base64. @bufbuild/protobuf encodes bytes for
 * JSON with it when present, and otherwise one character at a time: ~150 ms
 * per MiB, which blocks the event loop (measured by bench/response-size.ts).
 *
 * protobuf-es looks for the method once, when it loads: import this module
 * before anything that imports @bufbuild/protobuf.
 */
interface ToBase64Options {
  readonly alphabet?: "base64" | "base64url";
  readonly omitPadding?: boolean;
}

function toBase64(this: Uint8Array, options: ToBase64Options = {}): string {
  const alphabet = options.alphabet ?? "base64";
  if (alphabet !== "base64" && alphabet !== "base64url") throw new TypeError(`unknown base64 alphabet "${String(alphabet)}"`);
  const padded = Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString("base64");
  const text = options.omitPadding ? withoutPadding(padded) : padded;
  return alphabet === "base64url" ? text.replaceAll("+", "-").replaceAll("/", "_") : text;
}

function withoutPadding(base64: string): string {
  if (base64.endsWith("==")) return base64.slice(0, -2);
  if (base64.endsWith("=")) return base64.slice(0, -1);
  return base64;
}

const proto = Uint8Array.prototype as Uint8Array & { toBase64?: unknown };
if (typeof proto.toBase64 !== "function") {
  Object.defineProperty(Uint8Array.prototype, "toBase64", { value: toBase64, writable: true, configurable: true, enumerable: false });
}
