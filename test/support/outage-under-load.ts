import { Code, ConnectError } from "@connectrpc/connect";
import { expect } from "vitest";
import type { Protocol } from "./dbx-server.js";
import { waitFor } from "./wait-for.js";

/** One write as a writer saw it. */
export interface Attempt {
  readonly id: number;
  readonly startedAt: number;
  readonly endedAt: number;
  /** undefined: acknowledged. */
  readonly code: Code | undefined;
  readonly message: string;
}

/** What the outage does: kill the database (and anything to check while it is down), then start it again. */
export interface Outage {
  /** Runs under the steady load, just before the kill (opens what must live across it). */
  beforeKill?(): Promise<void>;
  /** Kills the database; resolves once it is down. */
  kill(): Promise<void>;
  /** Checks to run while it is down, after calls have started failing. */
  whileDown?(): Promise<void>;
  restart(): Promise<void>;
  /** What the database is called in waits' messages. */
  readonly name: string;
}

/**
 * Runs 8 writers (gRPC and Connect alternately; each write a new id) through
 * a database outage and checks what the issues ask of DBX: every failure is
 * UNAVAILABLE, within 1 s of the kill (or of its start when later), never
 * INTERNAL and never a hang; DBX serves again within 2 s of the restart
 * without a restart of its own, and every write after that succeeds.
 * Answers the acknowledged ids, for the caller to count in the database.
 */
export async function writesThroughOutage(write: (protocol: Protocol, id: number, writer: number) => Promise<unknown>, outage: Outage): Promise<number[]> {
  const attempts: Attempt[] = [];
  let running = true;
  const writer = async (w: number): Promise<void> => {
    const protocol: Protocol = w % 2 === 0 ? "grpc" : "connect";
    for (let seq = 0; running; seq++) {
      const id = w * 1_000_000 + seq;
      const startedAt = Date.now();
      try {
        await write(protocol, id, w);
        attempts.push({ id, startedAt, endedAt: Date.now(), code: undefined, message: "" });
      } catch (err) {
        const e = ConnectError.from(err);
        attempts.push({ id, startedAt, endedAt: Date.now(), code: e.code, message: e.message });
      }
    }
  };
  const acknowledged = () => attempts.filter((a) => a.code === undefined);
  const writers = Promise.all(Array.from({ length: 8 }, (_, w) => writer(w + 1)));

  await waitFor(() => acknowledged().length >= 200, { timeoutMs: 30_000, what: "a steady write load" });
  await outage.beforeKill?.();
  const killedAt = Date.now();
  await outage.kill();
  await waitFor(() => attempts.filter((a) => a.startedAt > killedAt && a.code !== undefined).length >= 20, { timeoutMs: 10_000, what: `calls failing while ${outage.name} is down` });
  await outage.whileDown?.();

  await outage.restart();
  const upAt = Date.now();
  await waitFor(() => attempts.some((a) => a.startedAt >= upAt && a.code === undefined), { timeoutMs: 10_000, what: "a write acknowledged after the restart" });
  const servedAgainAt = Math.min(...attempts.filter((a) => a.startedAt >= upAt && a.code === undefined).map((a) => a.endedAt));
  await waitFor(() => attempts.filter((a) => a.startedAt > servedAgainAt && a.code === undefined).length >= 200, { timeoutMs: 30_000, what: "the write load after the restart" });
  running = false;
  await writers;

  const failures = attempts.filter((a) => a.code !== undefined);
  expect(failures.length).toBeGreaterThan(0);
  // Never INTERNAL, never anything but UNAVAILABLE: the client is told to retry.
  expect(failures.filter((a) => a.code !== Code.Unavailable).map((a) => `${Code[a.code!]}: ${a.message}`)).toEqual([]);
  // Never hanging: each failed within 1 s of the kill, or of its start when it started later.
  const slow = failures.filter((a) => a.endedAt - Math.max(a.startedAt, killedAt) > 1_000);
  expect(slow.map((a) => ({ id: a.id, ms: a.endedAt - Math.max(a.startedAt, killedAt) }))).toEqual([]);
  expect(failures.every((a) => a.endedAt >= killedAt)).toBe(true);
  // Serving again within 2 s of the restart, without restarting DBX.
  expect(servedAgainAt - upAt).toBeLessThan(2_000);
  // No connection the kill broke was handed out again: every call after the first success succeeded.
  expect(attempts.filter((a) => a.startedAt > servedAgainAt && a.code !== undefined).map((a) => a.message)).toEqual([]);
  return acknowledged().map((a) => a.id);
}
