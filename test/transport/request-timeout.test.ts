import { create } from "@bufbuild/protobuf";
import { createClient } from "@connectrpc/connect";
import { connect as http2Connect, type ClientHttp2Session } from "node:http2";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as reflection from "../../gen/ts/grpc/reflection/v1/reflection_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { grpcPrefix, trickledH2Call } from "../support/trickled-request.js";

const UNARY = "/dbx.v1.DataService/Get";
const SERVER_STREAM = "/dbx.v1.QueryService/FindStream";
/** server.requestTimeoutMs for this file's server. */
const REQUEST_TIMEOUT_MS = 400;
/** How long past the timeout an answer may take on a loaded machine; a request left waiting took for ever. */
const ANSWER_WITHIN_MS = 5_000;
/** The part of the body that is sent: the rest never comes. */
const SENT = Buffer.alloc(1_000);
/** The message the gRPC envelope announces. */
const ANNOUNCED = 100_000;
const DEADLINE_EXCEEDED = String(4);

/**
 * A call without a deadline whose request message never arrives whole (a
 * client trickling its body, or stalling) is answered DEADLINE_EXCEEDED
 * after server.requestTimeoutMs, over HTTP/2 as over HTTP/1.1. Node bounds
 * only HTTP/1.1 requests (its requestTimeout): an HTTP/2 stream held its
 * call, its buffered bytes and a place among the session's streams for as
 * long as the client liked.
 */
describe("server.requestTimeoutMs over HTTP/2", () => {
  let server: TestServer;
  let session: ClientHttp2Session;

  beforeAll(async () => {
    server = await startTestServer({ server: { requestTimeoutMs: REQUEST_TIMEOUT_MS }, backends: { default: { url: "sqlite::memory:" } } });
    session = http2Connect(server.url);
  });
  afterAll(async () => {
    session?.destroy();
    await server?.close();
  });

  const h2Call = (path: string, headers: Record<string, string>, firstBytes: Buffer) =>
    trickledH2Call(session, path, headers, firstBytes, ANSWER_WITHIN_MS + 5_000);

  function expectTimedOut(answer: { elapsedMs: number }) {
    expect(answer.elapsedMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 50);
    expect(answer.elapsedMs).toBeLessThan(REQUEST_TIMEOUT_MS + ANSWER_WITHIN_MS);
  }

  it("gRPC unary (fast path)", async () => {
    const answer = await h2Call(UNARY, { "content-type": "application/grpc+proto", te: "trailers" }, Buffer.concat([grpcPrefix(ANNOUNCED), SENT]));
    expect(answer.code).toBe(DEADLINE_EXCEEDED);
    expectTimedOut(answer);
  });

  it("Connect unary (fast path)", async () => {
    const answer = await h2Call(UNARY, { "content-type": "application/proto", "connect-protocol-version": "1" }, SENT);
    expect(answer).toMatchObject({ status: 504, code: "deadline_exceeded" });
    expectTimedOut(answer);
  });

  it("gRPC unary, compressed (connect-node)", async () => {
    const answer = await h2Call(UNARY, { "content-type": "application/grpc+proto", te: "trailers", "grpc-encoding": "gzip" }, Buffer.concat([grpcPrefix(ANNOUNCED), SENT]));
    expect(answer.code).toBe(DEADLINE_EXCEEDED);
    expectTimedOut(answer);
  });

  it("gRPC server stream (connect-node)", async () => {
    const answer = await h2Call(SERVER_STREAM, { "content-type": "application/grpc+proto", te: "trailers" }, Buffer.concat([grpcPrefix(ANNOUNCED), SENT]));
    expect(answer.code).toBe(DEADLINE_EXCEEDED);
    expectTimedOut(answer);
  });

  it("a deadline shorter than the request timeout still answers first", async () => {
    const answer = await h2Call(UNARY, { "content-type": "application/grpc+proto", te: "trailers", "grpc-timeout": "100m", "grpc-encoding": "gzip" }, Buffer.concat([grpcPrefix(ANNOUNCED), SENT]));
    expect(answer.code).toBe(DEADLINE_EXCEEDED);
    expect(answer.elapsedMs).toBeLessThan(REQUEST_TIMEOUT_MS);
  });

  it("a client stream (bidi reflection) is not cut: its messages come as long as the call lasts", async () => {
    const client = createClient(reflection.ServerReflection, server.transport("grpc"));
    const ask = () => create(reflection.ServerReflectionRequestSchema, { messageRequest: { case: "listServices", value: "" } });
    async function* requests() {
      yield ask();
      await sleep(REQUEST_TIMEOUT_MS * 3);
      yield ask();
    }
    let answers = 0;
    for await (const res of client.serverReflectionInfo(requests())) {
      expect(res.messageResponse.case).toBe("listServicesResponse");
      answers++;
    }
    expect(answers).toBe(2);
  });
});
