import { fileURLToPath } from "node:url";
import { runCommand, type CommandResult } from "./run-command.js";

const INSTALL_SCRIPT = fileURLToPath(new URL("../../scripts/install-grpcurl.sh", import.meta.url));

/** How long a hook may wait for the first install: `go install` downloads and builds grpcurl. */
export const GRPCURL_INSTALL_TIMEOUT_MS = 600_000;

let installed: Promise<string> | undefined;

/** The pinned grpcurl, installed by scripts/install-grpcurl.sh on first use. */
export function grpcurlPath(): Promise<string> {
  installed ??= runCommand("bash", [INSTALL_SCRIPT], GRPCURL_INSTALL_TIMEOUT_MS).then((r) => {
    if (r.code !== 0) throw new Error(`scripts/install-grpcurl.sh failed:\n${r.stderr}`);
    return r.stdout.trim().split("\n").at(-1)!;
  });
  return installed;
}

/** Runs grpcurl against `address` (host:port) with `args` before it and `after` after it. */
export async function grpcurl(args: readonly string[], address: string, after: readonly string[] = []): Promise<CommandResult> {
  return runCommand(await grpcurlPath(), [...args, address, ...after]);
}
