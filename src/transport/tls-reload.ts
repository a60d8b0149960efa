import { readFileSync, statSync, type Stats } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { SecureContextOptions } from "node:tls";
import type { Logger } from "pino";
import { certificateSummary, tlsFilePaths, tlsMaterial, type TlsFileContents, type TlsFiles, type TlsMaterial } from "./tls-material.js";

/** The TLS files as read, and what they were on disk when read (to tell when they change). */
export interface TlsReading {
  readonly material: TlsMaterial;
  readonly signature: string;
}

export interface TlsReloadOptions {
  readonly files: TlsFiles;
  /** What the files held when the server started. */
  readonly initial: TlsReading;
  /** Puts a new secure context in place for connections accepted from now on (tls.Server.setSecureContext). */
  readonly apply: (context: SecureContextOptions) => void;
  readonly logger: Logger;
}

/**
 * Reads the TLS files again without a restart: on demand (SIGHUP) and, when
 * `reloadIntervalMs` is set, whenever they change. New connections get the
 * new certificate; open ones keep the one they were made with. A reading
 * that fails (a file missing, bad PEM, a key of another certificate) is
 * logged and changes nothing: the server goes on with what it had.
 *
 * Changes are found by polling each file's modification time, size and
 * inode rather than with fs.watch: a watch on a file is lost when the file
 * is replaced by a rename (editors, certbot, `mv`), a watch on its folder
 * misses a Kubernetes secret update (a symlink swapped one level up), and
 * neither works on network file systems. A few stat calls every few
 * seconds cost nothing and follow symlinks as reading does.
 */
export class TlsReload {
  readonly #options: TlsReloadOptions;
  #signature: string;
  /** Reloads one after another, so that an older reading never replaces a newer one. */
  #last: Promise<boolean> = Promise.resolve(true);
  #timer: NodeJS.Timeout | undefined;
  #checking = false;

  constructor(options: TlsReloadOptions) {
    this.#options = options;
    this.#signature = options.initial.signature;
  }

  /** Reads the files and, if they are good, serves new connections with them; answers whether it did. */
  reload(): Promise<boolean> {
    const next = this.#last.then(() => this.#reloadNow());
    this.#last = next;
    return next;
  }

  /** Checks the files every `intervalMs` and reloads when they changed since last read. */
  watch(intervalMs: number): void {
    this.#timer = setInterval(() => void this.#checkForChanges(), intervalMs);
    // A server closing is not held open by its certificate check.
    this.#timer.unref();
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  async #checkForChanges(): Promise<void> {
    // A check slower than the interval (a hung network mount) is not stacked on.
    if (this.#checking) return;
    this.#checking = true;
    try {
      if ((await fileSignature(this.#options.files)) !== this.#signature) await this.reload();
    } finally {
      this.#checking = false;
    }
  }

  async #reloadNow(): Promise<boolean> {
    const { files, logger } = this.#options;
    // Taken before reading: a file that changes while it is read is read again on the next check.
    this.#signature = await fileSignature(files);
    let material: TlsMaterial;
    try {
      material = tlsMaterial(await readContents(files));
      this.#options.apply(material.context);
    } catch (err) {
      logger.error({ reason: (err as Error).message, cert: files.cert, key: files.key }, "TLS reload failed: still serving the previous certificate");
      return false;
    }
    logger.info(certificateSummary(material.certificate), "TLS certificate reloaded: new connections get it");
    return true;
  }
}

/** Reads and checks the files at startup; throws an Error naming the field at fault. */
export function readTlsFilesSync(files: TlsFiles): TlsReading {
  const signature = tlsFilePaths(files)
    .map(([, path]) => statSignature(statOrMissing(path)))
    .join("|");
  const read = (field: string, path: string) => {
    try {
      return readFileSync(path);
    } catch (err) {
      throw cannotRead(field, path, err);
    }
  };
  const contents: TlsFileContents = {
    cert: read("cert", files.cert),
    key: read("key", files.key),
    ...(files.clientCa === undefined ? {} : { clientCa: read("clientCa", files.clientCa) }),
  };
  return { material: tlsMaterial(contents), signature };
}

async function readContents(files: TlsFiles): Promise<TlsFileContents> {
  const read = (field: string, path: string | undefined) =>
    path === undefined ? undefined : readFile(path).catch((err: unknown) => Promise.reject(cannotRead(field, path, err)));
  const [cert, key, clientCa] = await Promise.all([read("cert", files.cert), read("key", files.key), read("clientCa", files.clientCa)]);
  return { cert: cert!, key: key!, ...(clientCa === undefined ? {} : { clientCa }) };
}

function cannotRead(field: string, path: string, err: unknown): Error {
  return new Error(`server.tls.${field}: cannot read "${path}": ${(err as Error).message}`);
}

async function fileSignature(files: TlsFiles): Promise<string> {
  const stats = await Promise.all(tlsFilePaths(files).map(([, path]) => stat(path).catch(() => undefined)));
  return stats.map(statSignature).join("|");
}

function statOrMissing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function statSignature(stats: Stats | undefined): string {
  return stats ? `${stats.ino}:${stats.size}:${stats.mtimeMs}` : "missing";
}
