import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { Redis } from "ioredis";
import { SignJWT } from "jose";
import { REPO_ROOT, type BenchEnvironment } from "../environment.js";
import { measureSideBySide, type LoadTarget, type Row } from "../harness.js";
import type { BenchOptions } from "../options.js";
import type { ServerProcess } from "../processes.js";
import { REDIS_GET, REDIS_KEY, REDIS_VALUE } from "../requests.js";
import { checkConnectJson, connectJson, urlOf, wrkTarget } from "../targets.js";

const run = promisify(execFile);

/**
 * Issue 12: Redis GET over Connect JSON with a verified JWT and with an API
 * key, beside the same call on a DBX without authentication; each DBX its own
 * process on the same redis-server, measured side by side (rounds interleaved).
 */
export const AUTH_BENCHMARK = "Redis GET, authentication";
export const DBX_NO_AUTH = "DBX, no auth";
export const DBX_JWT = "DBX + JWT (HS256 bearer)";
export const DBX_API_KEY = "DBX + API key (x-api-key)";
/** The issue's budget: server CPU a credential may add to a call. */
export const AUTH_CPU_BUDGET_US = 10;

const PROTOCOL = "Connect JSON HTTP/1.1 · wrk";
const JWT_SECRET = "dbx-bench-hs256-secret-of-at-least-32-bytes";
const ISSUER = "https://issuer.bench";
const AUDIENCE = "dbx-bench";

interface Started {
  process?: ServerProcess;
  /** Why it did not start. */
  error?: string;
}

export interface RedisAuthServers {
  /** The existing DBX row's setup: `--backend main=redis://...`, nothing else. */
  noAuth: Started;
  /** The same, plus `--config` with auth.required, auth.jwt (HS256) and auth.apiKeys; called with a bearer JWT. */
  jwt: Started;
  /** The same configuration in a process of its own; called with an admin API key. */
  apiKey: Started;
  /** HS256, role admin, valid for 30 days. */
  token: string;
  /** An admin key from `dbx keys create`. */
  apiKeySecret: string;
}

/** Starts the three DBX processes (and a redis-server unless `redisPort` names one), makes the JWT and the API key. */
export async function startRedisAuthServers(env: BenchEnvironment, redisPort?: number): Promise<RedisAuthServers> {
  const port = redisPort ?? (await env.redisServer()).port;
  const seed = new Redis({ port, host: "127.0.0.1" });
  await seed.set(REDIS_KEY, REDIS_VALUE);
  seed.disconnect();

  const storePath = join(env.dir, "bench-keys.sqlite");
  // The key store as an operator fills it: the CLI, compiled as the servers run.
  const { stdout } = await run(process.execPath, ["dist/src/cli.js", "keys", "create", "--role", "admin", "--name", "bench", "--store", storePath], {
    cwd: REPO_ROOT,
  });
  const apiKeySecret = /^secret: (\S+)$/m.exec(stdout)?.[1];
  if (!apiKeySecret) throw new Error(`dbx keys create printed no secret: ${stdout.slice(0, 200)}`);
  const token = await new SignJWT({ role: "admin" })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("bench")
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("30d")
    .sign(new TextEncoder().encode(JWT_SECRET));

  const config = join(env.dir, "dbx-auth.json");
  writeFileSync(
    config,
    JSON.stringify({
      auth: {
        required: true,
        jwt: { secret: JWT_SECRET, issuer: ISSUER, audience: AUDIENCE, algorithms: ["HS256"] },
        apiKeys: { storePath },
      },
    }),
  );
  const backend = `redis://127.0.0.1:${port}`;
  const start = async (name: string, configFile?: string): Promise<Started> => {
    try {
      return { process: await env.dbx(name, backend, configFile) };
    } catch (err) {
      return { error: (err as Error).message };
    }
  };
  return {
    noAuth: await start("dbx-redis-no-auth"),
    jwt: await start("dbx-redis-jwt", config),
    apiKey: await start("dbx-redis-api-key", config),
    token,
    apiKeySecret,
  };
}

/** The three rows side by side; each authenticated row notes its added CPU per call, every row its rounds' CPU. */
export async function redisAuthThroughput(env: BenchEnvironment, servers: RedisAuthServers, options: BenchOptions): Promise<Row[]> {
  const c = options.connections;
  const targets = [
    target(env, servers.noAuth, DBX_NO_AUTH, {}, c, false),
    target(env, servers.jwt, DBX_JWT, { authorization: `Bearer ${servers.token}` }, c, true),
    target(env, servers.apiKey, DBX_API_KEY, { "x-api-key": servers.apiKeySecret }, c, true),
  ];
  const rows = await measureSideBySide(AUTH_BENCHMARK, targets, options);
  const baseRow = rows.find((r) => r.server === DBX_NO_AUTH);
  const base = baseRow?.cpuUsPerRequest;
  const signed = (us: number) => `${us >= 0 ? "+" : "−"}${Math.abs(us).toFixed(1)}`;
  return rows.map((row) => {
    const notes: string[] = [];
    if (row.server !== DBX_NO_AUTH && row.cpuUsPerRequest !== undefined && base !== undefined) {
      notes.push(`${signed(row.cpuUsPerRequest - base)} µs CPU/req over ${DBX_NO_AUTH} (medians)`);
      // Rounds are interleaved: round i of this row ran right after round i of the row without auth.
      const paired = baseRow?.cpuUsPerRequestRounds;
      if (paired && row.cpuUsPerRequestRounds?.length === paired.length && paired.length > 1) {
        notes.push(`by round: ${row.cpuUsPerRequestRounds.map((us, i) => signed(us - paired[i]!)).join(", ")} µs`);
      }
    }
    if (row.cpuUsPerRequestRounds?.length) notes.push(`CPU/req by round: ${row.cpuUsPerRequestRounds.map((us) => us.toFixed(1)).join(", ")} µs`);
    if (row.note) notes.push(row.note);
    return { ...row, versus: row.server === DBX_NO_AUTH ? undefined : DBX_NO_AUTH, note: notes.join("; ") || undefined };
  });
}

function target(
  env: BenchEnvironment,
  started: Started,
  server: string,
  headers: Record<string, string>,
  connections: number,
  authRequired: boolean,
): LoadTarget {
  const dbx = started.process;
  if (!dbx) {
    const unavailable = async () => {
      throw new Error(`DBX did not start: ${started.error}`);
    };
    return { server, protocol: PROTOCOL, connections, check: unavailable, run: unavailable };
  }
  const url = urlOf(dbx);
  return wrkTarget(dbx, { server, protocol: PROTOCOL }, { ...connectJson(REDIS_GET), headers }, connections, env.dir, async () => {
    // What is measured is what it claims: this server refuses the call without the credential.
    if (authRequired) await checkRefused(url);
    await checkConnectJson(url, REDIS_GET, REDIS_GET.json, headers);
  });
}

async function checkRefused(url: string): Promise<void> {
  const res = await fetch(url + REDIS_GET.path, { method: "POST", headers: { "content-type": "application/json" }, body: REDIS_GET.json });
  const text = await res.text();
  if (res.status !== 401) throw new Error(`${REDIS_GET.path} without a credential answered HTTP ${res.status}, not 401: ${text.slice(0, 120)}`);
}
