import { Code } from "@connectrpc/connect";
import { codeFromString } from "@connectrpc/connect/protocol-connect";
import { Agent, request as http1Request, type IncomingHttpHeaders } from "node:http";
import { connect as http2Connect, constants, type ClientHttp2Session, type ClientHttp2Stream } from "node:http2";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

/** The wire protocols the fuzzer speaks, each with the HTTP version a real client uses (Connect over both). */
export const WIRE_PROTOCOLS = ["grpc", "grpc-web", "connect-json", "connect-binary", "connect-h2"] as const;
export type WireProtocol = (typeof WIRE_PROTOCOLS)[number];

/** One HTTP request exactly as it goes on the wire. */
export interface WireRequest {
  readonly protocol: WireProtocol;
  readonly http: "h1" | "h2";
  readonly method: "POST" | "GET" | "PUT";
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
  /** The server-streaming shape (envelopes both ways) rather than unary. */
  readonly streaming: boolean;
}

/** What came back, reduced to what the fuzzer checks. */
export interface WireAnswer {
  readonly httpStatus: number;
  /**
   * The protocol status as connect-es names it ("Ok", "InvalidArgument", ...),
   * "http-NNN" when the answer has no protocol status (a plain HTTP refusal),
   * "no-status" when a protocol answer ends without one, "no-answer" when the
   * connection failed or the client gave up waiting, "reset-before-end" when
   * the server reset the stream without error before the answer's end.
   */
  readonly code: string;
  readonly message: string;
  /** Response messages (payloads of data envelopes, or the unary body). */
  readonly payloads: Uint8Array[];
  readonly requestId?: string;
}

/** connect-es's name of a code; its enum has no OK (0). */
export function statusName(code: Code | 0): string {
  return code === 0 ? "Ok" : (Code[code] ?? `code-${code}`);
}

/** Envelope flags: compressed, and the end-of-stream/trailer markers of Connect and gRPC-Web. */
export const FLAG_COMPRESSED = 0x01;
export const FLAG_CONNECT_END = 0x02;
export const FLAG_GRPC_WEB_TRAILER = 0x80;

export function envelope(flags: number, payload: Uint8Array, lengthOverride?: number): Uint8Array {
  const out = new Uint8Array(5 + payload.byteLength);
  const view = new DataView(out.buffer);
  view.setUint8(0, flags);
  view.setUint32(1, lengthOverride ?? payload.byteLength);
  out.set(payload, 5);
  return out;
}

/** Splits envelopes; a cut-off last one is reported as such. */
export function readEnvelopes(body: Uint8Array): { envelopes: { flags: number; payload: Uint8Array }[]; incomplete: boolean } {
  const envelopes: { flags: number; payload: Uint8Array }[] = [];
  let offset = 0;
  while (offset + 5 <= body.byteLength) {
    const view = new DataView(body.buffer, body.byteOffset + offset);
    const length = view.getUint32(1);
    if (offset + 5 + length > body.byteLength) return { envelopes, incomplete: true };
    envelopes.push({ flags: view.getUint8(0), payload: body.subarray(offset + 5, offset + 5 + length) });
    offset += 5 + length;
  }
  return { envelopes, incomplete: offset !== body.byteLength };
}

/** Content types and framing for a well-formed request of each protocol. */
export function requestShape(protocol: WireProtocol, streaming: boolean): { contentType: string; http: "h1" | "h2"; enveloped: boolean; json: boolean } {
  switch (protocol) {
    case "grpc":
      return { contentType: "application/grpc+proto", http: "h2", enveloped: true, json: false };
    case "grpc-web":
      return { contentType: "application/grpc-web+proto", http: "h1", enveloped: true, json: false };
    case "connect-json":
      return { contentType: streaming ? "application/connect+json" : "application/json", http: "h1", enveloped: streaming, json: true };
    case "connect-binary":
      return { contentType: streaming ? "application/connect+proto" : "application/proto", http: "h1", enveloped: streaming, json: false };
    case "connect-h2":
      return { contentType: streaming ? "application/connect+proto" : "application/proto", http: "h2", enveloped: streaming, json: false };
  }
}

