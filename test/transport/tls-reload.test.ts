import { spawn, type ChildProcess } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { copyFile, mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { connect as connectHttp2, type ClientHttp2Session } from "node:http2";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect as connectTls } from "node:tls";
import pino from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { waitFor } from "../support/wait-for.js";
import { selfSignedCert, type SelfSignedCert } from "./self-signed-cert.js";

const CLI = ["--import", "tsx", "src/cli.ts"];

/** The SHA-256 fingerprint of the certificate a new TLS connection to `port` is served. */
function servedFingerprint(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connectTls({ host: "127.0.0.1", port, rejectUnauthorized: false, ALPNProtocols: ["http/1.1"] }, () => {
      const certificate = socket.getPeerX509Certificate();
      socket.destroy();
      if (certificate) resolve(certificate.fingerprint256);
      else reject(new Error("no server certificate"));
    });
    socket.once("error", reject);
  });
}

const fingerprintOf = (cert: SelfSignedCert) => new X509Certificate(cert.cert).fingerprint256;

/** GetServerInfo over an open HTTP/2 session: its status. */
function serverInfo(session: ClientHttp2Session): Promise<number> {
  return new Promise((resolve, reject) => {
    const stream = session.request({ ":method": "POST", ":path": "/dbx.v1.AdminService/GetServerInfo", "content-type": "application/json" });
    stream.once("response", (headers) => {
      stream.resume();
      stream.once("end", () => resolve(Number(headers[":status"])));
    });
    stream.once("error", reject);
    stream.end("{}");
  });
}

