import { execFile } from "node:child_process";

export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/dbx.js keys <args>` in another process; never rejects, so tests look at the exit status. */
export function runKeysCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  // The caller's own DBX_* settings must not leak into the commands under test.
  const { DBX_CONFIG: _config, DBX_API_KEY_STORE: _store, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["bin/dbx.js", "keys", ...args],
      { encoding: "utf8", env: { ...inherited, ...env }, timeout: 30_000 },
      (err, stdout, stderr) => resolve({ status: err ? (typeof err.code === "number" ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** The id and secret `keys create` and `keys rotate` print. */
export function issuedBy(result: CliResult): { id: string; secret: string } {
  const value = (label: string) => {
    const line = result.stdout.split("\n").find((l) => l.startsWith(`${label}: `));
    if (line === undefined) throw new Error(`no "${label}:" line in ${JSON.stringify(result)}`);
    return line.slice(label.length + 2);
  };
  return { id: value("id"), secret: value("secret") };
}