/** The deadline header of each protocol. */
export function timeoutHeader(protocol: WireProtocol, ms: number): Record<string, string> {
  return protocol.startsWith("connect") ? { "connect-timeout-ms": String(ms) } : { "grpc-timeout": `${ms}m` };
}

/**
 * Undoes the compression the server chose for its answer (it may answer in
 * the encoding the request used). A payload that does not decompress is
 * left as it is, and then fails to decode as a message.
 */
function decompress(encoding: string | undefined, payload: Uint8Array): Uint8Array {
  try {
    if (encoding === "gzip") return gunzipSync(payload);
    if (encoding === "br") return brotliDecompressSync(payload);
  } catch {
    // left as is: see above
  }
  return payload;
}

/** Envelopes with their compression undone. */
function readAnswerEnvelopes(body: Uint8Array, encoding: string | undefined) {
  const { envelopes, incomplete } = readEnvelopes(body);
  return {
    envelopes: envelopes.map((e) => ((e.flags & FLAG_COMPRESSED) !== 0 ? { flags: e.flags, payload: decompress(encoding, e.payload) } : e)),
    incomplete,
  };
}

/** Reduces a raw HTTP answer to a WireAnswer, following each protocol's rules for where the status is. */
export function interpretAnswer(request: WireRequest, httpStatus: number, headers: IncomingHttpHeaders, body: Uint8Array, trailers: IncomingHttpHeaders): WireAnswer {
  const requestId = header(headers, "x-request-id");
  const base = { httpStatus, requestId };
  const protocol = answeredProtocol(request, headers);
  if (protocol === "grpc" || protocol === "grpc-web") {
    const direct = header(trailers, "grpc-status") ?? header(headers, "grpc-status");
    const { envelopes, incomplete } = readAnswerEnvelopes(body, header(headers, "grpc-encoding"));
    const data = envelopes.filter((e) => (e.flags & FLAG_GRPC_WEB_TRAILER) === 0).map((e) => e.payload);
    let status = direct;
    let message = header(trailers, "grpc-message") ?? header(headers, "grpc-message") ?? "";
    if (status === undefined && protocol === "grpc-web") {
      const trailer = envelopes.find((e) => (e.flags & FLAG_GRPC_WEB_TRAILER) !== 0);
      if (trailer) {
        const fields = parseTrailerBlock(new TextDecoder().decode(trailer.payload));
        status = fields.get("grpc-status");
        message = fields.get("grpc-message") ?? "";
      }
    }
    if (status === undefined) {
      return { ...base, code: httpStatus === 200 ? "no-status" : `http-${httpStatus}`, message: incomplete ? "cut-off envelope" : "", payloads: data };
    }
    const n = Number(status);
    return { ...base, code: status.trim() !== "" && Number.isInteger(n) && n >= 0 && n <= 16 ? statusName(n as Code) : `bad-status-${status}`, message: decodeURIComponentSafe(message), payloads: data };
  }
  if (protocol === "connect-unary" || httpStatus !== 200) {
    const unary = decompress(header(headers, "content-encoding"), body);
    if (httpStatus === 200) return { ...base, code: "Ok", message: "", payloads: [unary] };
    const error = parseConnectError(unary);
    if (!error) return { ...base, code: `http-${httpStatus}`, message: new TextDecoder().decode(unary.subarray(0, 200)), payloads: [] };
    return { ...base, ...error, payloads: [] };
  }
  const { envelopes, incomplete } = readAnswerEnvelopes(body, header(headers, "connect-content-encoding"));
  const end = envelopes.find((e) => (e.flags & FLAG_CONNECT_END) !== 0);
  const data = envelopes.filter((e) => (e.flags & FLAG_CONNECT_END) === 0).map((e) => e.payload);
  if (!end) return { ...base, code: "no-status", message: incomplete ? "cut-off envelope" : "no end-of-stream message", payloads: data };
  let parsed: { error?: { code?: string; message?: string } };
  try {
    parsed = JSON.parse(new TextDecoder().decode(end.payload)) as typeof parsed;
  } catch {
    return { ...base, code: "no-status", message: "end-of-stream message is not JSON", payloads: data };
  }
  if (!parsed.error) return { ...base, code: "Ok", message: "", payloads: data };
  const code = parsed.error.code === undefined ? undefined : codeFromString(parsed.error.code);
  return { ...base, code: code === undefined ? `bad-status-${parsed.error.code}` : statusName(code), message: parsed.error.message ?? "", payloads: data };
}

