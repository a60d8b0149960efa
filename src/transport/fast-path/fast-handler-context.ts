import type { DescMethod, DescService } from "@bufbuild/protobuf";
import { createContextValues, type ContextValues, type HandlerContext } from "@connectrpc/connect";
import type { IncomingHttpHeaders } from "node:http";

/**
 * A HandlerContext that costs little when nobody looks: header objects are
 * built on first use, and the signal comes from one AbortController that the
 * fast path aborts with a ready-made reason (no DOMException per call).
 */
export class FastHandlerContext implements HandlerContext {
  readonly values: ContextValues = createContextValues();
  readonly requestMethod = "POST";
  readonly #controller = new AbortController();
  readonly #deadline: number | undefined;
  #requestHeader: Headers | undefined;
  #responseHeader: Headers | undefined;
  #responseTrailer: Headers | undefined;

  constructor(
    readonly service: DescService,
    readonly method: DescMethod,
    readonly protocolName: string,
    private readonly headers: IncomingHttpHeaders,
    private readonly path: string,
    timeoutMs: number | undefined,
  ) {
    this.#deadline = timeoutMs === undefined ? undefined : Date.now() + timeoutMs;
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get url(): string {
    return `http://${String(this.headers[":authority"] ?? this.headers.host ?? "localhost")}${this.path}`;
  }

  timeoutMs(): number | undefined {
    return this.#deadline === undefined ? undefined : this.#deadline - Date.now();
  }

  get requestHeader(): Headers {
    if (!this.#requestHeader) {
      const h = new Headers();
      for (const [k, v] of Object.entries(this.headers)) {
        if (k.startsWith(":") || v === undefined) continue;
        if (Array.isArray(v)) for (const item of v) h.append(k, item);
        else h.set(k, v);
      }
      this.#requestHeader = h;
    }
    return this.#requestHeader;
  }

  get responseHeader(): Headers {
    return (this.#responseHeader ??= new Headers());
  }

  get responseTrailer(): Headers {
    return (this.#responseTrailer ??= new Headers());
  }

  /** Headers and trailers the handler set, if it set any. */
  get setHeaders(): { header?: Headers; trailer?: Headers } {
    return { header: this.#responseHeader, trailer: this.#responseTrailer };
  }

  abort(reason: unknown): void {
    if (!this.#controller.signal.aborted) this.#controller.abort(reason);
  }
}
