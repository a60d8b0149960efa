import { fromBinary, fromJson, type JsonValue } from "@bufbuild/protobuf";
import { createClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import type { LoadTarget } from "./harness.js";
import { runH2load } from "./load/h2load.js";
import { runInProcess } from "./load/in-process.js";
import { runWrk, type WrkRequest } from "./load/wrk.js";
import type { ServerProcess } from "./processes.js";
import type { UnaryCall } from "./requests.js";

export function urlOf(server: ServerProcess): string {
  return `http://127.0.0.1:${server.port}`;
}

/** wrk (HTTP/1.1) against a server process. */
export function wrkTarget(
  server: ServerProcess,
  labels: { server: string; protocol: string },
  /** The request, or a new one for every run (e.g. inserts with keys no earlier run used). */
  request: WrkRequest | (() => WrkRequest),
  connections: number,
  workDir: string,
  check: () => Promise<void>,
): LoadTarget {
  const next = typeof request === "function" ? request : () => request;
  return {
    ...labels,
    connections,
    pid: server.pid,
    check,
    run: (durationSeconds) => runWrk({ url: urlOf(server), request: next(), connections, durationSeconds, workDir }),
  };
}

/** h2load (gRPC over h2c) against a server process. */
export function grpcTarget(server: ServerProcess, label: string, call: UnaryCall, connections: number, workDir: string): LoadTarget {
  return {
    server: label,
    protocol: "gRPC h2c · h2load",
    connections,
    pid: server.pid,
    check: () => checkGrpc(urlOf(server), call),
    run: (durationSeconds) =>
      runH2load({ url: urlOf(server), path: call.path, grpcFrame: call.grpcFrame, connections, durationSeconds, workDir }),
  };
}

/** A driver (or a client) called directly from this process, `concurrency` calls in flight. */
export function inProcessTarget(label: string, operation: () => unknown, concurrency: number, protocol = "in-process"): LoadTarget {
  return {
    server: label,
    protocol,
    connections: concurrency,
    check: async () => {
      await operation();
    },
    run: (durationSeconds) => runInProcess(operation, { concurrency, durationSeconds }),
  };
}

/** The Connect JSON request of `call` as wrk sends it. */
export function connectJson(call: UnaryCall): WrkRequest {
  return { method: "POST", path: call.path, contentType: "application/json", body: call.json };
}

export function connectBinary(call: UnaryCall): WrkRequest {
  return { method: "POST", path: call.path, contentType: "application/proto", body: call.binary };
}

/** One Connect JSON call (with `headers`, e.g. a credential); fails unless it answers 200 with a valid response message. */
export async function checkConnectJson(url: string, call: UnaryCall, body = call.json, headers: Readonly<Record<string, string>> = {}): Promise<void> {
  const res = await fetch(url + call.path, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${call.path} answered HTTP ${res.status}: ${text.slice(0, 120)}`);
  fromJson(call.method.output, JSON.parse(text) as JsonValue);
}

export async function checkConnectBinary(url: string, call: UnaryCall): Promise<void> {
  const res = await fetch(url + call.path, { method: "POST", headers: { "content-type": "application/proto" }, body: Buffer.from(call.binary) });
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`${call.path} answered HTTP ${res.status}: ${Buffer.from(bytes).toString().slice(0, 120)}`);
  fromBinary(call.method.output, bytes);
}

/** One gRPC call with connect-node's gRPC client: checks grpc-status, which h2load cannot see. */
export async function checkGrpc(url: string, call: UnaryCall): Promise<void> {
  const client = createClient(call.method.parent, createGrpcTransport({ baseUrl: url })) as unknown as Record<
    string,
    (input: unknown, options: { timeoutMs: number }) => Promise<unknown>
  >;
  await client[call.method.localName](fromBinary(call.method.input, call.binary), { timeoutMs: 5_000 });
}

export async function checkHttpGet(url: string, expect: string): Promise<void> {
  const res = await fetch(url);
  const text = await res.text();
  if (res.status !== 200 || !text.includes(expect)) throw new Error(`GET ${url} answered HTTP ${res.status}: ${text.slice(0, 120)}`);
}