/** The JSON log lines a server writes, for tests that read them. */
function logLines(): { logger: pino.Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

describe("TLS certificate reload without a restart", () => {
  let dir: string;
  let a: SelfSignedCert;
  let b: SelfSignedCert;
  /** The files the server is configured with; each test puts a or b there. */
  let certFile: string;
  let keyFile: string;
  const servers: TestServer[] = [];

  const serveCert = async (cert: SelfSignedCert) => {
    await copyFile(cert.certFile, certFile);
    await copyFile(cert.keyFile, keyFile);
  };
  const start = async (reloadIntervalMs: number) => {
    const { logger, lines } = logLines();
    const server = await startTestServer(
      { server: { tls: { cert: certFile, key: keyFile, reloadIntervalMs } }, backends: { default: { url: "sqlite::memory:" } } },
      { logger },
    );
    servers.push(server);
    return { server, lines, port: server.server.port };
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dbx-tls-reload-"));
    await Promise.all([mkdir(join(dir, "a")), mkdir(join(dir, "b"))]);
    [a, b] = await Promise.all([selfSignedCert(join(dir, "a")), selfSignedCert(join(dir, "b"))]);
    certFile = join(dir, "cert.pem");
    keyFile = join(dir, "key.pem");
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("serves new connections the new certificate; connections already open keep theirs", async () => {
    await serveCert(a);
    const { server, port, lines } = await start(0);
    expect(await servedFingerprint(port)).toBe(fingerprintOf(a));
    const open = connectHttp2(server.url, { ca: a.cert });
    try {
      expect(await serverInfo(open)).toBe(200);
      await serveCert(b);
      expect(await server.server.reloadTls()).toBe(true);
      expect(await servedFingerprint(port)).toBe(fingerprintOf(b));
      // The session made before the reload still answers, with the certificate it was made with.
      expect(await serverInfo(open)).toBe(200);
      expect((open.socket as unknown as { getPeerX509Certificate(): X509Certificate }).getPeerX509Certificate().fingerprint256).toBe(fingerprintOf(a));
    } finally {
      open.close();
    }
    const reloaded = lines.find((l) => l.msg === "TLS certificate reloaded: new connections get it");
    expect(reloaded).toMatchObject({ level: 30, subject: "CN=localhost", fingerprint256: fingerprintOf(b) });
    expect(reloaded?.validTo).toEqual(new X509Certificate(b.cert).validTo);
  });

  it.each([
    ["a certificate that is not PEM", () => writeFile(certFile, "not a certificate\n"), /server\.tls\.cert: /],
    ["a key of another certificate", () => copyFile(b.certFile, certFile), /server\.tls\.key is not the private key of server\.tls\.cert/],
    ["a missing key file", () => rm(keyFile), /server\.tls\.key: cannot read/],
  ])("keeps serving the certificate it has when given %s, and logs why", async (_, spoil, reason) => {
    await serveCert(a);
    const { server, port, lines } = await start(0);
    await spoil();
    expect(await server.server.reloadTls()).toBe(false);
    expect(await servedFingerprint(port)).toBe(fingerprintOf(a));
    const session = connectHttp2(server.url, { ca: a.cert });
    try {
      expect(await serverInfo(session)).toBe(200);
    } finally {
      session.close();
    }
    const failed = lines.find((l) => l.msg === "TLS reload failed: still serving the previous certificate");
    expect(failed?.level).toBe(50);
    expect(failed?.reason).toMatch(reason);
  });

  it("reloads when the files change (checked every reloadIntervalMs), a file replaced by a rename included", async () => {
    await serveCert(a);
    const { port, lines } = await start(100);
    // As certbot and Kubernetes do: the new file is written aside, then renamed over the old one.
    await copyFile(b.keyFile, `${keyFile}.new`);
    await copyFile(b.certFile, `${certFile}.new`);
    await rename(`${keyFile}.new`, keyFile);
    await rename(`${certFile}.new`, certFile);
    await waitFor(async () => (await servedFingerprint(port)) === fingerprintOf(b), { what: "certificate b served" });
    expect(lines.filter((l) => l.msg === "TLS certificate reloaded: new connections get it").at(-1)).toMatchObject({ fingerprint256: fingerprintOf(b) });
    // Unchanged files are not read again.
    const reloads = lines.filter((l) => l.msg === "TLS certificate reloaded: new connections get it").length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(lines.filter((l) => l.msg === "TLS certificate reloaded: new connections get it")).toHaveLength(reloads);
  });

  it("a file half written is refused, then served once it is whole", async () => {
    await serveCert(a);
    const { port, lines } = await start(100);
    await copyFile(b.certFile, certFile);
    await waitFor(() => lines.some((l) => l.msg === "TLS reload failed: still serving the previous certificate"), { what: "the refused reload" });
    expect(await servedFingerprint(port)).toBe(fingerprintOf(a));
    await copyFile(b.keyFile, keyFile);
    await waitFor(async () => (await servedFingerprint(port)) === fingerprintOf(b), { what: "certificate b served" });
  });

  describe("dbx serve reloads on SIGHUP", () => {
    let child: ChildProcess | undefined;
    afterEach(async () => {
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child!.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      child = undefined;
    });

    /** Starts the CLI with the TLS files and no polling (so that only SIGHUP reloads); answers its port and log lines. */
    const serve = async (args: string[], listeningLines: number) => {
      const config = join(dir, "sighup.yaml");
      await writeFile(config, `server:\n  tls: { cert: ${certFile}, key: ${keyFile}, reloadIntervalMs: 0 }\n`);
      child = spawn(process.execPath, [...CLI, "serve", "--config", config, "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
      const lines: Array<Record<string, unknown>> = [];
      let stderr = "";
      child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout!.on("data", (chunk: Buffer) => {
        for (const l of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      });
      await waitFor(() => lines.filter((l) => l.msg === "dbx listening").length === listeningLines, { timeoutMs: 30_000, what: `dbx listening (${stderr})` });
      return { port: lines.find((l) => l.msg === "dbx listening")!.port as number, lines };
    };

    it("in one process", async () => {
      await serveCert(a);
      const { port, lines } = await serve(["--memory"], 1);
      expect(await servedFingerprint(port)).toBe(fingerprintOf(a));
      await serveCert(b);
      child!.kill("SIGHUP");
      await waitFor(() => lines.some((l) => l.msg === "TLS certificate reloaded: new connections get it"), { what: "the reload line" });
      expect(await servedFingerprint(port)).toBe(fingerprintOf(b));
      expect(child!.exitCode).toBeNull();
    }, 60_000);

    it("in every worker, the primary passing it on", async () => {
      await serveCert(a);
      const { port, lines } = await serve(["--workers", "2", "--backend", `default=sqlite:${join(dir, "workers.db")}`], 2);
      await serveCert(b);
      child!.kill("SIGHUP");
      const reloadedBy = () => new Set(lines.filter((l) => l.msg === "TLS certificate reloaded: new connections get it").map((l) => l.pid));
      await waitFor(() => reloadedBy().size === 2, { what: "both workers' reload lines" });
      const fingerprints = await Promise.all(Array.from({ length: 6 }, () => servedFingerprint(port)));
      expect(new Set(fingerprints)).toEqual(new Set([fingerprintOf(b)]));
    }, 60_000);
  });
});
