import { connect as netConnect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/dbx-server.js";

const LIMIT = 1024;
const BODY_BYTES = 8 * 1024 * 1024;
const PATH = "/dbx.v1.AdminService/GetServerInfo";

interface Exchange {
  answer: string;
  bodyWritten: number;
  /** The client socket's error, e.g. EPIPE or ECONNRESET when the server reset the connection. */
  error?: string;
}

/**
 * Sends an HTTP/1.1 request whose body is far larger than anything the
 * server reads, writing it as fast as the connection takes it, and reads
 * whatever comes back until the server ends the connection.
 */
function sendWholeBody(port: number, head: string, chunked: boolean): Promise<Exchange> {
  return new Promise((resolve) => {
    const socket = netConnect(port, "127.0.0.1");
    let answer = "";
    let bodyWritten = 0;
    let error: string | undefined;
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString("latin1")));
    socket.on("error", (err: NodeJS.ErrnoException) => (error = err.code ?? err.message));
    socket.on("close", () => resolve({ answer, bodyWritten, error }));
    socket.once("connect", async () => {
      socket.write(head);
      const piece = Buffer.alloc(64 * 1024, 0x20);
      const framed = chunked ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n")]) : piece;
      while (bodyWritten < BODY_BYTES && !socket.destroyed) {
        bodyWritten += piece.length;
        if (!socket.write(framed)) await new Promise((r) => socket.once("drain", r).once("close", r));
      }
      if (chunked && !socket.destroyed) socket.write("0\r\n\r\n");
    });
  });
}

/**
 * An HTTP/1.1 request can be answered before its body has arrived: refused
 * on its headers or on its size. A client that is still sending must then
 * still read that answer: the server ends the connection without a TCP
 * reset (which would make the client's write fail and can discard the
 * answer before the client reads it), the way the Connect conformance
 * suite's Go clients expect.
 */
describe("an HTTP/1.1 answer sent before the request body has arrived", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ server: { maxRequestBytes: LIMIT }, backends: { default: { url: "sqlite::memory:" } } });
  });
  afterAll(() => server?.close());

  it.each([
    ["an unexpected verb", "PUT", "application/json", false, /^HTTP\/1\.1 405 /],
    ["an unexpected content type", "POST", "text/plain", false, /^HTTP\/1\.1 415 /],
    ["a Connect request over the size limit", "POST", "application/json", false, /^HTTP\/1\.1 429 [^]*resource_exhausted/],
    ["a chunked Connect request over the size limit", "POST", "application/json", true, /^HTTP\/1\.1 429 [^]*resource_exhausted/],
    ["a gRPC-Web request over the size limit", "POST", "application/grpc-web+proto", false, /^HTTP\/1\.1 200 [^]*grpc-status: ?8/],
  ])("reaches a client still sending the body: %s", async (_, method, contentType, chunked, expected) => {
    const length = chunked ? "Transfer-Encoding: chunked" : `Content-Length: ${BODY_BYTES}`;
    const head = `${method} ${PATH} HTTP/1.1\r\nHost: localhost\r\nContent-Type: ${contentType}\r\n${length}\r\n\r\n`;
    for (let attempt = 0; attempt < 3; attempt++) {
      const exchange = await sendWholeBody(server.server.port, head, chunked);
      expect(exchange.error).toBeUndefined();
      expect(exchange.answer).toMatch(expected);
      expect(exchange.answer).toMatch(/\r\nConnection: close\r\n/i);
    }
  });
});
