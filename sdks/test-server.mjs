#!/usr/bin/env node
// Starts a DBX server for an SDK's tests and prints its URL
// (`http://127.0.0.1:<port>`) as the first line on stdout once it listens.
//
// Every SDK's test harness runs this the same way (`node sdks/test-server.mjs`)
// and keeps its stdin open: when the harness ends, however it ends, stdin
// closes and the server stops, so a killed test run leaves no server behind.
//
// The server is the default one, `npm start` with nothing configured but an
// in-memory SQLite database (nothing on disk to clean up) and CORS open to any
// origin (the browser tests call it from a page on another port).
//
// With `--auth`, every call needs a credential (docs/security.md): JWTs signed
// with a secret this script makes, and API keys. A second stdout line then
// holds the credentials, as JSON:
//   {"jwt": {"admin": "<token>", "reader": "<token>", "expired": "<token>"},
//    "apiKey": {"admin": "dbx_...", "reader": "dbx_..."}}
// `admin` may do everything; `reader` may read and watch, and is refused
// PERMISSION_DENIED for anything else; `expired` is refused UNAUTHENTICATED.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { SignJWT } from "jose";

const auth = process.argv.includes("--auth");
const dbx = fileURLToPath(new URL("../bin/dbx.js", import.meta.url));
const args = [dbx, "serve", "--memory", "--port", "0", "--cors-origin", "*", "--log-level", process.env.DBX_TEST_LOG ?? "info"];

const secret = randomBytes(32).toString("base64url");
const dir = auth ? mkdtempSync(join(tmpdir(), "dbx-sdk-auth-")) : undefined;
if (dir) {
  const config = {
    auth: {
      required: true,
      jwt: { secret, issuer: "dbx-sdk-tests", audience: "dbx" },
      apiKeys: { storePath: join(dir, "keys.sqlite") },
      roles: { reader: { rules: [{ allow: ["read", "stream"] }] } },
    },
  };
  writeFileSync(join(dir, "dbx.json"), JSON.stringify(config));
  args.push("--config", join(dir, "dbx.json"));
}

const server = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });

let listening = false;
const startTimeout = setTimeout(() => fail("DBX did not start listening within 60 s"), 60_000);

function fail(message) {
  process.stderr.write(`sdks/test-server: ${message}\n`);
  server.kill("SIGKILL");
  cleanUp();
  process.exit(1);
}

function cleanUp() {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** A token for `role`, expiring in `seconds` (negative: already expired). */
function jwt(role, seconds) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(`sdk-test-${role}`)
    .setIssuer("dbx-sdk-tests")
    .setAudience("dbx")
    .setIssuedAt(now - Math.max(0, -seconds) - 60)
    .setExpirationTime(now + seconds)
    .sign(new TextEncoder().encode(secret));
}

/** Makes an API key for `role` through ApiKeyService, as the admin token. */
async function apiKey(url, adminToken, role) {
  const response = await fetch(`${url}/dbx.v1.ApiKeyService/CreateApiKey`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ name: `sdk tests ${role}`, role }),
  });
  if (!response.ok) throw new Error(`CreateApiKey answered ${response.status}: ${await response.text()}`);
  return (await response.json()).secret;
}

async function credentials(url) {
  const admin = await jwt("admin", 3600);
  return {
    jwt: { admin, reader: await jwt("reader", 3600), expired: await jwt("admin", -3600) },
    apiKey: { admin: await apiKey(url, admin, "admin"), reader: await apiKey(url, admin, "reader") },
  };
}

createInterface({ input: server.stdout }).on("line", (line) => {
  if (listening) {
    if (process.env.DBX_TEST_LOG) process.stderr.write(`${line}\n`);
    return;
  }
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return;
  }
  if (entry.msg === "dbx listening") {
    listening = true;
    clearTimeout(startTimeout);
    const url = `http://${entry.host}:${entry.port}`;
    if (!auth) {
      process.stdout.write(`${url}\n`);
      return;
    }
    credentials(url).then(
      (made) => process.stdout.write(`${url}\n${JSON.stringify(made)}\n`),
      (err) => fail(`could not make the test credentials: ${err.message}`),
    );
  }
});

server.on("exit", (code, signal) => {
  cleanUp();
  if (!listening) fail(`DBX exited before it listened (code ${code}, signal ${signal})`);
  process.exit(code ?? 0);
});

// The harness holds stdin open for as long as it needs the server.
process.stdin.on("end", () => server.kill("SIGTERM"));
process.stdin.on("error", () => server.kill("SIGTERM"));
process.stdin.resume();
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill("SIGTERM"));
