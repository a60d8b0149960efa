import { createServer, type Http2Server, type ServerHttp2Stream } from "node:http2";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { endUnreadRequest } from "../../src/transport/h2-request-end.js";
import { waitFor } from "../support/wait-for.js";
import { frame, FrameType, RawH2Client } from "./raw-h2.js";

const END_STREAM = 0x1;
const NO_ERROR = 0;
/** HTTP/2's initial connection flow-control window, which the raw client never widens by itself. */
const CONNECTION_WINDOW = 65_535;
const FILLER = 1;
const EARLY = 3;

function windowUpdate(streamId: number, increment: number): Buffer {
  const payload = Buffer.alloc(4);
  payload.writeUInt32BE(increment);
  return frame(FrameType.WINDOW_UPDATE, 0, streamId, payload);
}

/** The frames the server sent on `streamId`, named, in order: "HEADERS", "DATA 10", "DATA 0 END_STREAM", "RST_STREAM 0". */
function streamFrames(client: RawH2Client, streamId: number): string[] {
  return client.frames
    .filter((f) => f.streamId === streamId)
    .map((f) => {
      const end = f.flags & END_STREAM ? " END_STREAM" : "";
      if (f.type === FrameType.RST_STREAM) return `RST_STREAM ${f.payload.readUInt32BE(0)}`;
      if (f.type === FrameType.DATA) return `DATA ${f.payload.length}${end}`;
      return f.type === FrameType.HEADERS ? `HEADERS${end}` : `type ${f.type}`;
    });
}

function dataBytes(client: RawH2Client, streamId: number): number {
  return client.frames.filter((f) => f.streamId === streamId && f.type === FrameType.DATA).reduce((n, f) => n + f.payload.length, 0);
}

/**
 * endUnreadRequest asks a client still sending to stop (RST_STREAM with
 * NO_ERROR), which RFC 9113 §8.1 allows only after the whole answer. Here
 * the answer's last frame (the empty DATA frame with END_STREAM that ends
 * an answer without trailers) waits for the connection's flow-control
 * window, which another stream used up as the answer's trailers were asked
 * for: the reset must wait for it too.
 */
describe("endUnreadRequest", () => {
  let server: Http2Server | undefined;
  let client: RawH2Client | undefined;

  afterEach(async () => {
    client?.destroy();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  it("resets the stream only after the answer's END_STREAM has gone out", async () => {
    let filler: ServerHttp2Stream | undefined;
    server = createServer();
    server.on("stream", (stream, headers) => {
      stream.on("error", () => {});
      if (headers[":path"] === "/filler") {
        filler = stream;
        stream.respond({ ":status": 200 });
        return;
      }
      // Answered at once, while the client still sends its request body.
      stream.respond({ ":status": 200 }, { waitForTrailers: true });
      stream.once("wantTrailers", () => {
        filler!.write(Buffer.alloc(CONNECTION_WINDOW));
        stream.sendTrailers({});
        endUnreadRequest(stream);
      });
      stream.end(Buffer.alloc(10));
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;

    client = await RawH2Client.connect(port);
    client.start();
    const base = { ":scheme": "http", ":authority": `127.0.0.1:${port}` };
    client.request(FILLER, { ":method": "GET", ...base, ":path": "/filler" }, Buffer.alloc(0));
    client.openStream(EARLY, { ":method": "POST", ...base, ":path": "/early" });
    client.socket.write(frame(FrameType.DATA, 0, EARLY, Buffer.alloc(100)));

    const c = client;
    await waitFor(() => dataBytes(c, FILLER) + dataBytes(c, EARLY) === CONNECTION_WINDOW, { what: "the connection window used up" });
    c.socket.write(windowUpdate(0, CONNECTION_WINDOW));
    await waitFor(() => streamFrames(c, EARLY).some((f) => f.startsWith("RST_STREAM")), { what: "RST_STREAM on the early answer" });
    expect(streamFrames(c, EARLY)).toEqual(["HEADERS", "DATA 10", "DATA 0 END_STREAM", `RST_STREAM ${NO_ERROR}`]);
  });
});
