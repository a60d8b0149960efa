import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { runCommand } from "./run-command.js";

export interface SelfSignedCert {
  certFile: string;
  keyFile: string;
  /** The certificate in PEM, for clients to trust. */
  cert: string;
}

/** A certificate for localhost and 127.0.0.1, made with openssl in `dir`. */
export async function selfSignedCert(dir: string): Promise<SelfSignedCert> {
  const certFile = join(dir, "cert.pem");
  const keyFile = join(dir, "key.pem");
  const result = await runCommand("openssl", [
    "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
    "-keyout", keyFile, "-out", certFile, "-days", "1", "-subj", "/CN=localhost",
    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
  ]);
  if (result.code !== 0) throw new Error(`openssl failed: ${result.stderr}`);
  return { certFile, keyFile, cert: await readFile(certFile, "utf8") };
}
