import { fromBinary, fromJsonString } from "@bufbuild/protobuf";
import { buildCase, describeCase, type CaseOptions, type FuzzCase } from "./fuzz-cases.js";
import { allMethods, oneRequestMethods } from "./rpc-catalog.js";
import { WireClient, type WireAnswer, type WireProtocol, type WireRequest } from "./wire.js";

export interface FuzzRunOptions extends CaseOptions {
  readonly baseUrl: string;
  readonly seed: number;
  readonly protocols: readonly WireProtocol[];
  readonly requestsPerProtocol: number;
  /** Requests in flight at once, per protocol. */
  readonly concurrency: number;
  /** How long past its deadline an answer may take before it counts as a hang. */
  readonly hangAfterMs: number;
  /** Server log lines for a request id, shown with a failure. */
  readonly serverLog?: (requestId: string) => string[];
  readonly onProgress?: (done: number, total: number) => void;
  /** Stops taking new requests; the report covers those sent. */
  readonly stop?: AbortSignal;
}

export interface FuzzFailure {
  readonly fuzzCase: FuzzCase;
  readonly answer: WireAnswer;
  readonly why: string;
}

export interface FuzzReport {
  readonly seed: number;
  readonly requests: number;
  /** protocol → code → count */
  readonly codes: Map<WireProtocol, Map<string, number>>;
  readonly failures: FuzzFailure[];
  readonly elapsedMs: number;
}

/** Codes that must never come out of DBX, whatever a client sends. */
const FORBIDDEN = new Set(["Internal", "Unknown", "DataLoss"]);

/** Why an answer is a bug, or undefined when it is an acceptable answer to this request. */
export function judge(fuzzCase: FuzzCase, answer: WireAnswer): string | undefined {
  if (FORBIDDEN.has(answer.code) && !(answer.code === "Internal" && compressedWithoutEncoding(fuzzCase.request))) {
    return `answered ${answer.code}: ${answer.message.slice(0, 300)}`;
  }
  if (answer.code === "no-answer") {
    // Without a deadline the server can read (a damaged header), or with one longer than a Node timer holds
    // (DBX reads that as none), Watch and Subscribe rightly run until cut.
    const deadlineMs = requestedDeadlineMs(fuzzCase.request);
    const noDeadline = deadlineMs === undefined || deadlineMs > MAX_TIMER_MS;
    if (noDeadline && (fuzzCase.request.streaming || waitsUntilCancelled(fuzzCase))) return undefined;
    return `no answer: ${answer.message}`;
  }
  if (answer.code === "no-status") return `the answer has no status (${answer.message})`;
  if (answer.code === "reset-before-end") return `the answer was cut off: ${answer.message}`;
  if (answer.code.startsWith("bad-status")) return `the answer's status is not a known code: ${answer.code}`;
  if (answer.code.startsWith("http-5")) return `HTTP ${answer.httpStatus} without a protocol status`;
  const deadlineMs = requestedDeadlineMs(fuzzCase.request);
  if (answer.code === "DeadlineExceeded" && deadlineMs !== undefined && deadlineMs > MAX_TIMER_MS) {
    // Node turns a timer past 2^31-1 ms into a 1 ms one: a deadline of years must not end the call at once.
    return `a deadline of ${Math.round(deadlineMs / 86_400_000)} days answered DEADLINE_EXCEEDED`;
  }
  if (answer.code === "Ok" || answer.payloads.length > 0) {
    const json = fuzzCase.request.headers["content-type"]?.includes("json") ?? false;
    for (const payload of answer.payloads) {
      try {
        if (json) fromJsonString(fuzzCase.method.output, new TextDecoder().decode(payload));
        else fromBinary(fuzzCase.method.output, payload);
      } catch (err) {
        return `a response message does not decode as ${fuzzCase.method.output.typeName}: ${(err as Error).message}`;
      }
    }
  }
  return undefined;
}

/**
 * Whether the request's first envelope says "compressed" while no encoding
 * was named: the one malformed request that gRPC's and Connect's
 * specifications answer with INTERNAL (the official Connect conformance
 * suite checks it, as `unexpected-compressed-message`).
 */
function compressedWithoutEncoding(request: WireRequest): boolean {
  if (!request.streaming && !request.headers["content-type"]?.startsWith("application/grpc")) return false;
  const encoding = request.headers["grpc-encoding"] ?? request.headers["connect-content-encoding"];
  return (encoding === undefined || encoding === "identity") && request.body.length > 0 && (request.body[0]! & 0x01) === 1;
}

/** Blocking Redis commands: without a timeout (unset or 0) and without a deadline they wait until cancelled (docs/backends/redis.md). */
const BLOCKING = new Set(["BLPop", "BRPop", "BLMove"].map((name) => `dbx.redis.v1.RedisService.${name}`));

