import { request as http1Request, type OutgoingHttpHeaders } from "node:http";
import { connect as http2Connect, type IncomingHttpHeaders } from "node:http2";

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** HTTP/2 trailers (gRPC status); empty over HTTP/1.1. */
  trailers: IncomingHttpHeaders;
}

export interface RawRequest {
  method?: string;
  headers?: OutgoingHttpHeaders;
  body?: Uint8Array | string;
}

/** One request over a fresh HTTP/1.1 connection, with nothing a client library would add. */
export function http1(url: string, req: RawRequest = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const r = http1Request(url, { method: req.method ?? "GET", headers: req.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), trailers: {} }));
      res.on("error", reject);
    });
    r.on("error", reject);
    r.end(req.body);
  });
}

/** One request over a fresh HTTP/2 cleartext (prior knowledge) connection. */
export function http2(url: string, req: RawRequest = {}): Promise<RawResponse> {
  const { origin, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const session = http2Connect(origin);
    session.on("error", reject);
    const stream = session.request({ ":method": req.method ?? "GET", ":path": pathname + search, ...req.headers });
    let headers: IncomingHttpHeaders = {};
    let trailers: IncomingHttpHeaders = {};
    const chunks: Buffer[] = [];
    stream.on("response", (h) => (headers = h));
    stream.on("trailers", (t) => (trailers = t));
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("error", reject);
    stream.on("end", () => {
      session.close();
      resolve({ status: Number(headers[":status"]), headers, body: Buffer.concat(chunks), trailers });
    });
    stream.end(req.body);
  });
}

/** A message in the envelope of gRPC and streaming Connect: flags, length, bytes. */
export function envelope(flags: number, payload: Uint8Array): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt8(flags, 0);
  head.writeUInt32BE(payload.byteLength, 1);
  return Buffer.concat([head, payload]);
}