/**
 * The protocol the server answered in: the one the request's content type
 * names (a damaged request may name another than the fuzzer meant), else
 * the one of the answer's content type, else the one meant.
 */
function answeredProtocol(request: WireRequest, headers: IncomingHttpHeaders): "grpc" | "grpc-web" | "connect-unary" | "connect-stream" {
  for (const type of [request.method === "GET" ? "application/json" : request.headers["content-type"], header(headers, "content-type")]) {
    if (type === undefined) continue;
    if (type.startsWith("application/grpc-web")) return "grpc-web";
    if (type.startsWith("application/grpc")) return "grpc";
    if (type.startsWith("application/connect+")) return "connect-stream";
    if (type.startsWith("application/json") || type.startsWith("application/proto")) return "connect-unary";
  }
  if (request.protocol === "grpc" || request.protocol === "grpc-web") return request.protocol;
  return request.streaming ? "connect-stream" : "connect-unary";
}

function parseConnectError(body: Uint8Array): { code: string; message: string } | undefined {
  try {
    const json = JSON.parse(new TextDecoder().decode(body)) as { code?: unknown; message?: unknown };
    if (typeof json.code !== "string") return undefined;
    const code = codeFromString(json.code);
    return { code: code === undefined ? `bad-status-${json.code}` : statusName(code), message: typeof json.message === "string" ? json.message : "" };
  } catch {
    return undefined;
  }
}

