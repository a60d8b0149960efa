import { constants, type ServerHttp2Stream } from "node:http2";

/** Longest pause between two looks at whether the answer's END_STREAM has gone out. */
const MAX_CHECK_INTERVAL_MS = 100;
/** How long the answer's end may wait for the client's flow-control window before the stream is cancelled. */
const END_SENT_TIMEOUT_MS = 10_000;

/**
 * A response can end before its request, e.g. when a client stream sends a
 * message over the size limit, or a request is refused on its method. The
 * client may then be stuck sending into a full flow-control window: once
 * the response is out, ask it to stop, without error (RFC 9113 §8.1), as
 * grpc-go does. Call it once the response has ended (its trailers asked
 * for, or its writable side finished).
 *
 * "Once the response is out" means once its END_STREAM has been sent, not
 * submitted: RST_STREAM is not flow-controlled, while the answer's last
 * DATA frame (an empty one after an answer without trailers) can wait for
 * the client's window or for a write in progress. A reset sent before it
 * cuts the answer off, and Node's client, still holding request bytes,
 * then never closes the stream. Node tells no frame sent, so the stream's
 * state is read at growing intervals until the END_STREAM is out or the
 * client has ended its side. A client that takes no window for
 * END_SENT_TIMEOUT_MS does not take its answer: the stream is cancelled.
 *
 * Node resets a server stream whose request nobody read by itself, once its
 * writable side has finished and its trailers (if any) are submitted, with
 * the same overtaking reset. It leaves a paused stream alone: the stream is
 * paused until this is done, then flows again, so that what the client sent
 * is dropped and the stream can end.
 */
export function endUnreadRequest(stream: ServerHttp2Stream): void {
  const unread = stream.readableFlowing === null;
  if (unread) stream.pause();
  const started = performance.now();
  let interval = 1;
  const done = (resetCode?: number): void => {
    if (resetCode !== undefined) stream.close(resetCode);
    if (unread) stream.resume();
  };
  const check = (): void => {
    if (stream.closed || stream.destroyed || stream.state.remoteClose) return done();
    if (stream.state.localClose) return done(constants.NGHTTP2_NO_ERROR);
    if (performance.now() - started > END_SENT_TIMEOUT_MS) return done(constants.NGHTTP2_CANCEL);
    setTimeout(check, interval).unref();
    interval = Math.min(interval * 2, MAX_CHECK_INTERVAL_MS);
  };
  setImmediate(check);
}
