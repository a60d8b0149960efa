import { createPrivateKey, X509Certificate } from "node:crypto";
import { createSecureContext, type SecureContextOptions } from "node:tls";

/** `server.tls`: PEM files, and how client certificates are asked for. */
export interface TlsFiles {
  cert: string;
  key: string;
  /** CAs of the client certificates accepted; set, DBX asks each client for one. */
  clientCa?: string;
  /** Unset or "optional": a client may present a certificate. "required": handshakes without a verified one fail. */
  clientCertificate?: "optional" | "required";
  /** How often the files are checked for changes; 0 or unset only on demand (SIGHUP). */
  reloadIntervalMs?: number;
}

/** The files' contents as read at one moment, by field. */
export interface TlsFileContents {
  readonly cert: Buffer;
  readonly key: Buffer;
  readonly clientCa?: Buffer;
}

/** One reading of the TLS files, checked: what the server's secure context is made of, and its certificate for logs. */
export interface TlsMaterial {
  readonly context: SecureContextOptions;
  readonly certificate: X509Certificate;
}

/** The files of `server.tls` by field: those to read, and to watch for changes. */
export function tlsFilePaths(files: TlsFiles): ReadonlyArray<readonly [field: keyof TlsFileContents, path: string]> {
  return [["cert", files.cert], ["key", files.key], ...(files.clientCa === undefined ? [] : [["clientCa", files.clientCa] as const])];
}

/**
 * Checks what the files hold before any connection sees it: PEM that
 * parses, a key that belongs to the certificate, a CA file with at least
 * one certificate (Node takes one without any, and then refuses every
 * client). Throws an Error naming the field at fault.
 */
export function tlsMaterial(contents: TlsFileContents): TlsMaterial {
  const certificate = parsed("server.tls.cert", () => new X509Certificate(contents.cert));
  const key = parsed("server.tls.key", () => createPrivateKey(contents.key));
  if (!certificate.checkPrivateKey(key)) throw new Error("server.tls.key is not the private key of server.tls.cert");
  if (contents.clientCa !== undefined) {
    const blocks = pemCertificates(contents.clientCa.toString("latin1"));
    if (blocks.length === 0) throw new Error("server.tls.clientCa: no PEM certificate in the file");
    for (const block of blocks) parsed("server.tls.clientCa", () => new X509Certificate(block));
  }
  const context: SecureContextOptions = { cert: contents.cert, key: contents.key, ...(contents.clientCa ? { ca: contents.clientCa } : {}) };
  // Whatever else OpenSSL refuses (a key type it lacks), refused here rather than by the server.
  parsed("server.tls", () => createSecureContext(context));
  return { context, certificate };
}

/** Names the certificate in a log line: never the certificate itself. */
export function certificateSummary(certificate: X509Certificate): { subject: string; validTo: string; fingerprint256: string } {
  return { subject: certificate.subject.replaceAll("\n", ", "), validTo: certificate.validTo, fingerprint256: certificate.fingerprint256 };
}

function parsed<T>(field: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    throw new Error(`${field}: ${(err as Error).message}`);
  }
}

const PEM_BEGIN = "-----BEGIN CERTIFICATE-----";
const PEM_END = "-----END CERTIFICATE-----";

/** The PEM certificate blocks of a file, in order (X509Certificate reads only the first of several). Throws on a cut one. */
function pemCertificates(text: string): string[] {
  const blocks: string[] = [];
  for (let at = text.indexOf(PEM_BEGIN); at !== -1; at = text.indexOf(PEM_BEGIN, at + PEM_BEGIN.length)) {
    const end = text.indexOf(PEM_END, at);
    if (end === -1) throw new Error("server.tls.clientCa: a PEM certificate has no END line");
    blocks.push(text.slice(at, end + PEM_END.length));
  }
  return blocks;
}
