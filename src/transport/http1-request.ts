import { IncomingMessage } from "node:http";

/**
 * An HTTP/1.1 request whose handler may stop reading its body early, e.g.
 * connect-es once a message passes the size limit (leaving a `for await`
 * destroys the stream). Node's own request then destroys the connection,
 * and a client still sending its body gets a TCP reset instead of the
 * answer. This one only stops delivering: the rest of the body is read and
 * dropped, the answer goes out, and the connection closes after it (see
 * `lingerWhenClosing`).
 */
export class Http1Request extends IncomingMessage {
  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    if (error === null && !this.complete) {
      callback(null);
      return;
    }
    super._destroy(error, callback);
  }

  override push(chunk: unknown, encoding?: BufferEncoding): boolean {
    // Node's parser pauses the connection when a push is refused; keep taking (and dropping) what arrives.
    if (this.destroyed) return true;
    return super.push(chunk, encoding);
  }
}
