import { isAbsolute, relative, resolve, sep } from "node:path";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";

/**
 * Resolves a path a client sent for a file on the server. With the backend's
 * `fileDirectory` set, relative paths resolve against it and nothing outside
 * it is reachable (PERMISSION_DENIED, reason DISABLED); without it, paths
 * resolve against the working directory.
 */
export function serverPath(path: string, field: string, backend: string, fileDirectory: string | undefined): string {
  if (!path) throw invalidField(field, "a path is required");
  if (path.includes("\0")) throw invalidField(field, "the path contains a NUL character");
  if (!fileDirectory) return resolve(path);
  const full = resolve(fileDirectory, path);
  const inside = relative(fileDirectory, full);
  if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw dbxError(
      ErrorReason.DISABLED,
      `${field}: "${path}" is outside ${fileDirectory}, the only folder backend "${backend}" may use for files`,
      { backend, field, setting: `backends.${backend}.fileDirectory` },
    );
  }
  return full;
}
