import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect as connectTls } from "node:tls";
import { Code, ConnectError, createClient, type Transport } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnType } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { ConfigError } from "../../src/config/config-error.js";
import { loadConfig, validate } from "../../src/config/load.js";
import { reasonOf } from "../../src/errors/dbx-error.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { errorMetadata, record, rejection, v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";
import { runCommand } from "../transport/run-command.js";
import { selfSignedCert, type SelfSignedCert } from "../transport/self-signed-cert.js";
import { bearer, JWT_SECRET, ISSUER, AUDIENCE, ROLES, token } from "./support.js";

/** A client's certificate and key, in PEM. */
interface ClientPem {
  readonly cert: string;
  readonly key: string;
}

async function openssl(args: string[]): Promise<void> {
  const result = await runCommand("openssl", args);
  if (result.code !== 0) throw new Error(`openssl ${args[0]} failed: ${result.stderr}`);
}

/** A CA made with openssl in `dir`; answers its certificate file. */
async function makeCa(dir: string, name: string): Promise<{ certFile: string; keyFile: string }> {
  const certFile = join(dir, `${name}.pem`);
  const keyFile = join(dir, `${name}.key`);
  await openssl([
    "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", keyFile, "-out", certFile,
    "-days", "1", "-subj", `/CN=${name}`, "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
  ]);
  return { certFile, keyFile };
}

/** A client certificate for `subject` (e.g. "/CN=reporter/OU=analytics") signed by `ca`. */
async function makeClientCert(dir: string, ca: { certFile: string; keyFile: string }, name: string, subject: string, altNames?: string): Promise<ClientPem> {
  const keyFile = join(dir, `${name}.key`);
  const csrFile = join(dir, `${name}.csr`);
  const certFile = join(dir, `${name}.pem`);
  const extFile = join(dir, `${name}.ext`);
  await writeFile(extFile, `extendedKeyUsage=clientAuth\n${altNames ? `subjectAltName=${altNames}\n` : ""}`);
  await openssl(["req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", keyFile, "-out", csrFile, "-subj", subject]);
  await openssl(["x509", "-req", "-in", csrFile, "-CA", ca.certFile, "-CAkey", ca.keyFile, "-set_serial", `0x${randomBytes(8).toString("hex")}`, "-out", certFile, "-days", "1", "-extfile", extFile]);
  const [cert, key] = await Promise.all([readFile(certFile, "utf8"), readFile(keyFile, "utf8")]);
  return { cert, key };
}

/**
 * What a TLS connection with `client` (or none) gets from a GetServerInfo
 * over HTTP/1.1: the status line, or the error that ended the connection.
 * With TLS 1.3 a refused client certificate shows on the first read.
 */
function http1Outcome(port: number, serverCa: string, client: ClientPem | undefined): Promise<string> {
  return new Promise((resolve) => {
    const socket = connectTls({ host: "127.0.0.1", port, servername: "localhost", ca: serverCa, ...client, ALPNProtocols: ["http/1.1"] }, () => {
      socket.write("POST /dbx.v1.AdminService/GetServerInfo HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}");
    });
    let data = "";
    socket.on("data", (chunk: Buffer) => (data += chunk.toString()));
    socket.once("error", (err) => resolve(`error: ${err.message}`));
    socket.once("close", () => resolve(data ? data.split("\r\n")[0] : "closed without an answer"));
  });
}

