import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { waitFor } from "../support/wait-for.js";
import { frame, FrameType, RawH2Client, type Frame } from "./raw-h2.js";

const END_STREAM = 0x1;
const NO_ERROR = 0;
const STREAM = 1;
const PATH = "/dbx.v1.StreamService/Subscribe";

/** The frames the server sent on `streamId`, named, in order: "HEADERS", "DATA 0 END_STREAM", "RST_STREAM 0". */
function streamFrames(client: RawH2Client, streamId: number): string[] {
  return client.frames.filter((f) => f.streamId === streamId).map(describeFrame);
}

function describeFrame(f: Frame): string {
  const end = f.flags & END_STREAM ? " END_STREAM" : "";
  if (f.type === FrameType.RST_STREAM) return `RST_STREAM ${f.payload.readUInt32BE(0)}`;
  if (f.type === FrameType.HEADERS) return `HEADERS${end}`;
  if (f.type === FrameType.DATA) return `DATA ${f.payload.length}${end}`;
  return `type ${f.type}`;
}

/**
 * An HTTP/2 request can be answered before its body has arrived (wrong
 * method, an Expect the server does not meet). A client still sending may
 * be stuck on a full flow-control window: after the whole answer, the
 * server tells it to stop with RST_STREAM(NO_ERROR) (RFC 9113 §8.1).
 * test/transport/h2-request-end.test.ts checks that the reset never
 * overtakes the answer's end.
 */
describe("an HTTP/2 answer sent before the request body has arrived", () => {
  let server: TestServer;
  let client: RawH2Client | undefined;

  beforeAll(async () => {
    server = await startTestServer({ backends: { default: { url: "sqlite::memory:" } } });
  });
  afterEach(() => client?.destroy());
  afterAll(() => server?.close());

  /** A gRPC request whose body has begun and never ends. */
  async function openUnfinishedRequest(method: string, headers: Record<string, string> = {}): Promise<RawH2Client> {
    const port = server.server.port;
    client = await RawH2Client.connect(port);
    client.start();
    client.openStream(STREAM, {
      ":method": method,
      ":scheme": "http",
      ":authority": `127.0.0.1:${port}`,
      ":path": PATH,
      "content-type": "application/grpc+proto",
      te: "trailers",
      ...headers,
    });
    client.socket.write(frame(FrameType.DATA, 0, STREAM, Buffer.alloc(16_384)));
    return client;
  }

  it("resets a stream answered 405 (a PUT) after the answer's end", async () => {
    const c = await openUnfinishedRequest("PUT");
    await waitFor(() => streamFrames(c, STREAM).some((f) => f.startsWith("RST_STREAM")), { what: "RST_STREAM after the answer" });
    expect(streamFrames(c, STREAM)).toEqual(["HEADERS", "DATA 0 END_STREAM", `RST_STREAM ${NO_ERROR}`]);
  });

  // Its HEADERS end the stream and no trailers are asked for: nothing told the client to stop, which stayed
  // blocked on the window with a body over 64 KB.
  it("resets a stream answered 417 (an unknown Expect) without a body", async () => {
    const c = await openUnfinishedRequest("POST", { expect: "nothing-known" });
    await waitFor(() => streamFrames(c, STREAM).some((f) => f.startsWith("RST_STREAM")), { what: "RST_STREAM after the answer" });
    expect(streamFrames(c, STREAM)).toEqual(["HEADERS END_STREAM", `RST_STREAM ${NO_ERROR}`]);
  });
});
