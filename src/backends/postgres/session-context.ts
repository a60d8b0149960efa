import { Code, ConnectError } from "@connectrpc/connect";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import type { SqlSession } from "../facets/sql.js";
import type { OperationContext } from "../operation-context.js";
import type { PostgresOptions } from "./options.js";
import type { PostgresConnection } from "./postgres-connection.js";
import { ownStatementContext } from "./transaction.js";

/** What configuration lets a call's session context set (backends.<name>.sessionContext). */
export type SessionContextRules = PostgresOptions["sessionContext"];

/** True when the call asks for a role or a setting. */
export function hasSessionValues(session: SqlSession | undefined): session is SqlSession {
  return session !== undefined && (session.role !== "" || Object.keys(session.settings).length > 0);
}

/**
 * PERMISSION_DENIED naming the first role or setting the configuration does
 * not allow. Checked before any connection is taken.
 */
export function checkSessionContext(session: SqlSession, rules: SessionContextRules): void {
  if (session.role !== "" && !rules.allowedRoles.includes(session.role)) {
    throw dbxError(ErrorReason.PERMISSION_DENIED, `session role "${session.role}" is not allowed: sessionContext.allowedRoles of the backend lists the roles a call may act as`, { role: session.role });
  }
  for (const name of Object.keys(session.settings)) {
    if (!rules.allowedSettings.includes(name)) {
      throw dbxError(ErrorReason.PERMISSION_DENIED, `session setting "${name}" is not allowed: sessionContext.allowedSettings of the backend lists the settings a call may set`, { setting: name });
    }
  }
}

/**
 * Applies a call's role and settings transaction-locally on `connection`,
 * which must be inside a transaction: `set_config(name, value, true)` is
 * `SET LOCAL`, and `set_config('role', r, true)` is `SET LOCAL ROLE r`
 * (the same membership check), all in one round trip with the values bound
 * as parameters, so no role name or value is ever spliced into SQL. The
 * session comes checked (call-session.ts). COMMIT or ROLLBACK ends them, so
 * nothing outlives the transaction on a pooled connection.
 */
export async function applySessionContext(connection: PostgresConnection, ctx: OperationContext, session: SqlSession): Promise<void> {
  const values: [string, string][] = Object.entries(session.settings);
  if (session.role !== "") values.unshift(["role", session.role]);
  if (values.length === 0) return;
  await connection.control(ctx, `SELECT ${values.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(", ")}`, values.flat());
}

/**
 * Runs `work` with the call's session context inside an interactive
 * transaction, for that call only: the values it replaces are read first and
 * put back after it (SET LOCAL would otherwise last until the transaction
 * ends). When `work` fails and the transaction is aborted, the restore
 * cannot run; ROLLBACK (or ROLLBACK TO a savepoint made before) undoes the
 * values then, and no statement runs before either.
 */
export async function withSessionContext<T>(connection: PostgresConnection, ctx: OperationContext, session: SqlSession, work: () => Promise<T>): Promise<T> {
  const names = Object.keys(session.settings);
  if (session.role !== "") names.unshift("role");
  const saved = await connection.control(ctx, `SELECT ${names.map((_, i) => `current_setting($${i + 1}, true)`).join(", ")}`, names);
  const previous = saved.rows[0];
  await applySessionContext(connection, ctx, session);
  let result: T;
  try {
    result = await work();
  } catch (err) {
    await restore(connection, names, previous).catch(() => undefined);
    throw err;
  }
  await restore(connection, names, previous);
  return result;
}

/**
 * Puts back values read before a call; a setting that did not exist comes
 * back empty, as after a SET LOCAL that ended. When that fails other than
 * in an aborted transaction (whose rollback undoes the values), the
 * connection may still act as the call's role: nobody gets it again.
 */
async function restore(connection: PostgresConnection, names: readonly string[], previous: readonly (string | null)[]): Promise<void> {
  const params = names.flatMap((name, i) => [name, previous[i] ?? (name === "role" ? "none" : "")]);
  try {
    await connection.control(ownStatementContext("session-context"), `SELECT ${names.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(", ")}`, params);
  } catch (err) {
    if (ConnectError.from(err).code !== Code.Aborted) connection.markBroken();
    throw err;
  }
}
