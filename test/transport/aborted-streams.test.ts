import { Code, ConnectError, createContextValues, type StreamResponse, type UnaryRequest } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { StreamService } from "../../gen/ts/dbx/v1/stream_pb.js";
import { abortedStreamsEnd } from "../../src/transport/aborted-streams.js";
import { waitFor } from "../support/wait-for.js";

// What every server stream gets from the transport once its call aborts,
// whatever its implementation does: released at once, and ended with the
// abort's reason. A consumer that is stuck (an HTTP/1.1 write to a closed
// connection never calls back) never asks for the next message, so the
// implementation's `finally` must not wait for it.
describe("server streams after an abort", () => {
  const method = StreamService.method.subscribe;

  function start(implementation: AsyncIterable<number>, signal: AbortSignal) {
    const next = async () => ({ stream: true, message: implementation }) as unknown as StreamResponse<typeof method.input, typeof method.output>;
    const req = { stream: false, signal, method, service: StreamService, contextValues: createContextValues() } as unknown as UnaryRequest;
    return abortedStreamsEnd(next as never)(req) as Promise<StreamResponse<typeof method.input, typeof method.output>>;
  }

  it("returns the implementation on abort without waiting for the consumer", async () => {
    let released = false;
    async function* implementation() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        released = true;
      }
    }
    const abort = new AbortController();
    const res = await start(implementation(), abort.signal);
    const messages = res.message[Symbol.asyncIterator]();
    await messages.next();
    // The consumer never asks again, as a stuck write would leave it.
    abort.abort(new ConnectError("the client closed the request", Code.Canceled));
    await waitFor(() => released, { what: "the implementation's finally to run" });
  });

  it("ends a stream that stops quietly on abort with the abort's reason, not OK", async () => {
    const abort = new AbortController();
    async function* implementation() {
      yield 1;
      await new Promise((resolve) => abort.signal.addEventListener("abort", resolve));
    }
    const res = await start(implementation(), abort.signal);
    const messages = res.message[Symbol.asyncIterator]();
    await messages.next();
    const ended = messages.next();
    abort.abort(new ConnectError("the server is shutting down", Code.Unavailable));
    await expect(ended).rejects.toMatchObject({ code: Code.Unavailable });
  });

  it("passes a complete stream through unchanged", async () => {
    async function* implementation() {
      yield 1;
      yield 2;
    }
    const res = await start(implementation(), new AbortController().signal);
    const seen: unknown[] = [];
    for await (const m of res.message) seen.push(m);
    expect(seen).toEqual([1, 2]);
  });
});