/** Whether the case is a blocking command asked, in its undamaged message, to wait without a bound. */
function waitsUntilCancelled(fuzzCase: FuzzCase): boolean {
  if (fuzzCase.mutation !== "message" && fuzzCase.mutation !== "bad-timeout") return false;
  if (!BLOCKING.has(`${fuzzCase.method.parent.typeName}.${fuzzCase.method.name}`) || fuzzCase.messageJson === undefined) return false;
  const { timeout } = JSON.parse(fuzzCase.messageJson) as { timeout?: string };
  return timeout === undefined || Number.parseFloat(timeout) === 0;
}

/** The longest delay a Node timer takes as it is. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The deadline a request asks for, in ms, when its header is well-formed:
 * the header of the protocol its content type names (a damaged request may
 * name gRPC and carry connect-timeout-ms, which gRPC does not read). A GET
 * is Connect's, whatever its content type.
 */
function requestedDeadlineMs(request: WireRequest): number | undefined {
  const { headers } = request;
  const grpcTyped = request.method !== "GET" && (headers["content-type"]?.startsWith("application/grpc") ?? false);
  if (!grpcTyped) {
    const connect = headers["connect-timeout-ms"];
    return connect !== undefined && /^[0-9]{1,10}$/.test(connect) ? Number(connect) : undefined;
  }
  const grpc = headers["grpc-timeout"];
  if (grpc === undefined || !/^[0-9]{1,8}[HMSmun]$/.test(grpc)) return undefined;
  const unitMs: Record<string, number> = { H: 3_600_000, M: 60_000, S: 1_000, m: 1, u: 0.001, n: 0.000001 };
  return Number(grpc.slice(0, -1)) * unitMs[grpc.slice(-1)]!;
}

/** Sends the run's requests, protocols side by side, and tallies what came back. */
export async function runFuzz(options: FuzzRunOptions): Promise<FuzzReport> {
  // HTTP/1.1 cannot carry client streams; gRPC over HTTP/2 sends them as a body of several messages.
  const methods = { h1: await oneRequestMethods(), h2: await allMethods() };
  const started = Date.now();
  const client = new WireClient(options.baseUrl, Math.max(options.unaryDeadlineMs, options.streamDeadlineMs) + options.hangAfterMs, options.concurrency * options.protocols.length);
  const codes = new Map<WireProtocol, Map<string, number>>(options.protocols.map((p) => [p, new Map()]));
  const failures: FuzzFailure[] = [];
  const total = options.requestsPerProtocol * options.protocols.length;
  let done = 0;
  try {
    await Promise.all(
      options.protocols.map(async (protocol, p) => {
        let next = 0;
        const worker = async () => {
          for (let i = next++; i < options.requestsPerProtocol && !options.stop?.aborted; i = next++) {
            const index = i * options.protocols.length + p;
            const fuzzCase = buildCase(options.seed, index, protocol, protocol === "grpc" ? methods.h2 : methods.h1, options);
            const answer = await client.send(fuzzCase.request);
            const perCode = codes.get(protocol)!;
            perCode.set(answer.code, (perCode.get(answer.code) ?? 0) + 1);
            const why = judge(fuzzCase, answer);
            if (why) failures.push({ fuzzCase, answer, why });
            done++;
            options.onProgress?.(done, total);
          }
        };
        await Promise.all(Array.from({ length: options.concurrency }, worker));
      }),
    );
  } finally {
    client.close();
  }
  return { seed: options.seed, requests: done, codes, failures, elapsedMs: Date.now() - started };
}

/** A report of the failures, for a test message or a terminal: seed first, so the run can be repeated. */
export function formatFailures(report: FuzzReport, serverLog?: (requestId: string) => string[], max = 15): string {
  if (report.failures.length === 0) return "";
  const lines = [`${report.failures.length} bad answers in ${report.requests} requests. Repeat with DBX_FUZZ_SEED=${report.seed}`];
  const byKind = new Map<string, number>();
  for (const f of report.failures) {
    const kind = `${f.fuzzCase.method.parent.typeName}/${f.fuzzCase.method.name} ${f.answer.code}`;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  lines.push("by method and code: " + [...byKind].map(([k, n]) => `${k} ×${n}`).join(", "));
  // One example per code, damage and protocol: the same bug repeated tells nothing new.
  const seen = new Set<string>();
  const examples = report.failures.filter((f) => {
    const kind = `${f.answer.code} ${f.fuzzCase.mutation} ${f.fuzzCase.protocol}`;
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
  for (const f of examples.slice(0, max)) {
    lines.push("", `- ${f.why}`, describeCase(f.fuzzCase));
    const log = serverLog?.(`fuzz-${f.fuzzCase.seed}-${f.fuzzCase.index}`) ?? [];
    for (const line of log.slice(0, 3)) lines.push(`  server log: ${line.length > 1_500 ? line.slice(0, 1_500) + "…" : line}`);
  }
  return lines.join("\n");
}

/** Counts by code, one line per protocol. */
export function formatCodes(report: FuzzReport): string {
  return [...report.codes]
    .map(([protocol, counts]) => {
      const sorted = [...counts].sort((a, b) => b[1] - a[1]);
      return `${protocol.padEnd(15)} ${sorted.map(([code, n]) => `${code}=${n}`).join(" ")}`;
    })
    .join("\n");
}
