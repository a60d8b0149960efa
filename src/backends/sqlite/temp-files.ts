import { randomBytes, randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";

/**
 * DBX's temporary files (BackupStream's copies of the database) live in
 * `<tmpdir>/dbx-temp-<uid>/<pid>-<tag>/`, one folder per process, so that
 * DBX only ever removes its own files: at startup, the folders of processes
 * that are no longer running (a crash, kill -9) are removed, and those of
 * other running DBX processes (workers, other instances) are left alone.
 * `tag` tells this process from an earlier one that had the same pid (a
 * container restarted as pid 1). A file that must be renamed over the
 * database (Restore's copy) is written beside it instead, named
 * `<database>.dbx-tmp-<pid>-<tag>-<uuid>` for the same reason.
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

/** A name for a temporary file beside `path` (same folder, so it can be renamed over it). */
export function siblingTempPath(path: string): string {
  return `${path}${SIBLING_MARK}${PROCESS_FOLDER}-${randomUUID()}`;
}

const SIBLING_MARK = ".dbx-tmp-";

/**
 * Removes the temporary folders of DBX processes that are no longer running,
 * and their temporary files beside `databasePath` when given. Entries that
 * are not named the way DBX names them are not DBX's and stay.
 */
export async function sweepStaleTempFiles(databasePath?: string): Promise<void> {
  const root = tempRoot();
  for (const name of await entries(root)) {
    if (isStale(name)) await rm(join(root, name), { recursive: true, force: true });
  }
  if (databasePath === undefined) return;
  const folder = dirname(databasePath);
  const prefix = basename(databasePath) + SIBLING_MARK;
  for (const name of await entries(folder)) {
    if (name.startsWith(prefix) && isStale(name.slice(prefix.length))) await rm(join(folder, name), { force: true });
  }
}

async function entries(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch {
    return [];
  }
}

/** Whether `name` starts with `<pid>-<tag>` of a DBX process that is not running (this one excepted). */
function isStale(name: string): boolean {
  if (name.startsWith(PROCESS_FOLDER)) return false;
  const dash = name.indexOf("-");
  const digits = name.slice(0, dash);
  if (dash <= 0 || !/^[0-9]+$/.test(digits)) return false;
  const pid = Number(digits);
  return pid === process.pid || !isRunning(pid);
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
