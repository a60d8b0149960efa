import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import type { LoadResult } from "./measurement.js";

const run = promisify(execFile);

/** The HTTP/1.1 request wrk sends, with `headers` added to every request (e.g. a credential). */
export type WrkRequest = (
  | { method: "GET"; path: string }
  | { method: "POST"; path: string; contentType: string; body: Uint8Array | string }
  /**
   * A POST whose body is `prefix + key + suffix`, a fresh key per request:
   * the decimal digits of `keyRun` followed by a 9-digit counter.
   */
  | { method: "POST"; path: string; contentType: string; prefix: string; suffix: string; keyRun: number }
) & { headers?: Readonly<Record<string, string>> };

export interface WrkRun {
  url: string;
  request: WrkRequest;
  connections: number;
  durationSeconds: number;
  /** Where the Lua script and body files go. */
  workDir: string;
}

/** Runs wrk -t1 (one client thread, as in the measurements) and parses its report. */
export async function runWrk(options: WrkRun): Promise<LoadResult> {
  const script = join(options.workDir, `wrk-${process.hrtime.bigint()}.lua`);
  writeFileSync(script, luaScript(options.request, options.workDir));
  const { stdout } = await run(
    "wrk",
    ["-t1", `-c${options.connections}`, `-d${options.durationSeconds}s`, "--latency", "-s", script, options.url + options.request.path],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return parseWrk(stdout);
}

function luaScript(request: WrkRequest, workDir: string): string {
  const headers = Object.entries(request.headers ?? {}).map(([name, value]) => `wrk.headers[${luaString(name)}] = ${luaString(value)}`);
  if (request.method === "GET") return ['wrk.method = "GET"', ...headers].join("\n") + "\n";
  const lines = ['wrk.method = "POST"', `wrk.headers["Content-Type"] = ${luaString(request.contentType)}`, ...headers];
  if ("body" in request) {
    const bodyFile = join(workDir, `body-${process.hrtime.bigint()}.bin`);
    writeFileSync(bodyFile, request.body);
    lines.push(`local f = io.open(${luaString(bodyFile)}, "rb")`, "wrk.body = f:read(\"*a\")", "f:close()");
  } else {
    lines.push(
      // The counter stays a small integer: string.format("%d") of large numbers differs between Lua builds.
      "local n = 0",
      "request = function()",
      "  n = n + 1",
      `  return wrk.format(nil, nil, nil, ${luaString(request.prefix)} .. string.format("%d%09d", ${request.keyRun}, n) .. ${luaString(request.suffix)})`,
      "end",
    );
  }
  return lines.join("\n") + "\n";
}

/** A Lua string literal (decimal escapes for anything but printable ASCII). */
function luaString(text: string): string {
  return '"' + [...Buffer.from(text)].map((b) => (b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : `\\${b}`)).join("") + '"';
}

export function parseWrk(report: string): LoadResult {
  const requests = Number(/(\d+) requests in ([\d.]+)(\w+)/.exec(report)?.[1]);
  const duration = /\d+ requests in ([\d.]+)(ms|s|m)/.exec(report);
  const seconds = duration ? Number(duration[1]) * ({ ms: 0.001, s: 1, m: 60 } as const)[duration[2] as "ms" | "s" | "m"] : NaN;
  const reqPerSec = Number(/Requests\/sec:\s+([\d.]+)/.exec(report)?.[1]);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(report)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(report);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  if (!Number.isFinite(requests) || !Number.isFinite(reqPerSec)) throw new Error(`cannot read wrk's report:\n${report}`);
  return {
    requests,
    seconds,
    reqPerSec,
    p50Us: latencyUs(report, "50%"),
    p99Us: latencyUs(report, "99%"),
    failures: non2xx + socketErrors,
  };
}

function latencyUs(report: string, label: string): number | undefined {
  const match = new RegExp(`^\\s+${label}\\s+([\\d.]+)(us|ms|s)$`, "m").exec(report);
  if (!match) return undefined;
  return Number(match[1]) * { us: 1, ms: 1_000, s: 1_000_000 }[match[2] as "us" | "ms" | "s"];
}
