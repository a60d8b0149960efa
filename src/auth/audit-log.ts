import { Code, type ConnectError } from "@connectrpc/connect";
import pino, { type Logger } from "pino";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import { reasonName, reasonOf } from "../errors/dbx-error.js";
import type { Call } from "../pipeline/call.js";

/** Operation groups whose every call is a security event: who changed keys or the server, who ran their own statements. */
const AUDITED_GROUPS: ReadonlySet<string> = new Set(["admin", "native-query", "scripting", "schema"]);
const REFUSALS: ReadonlySet<string | undefined> = new Set([reasonName(ErrorReason.UNAUTHENTICATED), reasonName(ErrorReason.PERMISSION_DENIED)]);

/**
 * The append-only audit trail: one JSON line per security event, with the
 * request id and who made the call. It records credentials refused, calls
 * denied, and every call of the audited groups with its outcome. It never
 * records a credential, a request's values or an answer: only what the
 * call was, by whom, on which backend, and how it ended.
 */
export class AuditLog {
  constructor(private readonly logger: Logger) {}

  /** An audit log appending to `file` (created when missing, never truncated). */
  static toFile(file: string): AuditLog {
    return new AuditLog(pino({ base: undefined, messageKey: "event" }, pino.destination({ dest: file, append: true, mkdir: true, sync: false })));
  }

  /** Records the call if it is a security event: refused, or of an audited group. */
  callEnded(call: Call, error: ConnectError | undefined): void {
    const reason = error && reasonOf(error);
    const refused = error !== undefined && (error.code === Code.Unauthenticated || error.code === Code.PermissionDenied) && REFUSALS.has(reason);
    const group = call.access?.group;
    if (!refused && (group === undefined || !AUDITED_GROUPS.has(group))) return;
    const identity = call.identity;
    this.logger.info(
      {
        requestId: call.requestId,
        rpc: `${call.service}/${call.method}`,
        group,
        backend: call.backend || undefined,
        address: call.remoteAddress || undefined,
        subject: identity.subject || undefined,
        via: identity.via,
        roles: identity.roles,
        outcome: error ? Code[error.code] : "OK",
        ...(refused ? { reason: error.rawMessage } : {}),
      },
      refused ? (error.code === Code.Unauthenticated ? "authentication_failed" : "permission_denied") : `${group}_call`,
    );
  }

  /** Records an action DBX takes on its own behalf (a key created from the command line). */
  action(event: string, fields: Readonly<Record<string, string>>): void {
    this.logger.info({ ...fields }, event);
  }

  flush(): void {
    this.logger.flush();
  }
}
