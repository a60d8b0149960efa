import { request as http1Request } from "node:http";
import { constants, type ClientHttp2Session } from "node:http2";

/** How a call whose body never arrived whole was answered. */
export interface TrickledAnswer {
  status: number;
  /** grpc-status, or the Connect error code. */
  code: string | undefined;
  elapsedMs: number;
}

/** The 5-byte gRPC envelope prefix announcing a message of `length` bytes. */
export function grpcPrefix(length: number): Buffer {
  const prefix = Buffer.alloc(5);
  prefix.writeUInt32BE(length, 1);
  return prefix;
}

/**
 * A POST on an HTTP/2 session that sends `firstBytes` of its body and never
 * the rest; resolves with the answer once the stream closes. The client
 * gives up (cancels) after `giveUpMs`.
 */
export function trickledH2Call(session: ClientHttp2Session, path: string, headers: Record<string, string>, firstBytes: Buffer, giveUpMs: number): Promise<TrickledAnswer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const stream = session.request({ ":method": "POST", ":path": path, ...headers }, { endStream: false });
    let status = 0;
    let code: string | undefined;
    const body: Buffer[] = [];
    stream.on("response", (h) => {
      status = Number(h[":status"]);
      code = h["grpc-status"] as string | undefined;
    });
    stream.on("trailers", (t) => (code ??= t["grpc-status"] as string | undefined));
    stream.on("data", (c: Buffer) => body.push(c));
    stream.on("error", reject);
    stream.on("close", () => {
      // A Connect error is the JSON body (unary) or the end-of-stream message (streams).
      if (code === undefined && status !== 0) code = /"code":"([a-z_]+)"/.exec(Buffer.concat(body).toString())?.[1];
      resolve({ status, code, elapsedMs: performance.now() - started });
    });
    stream.write(firstBytes);
    // Never ended: the client stream is closed by the server's reset after the answer.
    setTimeout(() => stream.close(constants.NGHTTP2_CANCEL), giveUpMs).unref();
  });
}

/** The same over HTTP/1.1, with a Content-Length of `announced` bytes. */
export function trickledH1Call(url: string, path: string, headers: Record<string, string>, firstBytes: Buffer, announced: number, giveUpMs: number): Promise<TrickledAnswer> {
  const started = performance.now();
  return new Promise<TrickledAnswer>((resolve, reject) => {
    const req = http1Request(new URL(path, url), { method: "POST", headers: { ...headers, "content-length": String(announced) } });
    req.on("response", (res) => {
      const body: Buffer[] = [];
      res.on("data", (c: Buffer) => body.push(c));
      res.on("end", () => {
        const text = Buffer.concat(body).toString();
        // gRPC-Web carries its status in a trailer message; Connect in its JSON error.
        const code = res.headers["grpc-status"] ?? /grpc-status: ?([0-9]+)/.exec(text)?.[1] ?? /"code":"([a-z_]+)"/.exec(text)?.[1];
        resolve({ status: res.statusCode ?? 0, code: code as string | undefined, elapsedMs: performance.now() - started });
        req.destroy();
      });
    });
    req.on("error", reject);
    req.write(firstBytes);
    setTimeout(() => req.destroy(), giveUpMs).unref();
  });
}
