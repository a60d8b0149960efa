import { lstatSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";

/**
 * Resolves a path a client sent for a file on the server (backups, restores,
 * ATTACH and VACUUM INTO when allowed). With the backend's `fileDirectory`
 * set, relative paths resolve against it and nothing outside it is reachable
 * (PERMISSION_DENIED, reason DISABLED), through `..` or through symlinks: the
 * file and every folder on its way are followed to where they really are. A
 * symlink that leads nowhere (its target does not exist) is refused too,
 * since writing through it would create its target. Without `fileDirectory`,
 * paths resolve against the working directory.
 */
export function serverPath(path: string, field: string, backend: string, fileDirectory: string | undefined): string {
  if (!path) throw invalidField(field, "a path is required");
  if (path.includes("\0")) throw invalidField(field, "the path contains a NUL character");
  if (!fileDirectory) return resolve(path);
  const full = resolve(fileDirectory, path);
  if (!isInside(fileDirectory, full)) throw outside(path, field, backend, fileDirectory, "");
  const realDirectory = realPath(fileDirectory) ?? fileDirectory;
  const real = realPath(full);
  if (real === undefined || !isInside(realDirectory, real)) {
    throw outside(path, field, backend, fileDirectory, " (through a symbolic link)");
  }
  return full;
}

function isInside(directory: string, path: string): boolean {
  const inside = relative(directory, path);
  return !(inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside));
}

function outside(path: string, field: string, backend: string, fileDirectory: string, how: string) {
  return dbxError(
    ErrorReason.DISABLED,
    `${field}: "${path}" is outside ${fileDirectory}${how}, the only folder backend "${backend}" may use for files`,
    { backend, field, setting: `backends.${backend}.fileDirectory` },
  );
}

/**
 * Where `path` really is: the existing part with every symlink resolved, then
 * the part that does not exist yet. Undefined when a symlink on the way leads
 * nowhere, or the path cannot be followed (a file used as a folder).
 */
function realPath(path: string): string | undefined {
  const missing: string[] = [];
  let at = path;
  for (;;) {
    try {
      return join(realpathSync(at), ...missing.reverse());
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT" || isSymlink(at)) return undefined;
    }
    const parent = dirname(at);
    if (parent === at) return undefined;
    missing.push(basename(at));
    at = parent;
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
