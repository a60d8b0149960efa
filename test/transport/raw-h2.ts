import { connect as netConnect, type Socket } from "node:net";

/** The HTTP/2 client connection preface (RFC 9113 §3.4). */
export const H2_PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

export const FrameType = { DATA: 0, HEADERS: 1, RST_STREAM: 3, SETTINGS: 4, PING: 6, GOAWAY: 7, WINDOW_UPDATE: 8 } as const;
const END_STREAM = 0x1;
const END_HEADERS = 0x4;
const ACK = 0x1;

export interface Frame {
  type: number;
  flags: number;
  streamId: number;
  payload: Buffer;
}

export function frame(type: number, flags: number, streamId: number, payload: Buffer = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(9);
  head.writeUIntBE(payload.length, 0, 3);
  head[3] = type;
  head[4] = flags;
  head.writeUInt32BE(streamId, 5);
  return Buffer.concat([head, payload]);
}

/** A header block of literal fields without indexing or Huffman coding (RFC 7541 §6.2.2); names and values under 127 bytes. */
export function headerBlock(headers: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(headers)) {
    parts.push(Buffer.from([0x00, name.length]), Buffer.from(name), Buffer.from([value.length]), Buffer.from(value));
  }
  return Buffer.concat(parts);
}

/**
 * An HTTP/2 client speaking frames itself, so that it can do what Node's
 * client never does: ignore the server's SETTINGS, stop after the preface.
 */
export class RawH2Client {
  readonly frames: Frame[] = [];
  closed = false;
  #pending = Buffer.alloc(0);

  private constructor(readonly socket: Socket) {
    socket.on("data", (chunk: Buffer) => this.#receive(chunk));
    socket.on("close", () => (this.closed = true));
    socket.on("error", () => {});
  }

  static connect(port: number): Promise<RawH2Client> {
    return new Promise((resolve, reject) => {
      const socket = netConnect(port, "127.0.0.1", () => resolve(new RawH2Client(socket)));
      socket.once("error", reject);
    });
  }

  /** Preface and empty SETTINGS; the server's SETTINGS are acknowledged as they come. */
  start(): void {
    this.socket.write(Buffer.concat([H2_PREFACE, frame(FrameType.SETTINGS, 0, 0)]));
  }

  /** Opens a stream with a request whose body never comes. */
  openStream(streamId: number, headers: Record<string, string>): void {
    this.socket.write(frame(FrameType.HEADERS, END_HEADERS, streamId, headerBlock(headers)));
  }

  /** Opens a stream with a whole request. */
  request(streamId: number, headers: Record<string, string>, body: Buffer): void {
    this.openStream(streamId, headers);
    this.socket.write(frame(FrameType.DATA, END_STREAM, streamId, body));
  }

  /** The server's SETTINGS values by identifier (RFC 9113 §6.5.2). */
  serverSettings(): Map<number, number> {
    const settings = new Map<number, number>();
    for (const f of this.frames) {
      if (f.type !== FrameType.SETTINGS || f.flags & ACK) continue;
      for (let i = 0; i + 6 <= f.payload.length; i += 6) settings.set(f.payload.readUInt16BE(i), f.payload.readUInt32BE(i + 2));
    }
    return settings;
  }

  destroy(): void {
    this.socket.destroy();
  }

  #receive(chunk: Buffer): void {
    this.#pending = Buffer.concat([this.#pending, chunk]);
    while (this.#pending.length >= 9) {
      const length = this.#pending.readUIntBE(0, 3);
      if (this.#pending.length < 9 + length) return;
      const f: Frame = {
        type: this.#pending[3],
        flags: this.#pending[4],
        streamId: this.#pending.readUInt32BE(5) & 0x7fffffff,
        payload: this.#pending.subarray(9, 9 + length),
      };
      this.#pending = this.#pending.subarray(9 + length);
      this.frames.push(f);
      if (f.type === FrameType.SETTINGS && !(f.flags & ACK)) this.socket.write(frame(FrameType.SETTINGS, ACK, 0));
    }
  }
}
