#!/usr/bin/env node
// Starts a DBX server for an SDK's tests and prints one line, its URL
// (`http://127.0.0.1:<port>`), on stdout once it listens.
//
// Every SDK's test harness runs this the same way (`node sdks/test-server.mjs`)
// and keeps its stdin open: when the harness ends, however it ends, stdin
// closes and the server stops, so a killed test run leaves no server behind.
//
// The server is the default one, `npm start` with nothing configured but an
// in-memory SQLite database (nothing on disk to clean up) and CORS open to any
// origin (the browser tests call it from a page on another port).
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const dbx = fileURLToPath(new URL("../bin/dbx.js", import.meta.url));
const server = spawn(
  process.execPath,
  [dbx, "serve", "--memory", "--port", "0", "--cors-origin", "*", "--log-level", process.env.DBX_TEST_LOG ?? "info"],
  { stdio: ["ignore", "pipe", "inherit"] },
);

let listening = false;
const startTimeout = setTimeout(() => fail("DBX did not start listening within 60 s"), 60_000);

function fail(message) {
  process.stderr.write(`sdks/test-server: ${message}\n`);
  server.kill("SIGKILL");
  process.exit(1);
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
    process.stdout.write(`http://${entry.host}:${entry.port}\n`);
  }
});

server.on("exit", (code, signal) => {
  if (!listening) fail(`DBX exited before it listened (code ${code}, signal ${signal})`);
  process.exit(code ?? 0);
});

// The harness holds stdin open for as long as it needs the server.
process.stdin.on("end", () => server.kill("SIGTERM"));
process.stdin.on("error", () => server.kill("SIGTERM"));
process.stdin.resume();
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill("SIGTERM"));
