import { connect as http2Connect, type ClientHttp2Session } from "node:http2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { grpcPrefix, trickledH1Call, trickledH2Call } from "../support/trickled-request.js";

const UNARY = "/dbx.v1.DataService/Get";
const SERVER_STREAM = "/dbx.v1.QueryService/FindStream";
/** The deadline each request asks for. */
const DEADLINE_MS = 300;
/** How long past its deadline an answer may take on a loaded machine; a request left waiting took forever. */
const ANSWER_WITHIN_MS = 5_000;
/** The part of the body that is sent: the rest never comes. */
const SENT = Buffer.alloc(16_384);
/** The body the request announces (a gRPC envelope of this length, or a Content-Length). */
const ANNOUNCED = 1_000_000;

/**
 * A request whose deadline passes while its body is still arriving (a large
 * upload on a slow or busy connection) is answered DEADLINE_EXCEEDED at its
 * deadline, on both paths. The server waited for the rest of the body
 * whatever the deadline (the fast path's read, and connect-node's: it reads
 * a unary body, and a server stream's one message, before the call starts),
 * so such a call got no answer at all while the client trickled (the fuzz
 * hangs of 1 MB requests with a 3 s deadline).
 */
describe("a deadline that passes while the request body is still arriving", () => {
  let server: TestServer;
  let session: ClientHttp2Session;

  beforeAll(async () => {
    server = await startTestServer({ backends: { default: { url: "sqlite::memory:" } } });
    session = http2Connect(server.url);
  });
  afterAll(async () => {
    session?.destroy();
    await server?.close();
  });

  const h2Call = (path: string, headers: Record<string, string>, firstBytes: Buffer) =>
    trickledH2Call(session, path, headers, firstBytes, ANSWER_WITHIN_MS + 5_000);
  const h1Call = (path: string, headers: Record<string, string>, firstBytes: Buffer) =>
    trickledH1Call(server.url, path, headers, firstBytes, ANNOUNCED, ANSWER_WITHIN_MS + 5_000);

  it("gRPC unary over HTTP/2 (fast path)", async () => {
    const answer = await h2Call(
      UNARY,
      { "content-type": "application/grpc+proto", te: "trailers", "grpc-timeout": `${DEADLINE_MS}m` },
      Buffer.concat([grpcPrefix(ANNOUNCED), SENT]),
    );
    expect(answer.code).toBe(String(4));
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("Connect unary over HTTP/2 (fast path)", async () => {
    const answer = await h2Call(
      UNARY,
      { "content-type": "application/proto", "connect-protocol-version": "1", "connect-timeout-ms": String(DEADLINE_MS) },
      SENT,
    );
    expect(answer).toMatchObject({ status: 504, code: "deadline_exceeded" });
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("gRPC unary over HTTP/2, compressed (connect-node)", async () => {
    const answer = await h2Call(
      UNARY,
      { "content-type": "application/grpc+proto", te: "trailers", "grpc-encoding": "gzip", "grpc-timeout": `${DEADLINE_MS}m` },
      Buffer.concat([grpcPrefix(ANNOUNCED), SENT]),
    );
    expect(answer.code).toBe(String(4));
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("Connect unary over HTTP/2, compressed (connect-node)", async () => {
    const answer = await h2Call(
      UNARY,
      { "content-type": "application/proto", "content-encoding": "gzip", "connect-protocol-version": "1", "connect-timeout-ms": String(DEADLINE_MS) },
      SENT,
    );
    expect(answer).toMatchObject({ status: 504, code: "deadline_exceeded" });
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("gRPC server stream over HTTP/2 (connect-node)", async () => {
    const answer = await h2Call(
      SERVER_STREAM,
      { "content-type": "application/grpc+proto", te: "trailers", "grpc-timeout": `${DEADLINE_MS}m` },
      Buffer.concat([grpcPrefix(ANNOUNCED), SENT]),
    );
    expect(answer.code).toBe(String(4));
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("Connect server stream over HTTP/2 (connect-node)", async () => {
    const answer = await h2Call(
      SERVER_STREAM,
      { "content-type": "application/connect+proto", "connect-protocol-version": "1", "connect-timeout-ms": String(DEADLINE_MS) },
      Buffer.concat([grpcPrefix(ANNOUNCED), SENT]),
    );
    expect(answer).toMatchObject({ status: 200, code: "deadline_exceeded" });
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("gRPC-Web server stream over HTTP/1.1 (connect-node)", async () => {
    const answer = await h1Call(SERVER_STREAM, { "content-type": "application/grpc-web+proto", "grpc-timeout": `${DEADLINE_MS}m` }, Buffer.concat([grpcPrefix(ANNOUNCED), SENT]));
    expect(answer.code).toBe(String(4));
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("gRPC-Web unary over HTTP/1.1 (connect-node)", async () => {
    const answer = await h1Call(UNARY, { "content-type": "application/grpc-web+proto", "grpc-timeout": `${DEADLINE_MS}m` }, Buffer.concat([grpcPrefix(ANNOUNCED), SENT]));
    expect(answer.code).toBe(String(4));
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("Connect unary over HTTP/1.1 (fast path)", async () => {
    const answer = await h1Call(UNARY, { "content-type": "application/proto", "connect-protocol-version": "1", "connect-timeout-ms": String(DEADLINE_MS) }, SENT);
    expect(answer).toMatchObject({ status: 504, code: "deadline_exceeded" });
    expect(answer.elapsedMs).toBeLessThan(ANSWER_WITHIN_MS);
  });
});
