import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { frame, FrameType, H2_PREFACE, headerBlock } from "../transport/raw-h2.js";
import { WireClient, type WireRequest } from "./wire.js";

const END_STREAM = 0x1;
const END_HEADERS = 0x4;
const ACK = 0x1;
const NO_ERROR = 0;
/** Past the 65,535-byte window a peer starts with: the rest waits for a WINDOW_UPDATE these servers never send. */
const BODY_BYTES = 100_000;
const ANSWER_TIMEOUT_MS = 3_000;

/**
 * An HTTP/2 server speaking frames itself, so that what it sends arrives in
 * one read: `answer(streamId)` is written as one buffer when a request's
 * HEADERS come. It reads no DATA and grants no flow-control window.
 */
function startRawServer(answer: (streamId: number) => Buffer): Promise<Server> {
  const server = createServer((socket: Socket) => {
    let received = Buffer.alloc(0);
    let prefaceRead = false;
    socket.on("error", () => {});
    socket.write(frame(FrameType.SETTINGS, 0, 0));
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (!prefaceRead) {
        if (received.length < H2_PREFACE.length) return;
        received = received.subarray(H2_PREFACE.length);
        prefaceRead = true;
      }
      while (received.length >= 9 && received.length >= 9 + received.readUIntBE(0, 3)) {
        const length = received.readUIntBE(0, 3);
        const [type, flags] = [received[3]!, received[4]!];
        const streamId = received.readUInt32BE(5) & 0x7fffffff;
        received = received.subarray(9 + length);
        if (type === FrameType.SETTINGS && !(flags & ACK)) socket.write(frame(FrameType.SETTINGS, ACK, 0));
        if (type === FrameType.HEADERS) socket.write(answer(streamId));
      }
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** A trailers-only gRPC answer (INVALID_ARGUMENT) that ends the server's side of the stream. */
function trailersOnly(streamId: number): Buffer {
  const block = headerBlock({ ":status": "200", "content-type": "application/grpc+proto", "grpc-status": "3", "grpc-message": "refused early" });
  return frame(FrameType.HEADERS, END_STREAM | END_HEADERS, streamId, block);
}

/** The HEADERS of a plain HTTP refusal (415), its end still to come. */
function answerHeaders(streamId: number): Buffer {
  return frame(FrameType.HEADERS, END_HEADERS, streamId, headerBlock({ ":status": "415" }));
}

function rstStream(streamId: number, code: number): Buffer {
  const payload = Buffer.alloc(4);
  payload.writeUInt32BE(code);
  return frame(FrameType.RST_STREAM, 0, streamId, payload);
}

const request: WireRequest = {
  protocol: "grpc",
  http: "h2",
  method: "PUT",
  path: "/dbx.v1.StreamService/Subscribe",
  headers: { "content-type": "application/grpc+proto", te: "trailers" },
  body: new Uint8Array(BODY_BYTES),
  streaming: true,
};

describe("the fuzz client's HTTP/2 requests", () => {
  let server: Server | undefined;
  let client: WireClient | undefined;

  afterEach(async () => {
    client?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  async function send(answer: (streamId: number) => Buffer) {
    server = await startRawServer(answer);
    client = new WireClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, ANSWER_TIMEOUT_MS, 1);
    const started = performance.now();
    const got = await client.send(request);
    return { answer: got, elapsedMs: performance.now() - started };
  }

  // Node's client stream waits for its request body to be written before it closes, forever when the
  // server reset the stream: the fuzz test reported such answers as hangs (seed 2446712497, cases 8040, 6675).
  it("report an answer cut off by RST_STREAM(NO_ERROR) before its end, at once", async () => {
    const { answer, elapsedMs } = await send((id) => Buffer.concat([answerHeaders(id), rstStream(id, NO_ERROR)]));
    expect(answer.code, answer.message).toBe("reset-before-end");
    expect(answer.message).toBe("stream reset with code 0 before the answer's end");
    expect(elapsedMs).toBeLessThan(ANSWER_TIMEOUT_MS);
  });

  it("take a whole answer followed by RST_STREAM(NO_ERROR) in the same read, sent before the request body", async () => {
    const { answer, elapsedMs } = await send((id) => Buffer.concat([answerHeaders(id), frame(FrameType.DATA, END_STREAM, id), rstStream(id, NO_ERROR)]));
    expect(answer.code, answer.message).toBe("http-415");
    expect(elapsedMs).toBeLessThan(ANSWER_TIMEOUT_MS);
  });

  it("take a trailers-only answer followed by RST_STREAM(NO_ERROR) in the same read", async () => {
    const { answer } = await send((id) => Buffer.concat([trailersOnly(id), rstStream(id, NO_ERROR)]));
    expect(answer.code, answer.message).toBe("InvalidArgument");
    expect(answer.message).toBe("refused early");
  });

  it("report a stream whose server answers but neither reads the body nor resets, within the answer timeout", async () => {
    const { answer, elapsedMs } = await send(trailersOnly);
    expect(answer.code).toBe("no-answer");
    expect(answer.message).toMatch(/^no answer within 3000 ms \(answer 200 ended, \d+ request body bytes not sent, stream open\)$/);
    expect(elapsedMs).toBeLessThan(ANSWER_TIMEOUT_MS + 2_000);
  });
});
