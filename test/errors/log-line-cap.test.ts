import { Code, ConnectError } from "@connectrpc/connect";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { MAX_MESSAGE_CHARS } from "../../src/errors/quoted-input.js";
import { NO_IDENTITY, type Call } from "../../src/pipeline/call.js";
import { callLoggerMiddleware } from "../../src/pipeline/call-logger.js";

const BIG = 300 * 1024;

function call(): Call {
  return {
    service: "dbx.v1.DataService",
    method: "Get",
    streaming: false,
    protocol: "grpc",
    path: "fast",
    requestHeader: () => null,
    setResponseHeader: () => {},
    startTime: performance.now(),
    requestId: "r1",
    backend: "",
  remoteAddress: "127.0.0.1",
  identity: NO_IDENTITY,
  };
}

describe("call log lines quote inputs cut", () => {
  const lines: string[] = [];
  const logger = callLoggerMiddleware(pino({ level: "info" }, { write: (line: string) => void lines.push(line) }));

  it("cuts an error message that quotes a whole input", () => {
    logger.onEnd!(call(), new ConnectError(`no table named "${"t".repeat(BIG)}"`, Code.NotFound));
    const line = JSON.parse(lines.pop()!) as { error: string };
    expect(line.error.length).toBeLessThan(MAX_MESSAGE_CHARS + 40);
    expect(line.error).toMatch(/… \(307217 characters\)$/);
  });

  it("cuts the stack of a cause whose message quotes a whole input", () => {
    const cause = new Error(`bad statement ${"s".repeat(BIG)}`);
    logger.onEnd!(call(), new ConnectError("internal error", Code.Internal, undefined, undefined, cause));
    const line = JSON.parse(lines.pop()!) as { level: number; cause: string };
    expect(line.level).toBe(50);
    expect(line.cause.length).toBeLessThan(4096 + 40);
    expect(line.cause).toMatch(/^Error: bad statement sss/);
  });
});