describe("mTLS client certificates", () => {
  let dir: string;
  let serverCert: SelfSignedCert;
  let caFile: string;
  /** Signed by the CA DBX trusts. */
  let reporter: ClientPem;
  let writer: ClientPem;
  let stranger: ClientPem;
  let spiffe: ClientPem;
  /** Signed by another CA. */
  let intruder: ClientPem;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dbx-mtls-"));
    serverCert = await selfSignedCert(dir);
    const [ca, otherCa] = await Promise.all([makeCa(dir, "client-ca"), makeCa(dir, "other-ca")]);
    caFile = ca.certFile;
    [reporter, writer, stranger, spiffe, intruder] = await Promise.all([
      makeClientCert(dir, ca, "reporter", "/CN=reporter/OU=analytics", "DNS:reporter.internal"),
      makeClientCert(dir, ca, "writer", "/CN=writer-billing"),
      makeClientCert(dir, ca, "stranger", "/CN=stranger"),
      makeClientCert(dir, ca, "spiffe", "/O=no common name", "URI:spiffe://example.org/ns/prod/sa/writer-sync"),
      makeClientCert(dir, otherCa, "intruder", "/CN=reporter"),
    ]);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  describe("server.tls.clientCertificate: required (no authentication)", () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({
        server: { tls: { cert: serverCert.certFile, key: serverCert.keyFile, clientCa: caFile, clientCertificate: "required" } },
        backends: { default: { url: "sqlite::memory:" } },
      });
    });
    afterAll(() => server?.close());

    it("serves a client whose certificate the CA signed", async () => {
      expect(await http1Outcome(server.server.port, serverCert.cert, reporter)).toBe("HTTP/1.1 200 OK");
    });

    // Without a certificate OpenSSL ends the handshake with an alert; with one of another CA Node closes the connection once it ends.
    it.each([
      ["without a certificate", () => undefined, /^error: .*alert certificate required/],
      ["with a certificate of another CA", () => intruder, /^closed without an answer$/],
    ])("refuses the handshake of a client %s", async (_, client, outcome) => {
      expect(await http1Outcome(server.server.port, serverCert.cert, client())).toMatch(outcome);
    });

    it.each([
      ["without a certificate", () => undefined],
      ["with a certificate of another CA", () => intruder],
    ])("refuses it over HTTP/2 (gRPC) too, %s", async (_, client) => {
      const transport = createGrpcTransport({ baseUrl: server.url, nodeOptions: { ca: serverCert.cert, ...client() } });
      const err = await rejection(createClient(AdminService, transport).getServerInfo({}));
      // connect-node's names for a connection that failed or closed: no answer came from DBX.
      expect([Code.Canceled, Code.Internal, Code.Unavailable]).toContain(err.code);
      expect(errorMetadata(err)).toEqual({});
    });
  });

  describe.each([
    ["the fast path", true],
    ["connect-node's path", false],
  ])("a verified certificate as the credential, on %s", (_, fastPath) => {
    let server: TestServer;
    let audit: string;
    const admin = async () => bearer(await token("root", "admin"));
    const transports = {
      "gRPC (h2)": (client?: ClientPem): Transport =>
        createGrpcTransport({ baseUrl: server.url, nodeOptions: { ca: serverCert.cert, ...client } }),
      "Connect over HTTP/1.1": (client?: ClientPem): Transport =>
        createConnectTransport({ baseUrl: server.url, httpVersion: "1.1", nodeOptions: { ca: serverCert.cert, ...client } }),
    };
    const put = (transport: Transport, key: string, headers?: Record<string, string>) =>
      createClient(DataService, transport).put({ target: { collection: "notes" }, key: v.str(key), record: record({ n: v.int(1) }) }, { headers });
    const get = (transport: Transport, key: string) => createClient(DataService, transport).get({ target: { collection: "notes" }, key: v.str(key) });

    beforeAll(async () => {
      audit = join(dir, `audit-${fastPath}.jsonl`);
      server = await startTestServer({
        server: { fastPath, tls: { cert: serverCert.certFile, key: serverCert.keyFile, clientCa: caFile } },
        backends: { default: { url: "sqlite::memory:" } },
        auth: {
          jwt: { secret: JWT_SECRET, issuer: ISSUER, audience: AUDIENCE },
          roles: ROLES,
          audit: { file: audit },
          clientCertificates: { roles: { reporter: ["reader"], "writer-*": ["writer"] } },
        },
      });
      const sql = createClient(SqlService, transports["Connect over HTTP/1.1"]());
      await sql.createTable(
        { target: { collection: "notes" }, columns: [{ name: "id", type: ColumnType.STRING }, { name: "n", type: ColumnType.INT64 }], primaryKey: ["id"] },
        { headers: await admin() },
      );
    });
    afterAll(() => server?.close());

    describe.each(Object.entries(transports))("over %s", (_, transport) => {
      it("a certificate's role is what the call may do: reporter reads and may not write, writer-* writes", async () => {
        await put(transport(writer), "w1");
        expect((await get(transport(reporter), "w1")).record?.fields.n).toEqual(v.int(1));
        const err = await rejection(put(transport(reporter), "r1"));
        expect(err.code).toBe(Code.PermissionDenied);
        expect(errorMetadata(err)).toMatchObject({ group: "write" });
      });

      it("a verified certificate whose subject no entry names may do nothing", async () => {
        expect((await rejection(get(transport(stranger), "w1"))).code).toBe(Code.PermissionDenied);
      });

      it("a certificate of another CA, and no certificate, are refused UNAUTHENTICATED", async () => {
        const foreign = await rejection(get(transport(intruder), "w1"));
        expect(foreign.code).toBe(Code.Unauthenticated);
        expect(reasonOf(foreign)).toBe("ERROR_REASON_UNAUTHENTICATED");
        expect(errorMetadata(foreign)).toMatchObject({ scheme: "client_certificate" });
        expect(foreign.rawMessage).toMatch(/not signed by a CA of server\.tls\.clientCa/);
        const none = await rejection(get(transport(), "w1"));
        expect(none.code).toBe(Code.Unauthenticated);
        expect(none.rawMessage).toMatch(/a client certificate, a bearer token/);
      });

      it("a credential in the headers wins over the certificate: reporter's connection writes with an admin token", async () => {
        await put(transport(reporter), "as-admin", await admin());
        // And a bad token is refused, not replaced by the certificate.
        expect((await rejection(put(transport(reporter), "bad", bearer("not.a.jwt")))).code).toBe(Code.Unauthenticated);
      });
    });

    it("the audit log names the certificate's subject, never the certificate", async () => {
      await rejection(put(transports["gRPC (h2)"](reporter), "audited"));
      await waitFor(() => readFileSync(audit, "utf8").includes('"subject":"reporter"'), { what: "the audit line" });
      const text = readFileSync(audit, "utf8");
      const lines = text.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toContainEqual(expect.objectContaining({ event: "permission_denied", subject: "reporter", via: "client_certificate", roles: ["reader"] }));
      expect(text).not.toContain("BEGIN CERTIFICATE");
      expect(text).not.toContain(reporter.cert.split("\n")[1]);
    });
  });

  it("subjectFrom SAN-URI takes the identity from the first URI name; rate limits count a certificate's calls on every connection together", async () => {
    const server = await startTestServer({
      server: { tls: { cert: serverCert.certFile, key: serverCert.keyFile, clientCa: caFile } },
      backends: { default: { url: "sqlite::memory:" } },
      auth: {
        roles: ROLES,
        clientCertificates: { subjectFrom: "SAN-URI", roles: { "spiffe://example.org/ns/prod/sa/writer-*": ["writer"] } },
        rateLimits: { perIdentity: { callsPerSecond: 0.01, burst: 2 } },
      },
    });
    try {
      // Each call on a new connection: the limit follows the certificate's subject, not the connection. The collection is missing: NOT_FOUND until the limit.
      const info = () =>
        createClient(DataService, createGrpcTransport({ baseUrl: server.url, nodeOptions: { ca: serverCert.cert, ...spiffe } })).exists({
          target: { collection: "missing" },
          key: v.str("x"),
        });
      const codeOf = () => info().then(() => Code[0], (err: unknown) => Code[ConnectError.from(err).code]);
      expect([await codeOf(), await codeOf(), await codeOf()]).toEqual(["NotFound", "NotFound", "ResourceExhausted"]);
      // A certificate without the configured name is refused, naming what it lacks.
      const reporterCall = createClient(DataService, createGrpcTransport({ baseUrl: server.url, nodeOptions: { ca: serverCert.cert, ...reporter } }));
      const err = await rejection(reporterCall.exists({ target: { collection: "missing" }, key: v.str("x") }));
      expect(err.code).toBe(Code.Unauthenticated);
      expect(err.rawMessage).toMatch(/has no SAN-URI name/);
    } finally {
      await server.close();
    }
  });

  it("refuses configurations that cannot work, naming the field", () => {
    const tls = { cert: "c.pem", key: "k.pem" };
    const backends = { default: { url: "sqlite::memory:" } };
    expect(() => validate({ server: { tls: { ...tls, clientCertificate: "required" } }, backends })).toThrow(/server\.tls\.clientCertificate: a required client certificate needs server\.tls\.clientCa/);
    expect(() => validate({ server: { tls }, backends, auth: { clientCertificates: {} } })).toThrow(/auth\.clientCertificates: client certificates as credentials need server\.tls\.clientCa/);
    expect(() => validate({ server: { tls: { ...tls, clientCa: "ca.pem" } }, backends, auth: { clientCertificates: { roles: { x: ["nobody"] } } } })).toThrow(
      /no role named "nobody"/,
    );
    expect(() => validate({ server: { tls: { ...tls, clientCa: "ca.pem" } }, backends, auth: { clientCertificates: {} } })).not.toThrow();
    expect(() => validate({ server: { tls }, backends, auth: { clientCertificates: {} } })).toThrow(ConfigError);
  });

  it("DBX_TLS_CLIENT_CA and --tls-client-ca set server.tls.clientCa beside the config file's cert and key", async () => {
    const file = join(dir, "mtls.yaml");
    await writeFile(file, "server:\n  tls: { cert: c.pem, key: k.pem, clientCertificate: required }\n");
    expect(loadConfig({ config: file }, { DBX_TLS_CLIENT_CA: "env-ca.pem" }).server.tls).toMatchObject({ cert: "c.pem", key: "k.pem", clientCa: "env-ca.pem", clientCertificate: "required" });
    expect(loadConfig({ config: file, tlsClientCa: "flag-ca.pem" }, { DBX_TLS_CLIENT_CA: "env-ca.pem" }).server.tls?.clientCa).toBe("flag-ca.pem");
  });

  it("a client CA file without a certificate stops the start, naming the field", async () => {
    const empty = join(dir, "empty-ca.pem");
    await writeFile(empty, "no certificate here\n");
    await expect(
      startTestServer({ server: { tls: { cert: serverCert.certFile, key: serverCert.keyFile, clientCa: empty } }, backends: { default: { url: "sqlite::memory:" } } }),
    ).rejects.toThrow(/server\.tls\.clientCa: no PEM certificate in the file/);
  });
});
