import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import { serverPath } from "./server-paths.js";
import type { SqlToken } from "./sql-tokens.js";
import { scanStatements } from "./statement-kind.js";

/** What native SQL may do on a backend. */
export interface NativeSqlPolicy {
  readonly backend: string;
  /** `backends.<name>.allowConnectionStatements`: ATTACH, DETACH, VACUUM INTO, pragma writes, TEMP objects. */
  readonly allowConnectionStatements: boolean;
  /** Where files named by ATTACH and VACUUM INTO must be (server-paths.ts); undefined: anywhere. */
  readonly fileDirectory: string | undefined;
}

interface Replacement {
  readonly token: SqlToken;
  readonly text: string;
}

/**
 * Checks SQL text a client sent (QueryService.Execute, SqlService) and
 * answers the text to compile. It runs before SQLite compiles anything:
 * some pragmas take effect while a statement is compiled, EXPLAIN'd or not.
 *
 * The backend's one connection is shared by every client, so native SQL may
 * not change it: ATTACH, DETACH, VACUUM INTO a file, pragma writes (and
 * pragmas that act or are unknown), TEMP objects and DBX's own change-capture
 * objects are refused with PERMISSION_DENIED (reason DISABLED) unless the
 * backend sets `allowConnectionStatements`; SqliteService's typed calls
 * (SetPragma, Backup, Vacuum) are the way to change those. When allowed, the
 * file of ATTACH and VACUUM INTO must be one literal, and is replaced by its
 * resolved path inside `fileDirectory`. load_extension() is never run.
 * Transaction control is INVALID_ARGUMENT: TransactionService is the way in.
 */
export function checkNativeStatement(sql: string, field: string, policy: NativeSqlPolicy): string {
  // SQLite stops reading at a NUL: "SELECT 1\0; DROP TABLE t" would run as "SELECT 1".
  if (sql.includes("\0")) throw invalidField(field, "the statement contains a NUL character; SQLite would silently ignore everything after it");
  const scanned = scanStatements(sql);
  if (scanned.loadsExtension) {
    throw dbxError(
      ErrorReason.DISABLED,
      `${field}: load_extension() is never run from native SQL: it would load native code into the server`,
      { backend: policy.backend, field },
    );
  }
  const replacements: Replacement[] = [];
  for (const statement of scanned.statements) {
    switch (statement.kind) {
      case "ordinary":
        break;
      case "transaction-control":
        throw invalidField(
          field,
          `${statement.keyword} is not run as plain SQL; use dbx.v1.TransactionService (Begin, Commit, Rollback) or SqlService.Batch with atomic`,
        );
      case "connection":
        requireAllowed(policy, field, statement.what);
        break;
      case "attach": {
        requireAllowed(policy, field, "ATTACH");
        const replacement = fileReplacement(statement.file, field, policy, "ATTACH");
        if (replacement) replacements.push(replacement);
        break;
      }
      case "vacuum-into": {
        requireAllowed(policy, field, "VACUUM INTO");
        const replacement = fileReplacement(statement.file, field, policy, "VACUUM INTO");
        if (replacement) replacements.push(replacement);
        break;
      }
    }
  }
  let text = sql;
  for (const { token, text: literal } of replacements.reverse()) text = text.slice(0, token.start) + literal + text.slice(token.end);
  return text;
}

function requireAllowed(policy: NativeSqlPolicy, field: string, what: string): void {
  if (policy.allowConnectionStatements) return;
  const setting = `backends.${policy.backend}.allowConnectionStatements`;
  throw dbxError(
    ErrorReason.DISABLED,
    `${field}: ${what} is refused: the backend's connection is shared by every client, so native SQL may not attach, detach, ` +
      `vacuum into a file or change connection state (use dbx.sqlite.v1.SqliteService: SetPragma, Backup, Vacuum; or set ${setting}: true)`,
    { backend: policy.backend, field, setting },
  );
}

/**
 * The file of an allowed ATTACH or VACUUM INTO, as a literal of its path
 * resolved inside `fileDirectory` (server-paths.ts). SQLite would resolve a
 * relative name against the server's working directory, and reads `file:`
 * names as URIs: neither is left to it. Undefined for ATTACH of an in-memory
 * or temporary database ('' or ':memory:'), which opens no file.
 */
function fileReplacement(token: SqlToken | undefined, field: string, policy: NativeSqlPolicy, what: string): Replacement | undefined {
  const literal = what === "ATTACH" ? token?.kind === "string" || token?.kind === "quoted" || token?.kind === "word" : token?.kind === "string";
  if (!token || !literal) {
    throw invalidField(field, `${what} takes its file name as one string literal here ('name.db'), so that DBX can check where the file is`);
  }
  const name = token.value;
  if (what === "ATTACH" && (name === "" || name === ":memory:")) return undefined;
  if (name.slice(0, 5).toLowerCase() === "file:") throw invalidField(field, `${what}: URI file names are not accepted; give a path`);
  const path = serverPath(name, field, policy.backend, policy.fileDirectory);
  return { token, text: `'${path.replaceAll("'", "''")}'` };
}

/** Whether a failure of `keyword`'s statement may be about a file the client named (ATTACH, VACUUM INTO). */
export function namesFile(keyword: string | undefined): boolean {
  return keyword === "ATTACH" || keyword === "VACUUM";
}
