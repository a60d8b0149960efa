import { describe, expect, it } from "vitest";
import { RedisService } from "../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import type { FuzzCase } from "./fuzz-cases.js";
import { judge } from "./fuzz-run.js";
import type { WireAnswer, WireRequest } from "./wire.js";

const noAnswer: WireAnswer = { httpStatus: 0, code: "no-answer", message: "no answer within 23000 ms", payloads: [] };

function streamCase(method: WireRequest["method"], headers: Record<string, string>): FuzzCase {
  const request: WireRequest = { protocol: "connect-h2", http: "h2", method, path: "/grpc.health.v1.Health/Watch", headers, body: new Uint8Array(5), streaming: true };
  return { request } as FuzzCase;
}

/**
 * A server stream that never ends by itself (Watch, Subscribe) rightly gets
 * no answer when it asks for no deadline. What the server reads as its
 * deadline is the header of the protocol its content type names: a damaged
 * request naming gRPC with connect-timeout-ms has none (seed 64304719 case
 * 1864 was judged a hang).
 */
describe("judging a server stream that got no answer", () => {
  it("accepts it when its content type names gRPC and it carries only connect-timeout-ms", () => {
    expect(judge(streamCase("POST", { "content-type": "application/grpc", "connect-timeout-ms": "250" }), noAnswer)).toBeUndefined();
  });

  it("accepts it when its content type names Connect and it carries only grpc-timeout", () => {
    expect(judge(streamCase("POST", { "content-type": "application/connect+proto", "grpc-timeout": "250m" }), noAnswer)).toBeUndefined();
  });

  it("fails it when it asked for a deadline in its protocol's header", () => {
    expect(judge(streamCase("POST", { "content-type": "application/grpc", "grpc-timeout": "250m" }), noAnswer)).toMatch(/^no answer/);
    expect(judge(streamCase("POST", { "content-type": "application/connect+proto", "connect-timeout-ms": "250" }), noAnswer)).toMatch(/^no answer/);
  });

  it("reads connect-timeout-ms for a GET, whatever its content type", () => {
    expect(judge(streamCase("GET", { "content-type": "application/grpc", "connect-timeout-ms": "250" }), noAnswer)).toMatch(/^no answer/);
  });
});

function blockingCase(timeout: string | undefined, headers: Record<string, string>): FuzzCase {
  const request: WireRequest = { protocol: "connect-h2", http: "h2", method: "POST", path: "/dbx.redis.v1.RedisService/BRPop", headers, body: new Uint8Array(0), streaming: false };
  const method = RedisService.method.bRPop;
  const messageJson = JSON.stringify({ target: { backend: "redis" }, keys: [""], ...(timeout === undefined ? {} : { timeout }) });
  return { seed: 0, index: 0, protocol: "connect-h2", request, method, mutation: "bad-timeout", messageJson };
}

/**
 * A blocking Redis command asked to wait without a bound (timeout unset or
 * 0) and given no deadline waits until its client cancels it, as
 * docs/backends/redis.md says: no answer is right (seed 1025045699 case
 * 4399, a BRPop whose malformed connect-timeout-ms " 5" left it no deadline,
 * was judged a hang).
 */
describe("judging a blocking Redis command that got no answer", () => {
  it("accepts it when it asked to wait until cancelled and its deadline header is malformed", () => {
    expect(judge(blockingCase("0s", { "content-type": "application/proto", "connect-timeout-ms": " 5" }), noAnswer)).toBeUndefined();
    expect(judge(blockingCase(undefined, { "content-type": "application/proto" }), noAnswer)).toBeUndefined();
  });

  // Seed 60410243 case 252 (CI): a BLPop without a timeout and with connect-timeout-ms 9999999999 (115 days),
  // which DBX reads as no deadline, as it does for streams, was judged a hang.
  it("accepts it when it asked to wait until cancelled and its deadline is longer than a Node timer holds", () => {
    expect(judge(blockingCase(undefined, { "content-type": "application/json", "connect-timeout-ms": "9999999999" }), noAnswer)).toBeUndefined();
    expect(judge(blockingCase("0s", { "content-type": "application/grpc", "grpc-timeout": "99999999H" }), noAnswer)).toBeUndefined();
  });

  it("fails it when it asked for a timeout or a deadline", () => {
    expect(judge(blockingCase("1s", { "content-type": "application/proto" }), noAnswer)).toMatch(/^no answer/);
    expect(judge(blockingCase("0s", { "content-type": "application/proto", "connect-timeout-ms": "250" }), noAnswer)).toMatch(/^no answer/);
  });
});
