import { constants, type ServerHttp2Stream } from "node:http2";

/**
 * A response can end before its request, e.g. when a client stream sends a
 * message over the size limit. The client may then be stuck sending into a
 * full flow-control window: once the response is out, ask it to stop,
 * without error (RFC 9113 §8.1), as grpc-go does. Call it when the stream
 * wants its trailers: they are sent from the session's write loop, and an
 * RST_STREAM submitted in that loop could overtake them, so it waits for the
 * next turn.
 */
export function endUnreadRequest(stream: ServerHttp2Stream): void {
  setImmediate(() => {
    if (!stream.closed && !stream.state.remoteClose) stream.close(constants.NGHTTP2_NO_ERROR);
  });
}
