import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * DBX's temporary files (BackupStream's copies of the database) live in
 * `<tmpdir>/dbx-temp-<uid>/<pid>-<tag>/`, one folder per process, so that
 * DBX only ever removes its own files: at startup, the folders of processes
 * that are no longer running (a crash, kill -9) are removed, and those of
 * other running DBX processes (workers, other instances) are left alone.
 * `tag` tells this process from an earlier one that had the same pid (a
 * container restarted as pid 1).
 */
const PROCESS_FOLDER = `${process.pid}-${randomBytes(4).toString("hex")}`;

/** Removals started and not finished yet (a call aborted mid-stream). */
const pending = new Set<Promise<void>>();

/** The folder that holds every DBX process's temporary folder, for this user. `TMPDIR` moves it. */
export function tempRoot(): string {
  return join(tmpdir(), `dbx-temp-${process.getuid?.() ?? "user"}`);
}

/** This process's temporary folder. */
export function processTempFolder(): string {
  return join(tempRoot(), PROCESS_FOLDER);
}

/** A folder for one call's temporary files; `remove()` deletes it and everything in it (once, however often called). */
export interface TempFolder {
  readonly path: string;
  remove(): Promise<void>;
}

/** Creates a new folder for one call's temporary files, in this process's temporary folder. */
export async function createTempFolder(prefix: string): Promise<TempFolder> {
  const parent = processTempFolder();
  await mkdir(parent, { recursive: true, mode: 0o700 });
  const path = await mkdtemp(join(parent, prefix));
  let removal: Promise<void> | undefined;
  return {
    path,
    remove() {
      if (!removal) {
        const started = rm(path, { recursive: true, force: true }).finally(() => pending.delete(started));
        pending.add(started);
        removal = started;
      }
      return removal;
    },
  };
}

/** Waits for the removals under way (shutdown, tests). */
export async function tempRemovalsSettled(): Promise<void> {
  while (pending.size) await Promise.allSettled([...pending]);
}

/**
 * Removes the temporary folders of DBX processes that are no longer running.
 * Entries that are not `<pid>-<tag>` folders are not DBX's and stay.
 */
export async function sweepStaleTempFolders(): Promise<void> {
  const root = tempRoot();
  let entries: string[];
  try {
    entries = await readdir(root);
  } catch {
    return;
  }
  for (const name of entries) {
    if (name === PROCESS_FOLDER) continue;
    const dash = name.indexOf("-");
    const pid = dash > 0 && /^[0-9]+$/.test(name.slice(0, dash)) ? Number(name.slice(0, dash)) : 0;
    if (pid <= 0 || (pid !== process.pid && isRunning(pid))) continue;
    await rm(join(root, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