function parseTrailerBlock(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return fields;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Sends WireRequests over kept-alive HTTP/1.1 connections and one HTTP/2
 * session (re-opened when the server closes it), giving up on an answer
 * after `answerTimeoutMs` (reported as "no-answer": a hang).
 */
export class WireClient {
  private readonly agent: Agent;
  private session: ClientHttp2Session | undefined;
  /** Why the last HTTP/2 session ended, for the report of a stream that ended with it. */
  private sessionEnd = "";

  constructor(
    private readonly baseUrl: string,
    private readonly answerTimeoutMs: number,
    maxSockets: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  send(request: WireRequest): Promise<WireAnswer> {
    return request.http === "h2" ? this.sendH2(request) : this.sendH1(request);
  }

  close(): void {
    this.agent.destroy();
    this.session?.destroy();
    this.session = undefined;
  }

  private sendH1(request: WireRequest): Promise<WireAnswer> {
    return new Promise((resolve) => {
      const url = new URL(request.path, this.baseUrl);
      let settled = false;
      const finish = (answer: WireAnswer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(answer);
      };
      const req = http1Request(url, { method: request.method, headers: { ...request.headers, "content-length": String(request.body.byteLength) }, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        // gRPC over HTTP/1.1 carries its status in chunked-encoding trailers.
        res.on("end", () => finish(interpretAnswer(request, res.statusCode ?? 0, res.headers, Buffer.concat(chunks), res.trailers)));
        res.on("error", (err) => finish(noAnswer(`response error: ${err.message}`)));
        res.on("aborted", () => finish(noAnswer("response aborted")));
      });
      const timer = setTimeout(() => {
        finish(noAnswer(`no answer within ${this.answerTimeoutMs} ms`));
        req.destroy();
      }, this.answerTimeoutMs);
      req.on("error", (err) => finish(noAnswer(`request error: ${err.message}`)));
      req.end(request.body);
    });
  }

  private h2(): ClientHttp2Session {
    if (!this.session || this.session.closed || this.session.destroyed) {
      const session = http2Connect(this.baseUrl);
      session.on("error", (err) => (this.sessionEnd = `session error: ${err.message}`));
      session.on("goaway", (code, lastStreamId) => {
        this.sessionEnd = `the server sent GOAWAY (code ${code}, last stream ${lastStreamId})`;
        if (this.session === session) this.session = undefined;
      });
      session.on("close", () => {
        if (this.session === session) this.session = undefined;
      });
      this.session = session;
    }
    return this.session;
  }

  private sendH2(request: WireRequest): Promise<WireAnswer> {
    return new Promise((resolve) => {
      let settled = false;
      const finish = (answer: WireAnswer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(answer);
      };
      const timer = setTimeout(() => {
        finish(noAnswer(`no answer within ${this.answerTimeoutMs} ms (${streamProgress(stream, headers)})`));
        // NO_ERROR would wait for the request body to be written, which may be what never happens.
        stream.close(constants.NGHTTP2_CANCEL);
      }, this.answerTimeoutMs);
      // A GET has no body: node ends its side when the headers go.
      const hasBody = request.method !== "GET";
      const session = this.h2();
      const stream = session.request({ ":method": request.method, ":path": request.path, ...request.headers }, { endStream: !hasBody });
      let headers: IncomingHttpHeaders = {};
      let trailers: IncomingHttpHeaders = {};
      const chunks: Buffer[] = [];
      stream.on("response", (h) => (headers = h));
      stream.on("trailers", (t) => (trailers = t));
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("error", (err) => {
        if (stream.rstCode === constants.NGHTTP2_REFUSED_STREAM) {
          // Declined before any processing (RFC 9113 8.7), as HTTP/2 servers do with a header block
          // over their limit. The session may refuse every later stream: retire it (its other streams
          // finish) and let the next request open another.
          if (this.session === session) {
            this.session = undefined;
            session.close();
          }
          finish({ httpStatus: 0, code: "h2-refused-stream", message: err.message, payloads: [] });
        } else finish(noAnswer(`stream error: ${err.message}`));
      });
      stream.on("end", () => {
        // The answer's END_STREAM ends the readable side before the stream closes. Ended by the stream's
        // close instead, the answer was cut off by a reset: with NO_ERROR, which RFC 9113 §8.1 allows only
        // after a whole answer, Node's client stream then waits for its request body to be written before
        // it closes, which a body held back by flow control never is. Report it, and end the stream.
        if (!stream.closed) return;
        finish({ httpStatus: Number(headers[":status"] ?? 0), code: "reset-before-end", message: `stream reset with code ${stream.rstCode} before the answer's end`, payloads: [] });
        stream.destroy();
      });
      stream.on("close", () => {
        if (headers[":status"] === undefined) finish(noAnswer(`stream closed with code ${stream.rstCode} before an answer${this.sessionEnd ? ` (${this.sessionEnd})` : ""}`));
        else finish(interpretAnswer(request, Number(headers[":status"]), headers, Buffer.concat(chunks), trailers));
      });
      if (hasBody) stream.end(request.body);
    });
  }
}

/** What had happened on a stream that got no whole answer, for the report of a hang. */
function streamProgress(stream: ClientHttp2Stream, headers: IncomingHttpHeaders): string {
  const answer = headers[":status"] === undefined ? "no answer headers" : `answer ${headers[":status"]} ${stream.readableEnded ? "ended" : "not ended"}`;
  const body = stream.writableFinished ? "request body sent" : `${stream.writableLength} request body bytes not sent`;
  const closed = stream.closed ? `stream closed with code ${stream.rstCode}` : "stream open";
  return `${answer}, ${body}, ${closed}`;
}

function noAnswer(message: string): WireAnswer {
  return { httpStatus: 0, code: "no-answer", message, payloads: [] };
}
