// TLS with a custom CA: a second DBX server serving https with a
// certificate from a CA made for this test (openssl), reached over gRPC,
// gRPC-Web and Connect with `tls.ca`, and refused without it.
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createDbxClient, DbxError } from "../src/node.js";

const folder = mkdtempSync(join(tmpdir(), "dbx-client-tls-"));
const file = (name: string) => join(folder, name);
let server: ReturnType<typeof spawn>;
let url: string;

function openssl(...args: string[]) {
  execFileSync("openssl", args, { cwd: folder, stdio: "ignore" });
}

beforeAll(async () => {
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  openssl("req", "-x509", ...ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "1", "-subj", "/CN=dbx-sdk-test-ca");
  openssl("req", ...ec, "-keyout", "key.pem", "-out", "server.csr", "-subj", "/CN=127.0.0.1");
  writeFileSync(file("san.ext"), "subjectAltName=IP:127.0.0.1\n");
  const ca = ["-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial"];
  openssl("x509", "-req", "-in", "server.csr", ...ca, "-out", "cert.pem", "-days", "1", "-extfile", "san.ext");
  const dbx = fileURLToPath(new URL("../../../bin/dbx.js", import.meta.url));
  server = spawn(
    process.execPath,
    [dbx, "serve", "--memory", "--port", "0", "--tls-cert", file("cert.pem"), "--tls-key", file("key.pem")],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  for await (const line of createInterface({ input: server.stdout! })) {
    const entry = JSON.parse(line) as { msg?: string; port?: number };
    if (entry.msg === "dbx listening") {
      url = `https://127.0.0.1:${entry.port}`;
      break;
    }
  }
  server.stdout!.resume(); // keep draining its log
}, 60_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await once(server, "exit");
  }
  rmSync(folder, { recursive: true, force: true });
});

for (const protocol of ["grpc", "grpc-web", "connect"] as const) {
  test(`https over ${protocol} with a custom CA; refused without it`, async () => {
    const trusted = createDbxClient(url, { protocol, tls: { ca: readFileSync(file("ca.pem")) } });
    const untrusted = createDbxClient(url, { protocol, retry: false });
    try {
      expect((await trusted.capabilities()).has("stream.watch")).toBe(true);
      const error = await untrusted.admin.ping({}).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DbxError);
      expect(String((error as DbxError).cause ?? error)).toMatch(/certificate/i);
    } finally {
      trusted.close();
      untrusted.close();
    }
  });
}
