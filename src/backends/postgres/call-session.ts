import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import type { SqlSession } from "../facets/sql.js";
import type { OperationContext } from "../operation-context.js";
import { IdentityContext } from "./identity-context.js";
import type { PostgresOptions } from "./options.js";
import { checkSessionContext, hasSessionValues } from "./session-context.js";

/**
 * The role and settings a call runs with: its caller's
 * (backends.<name>.identityContext), then what the call's own
 * SessionContext asks for beside them (sessionContext, checked against its
 * allowed lists). The identity's values win: a session context that gives
 * the identity's role or one of its settings another value is
 * PERMISSION_DENIED, as is one that names a role when the identity owns
 * the role, so a client cannot act as anyone but its caller.
 */
export class CallSessions {
  readonly #identity: IdentityContext | undefined;
  readonly #rules: PostgresOptions["sessionContext"];

  constructor(
    private readonly backend: string,
    options: Pick<PostgresOptions, "sessionContext" | "identityContext">,
  ) {
    this.#rules = options.sessionContext;
    this.#identity = options.identityContext && new IdentityContext(backend, options.identityContext, options.sessionContext.allowedRoles);
  }

  /** Whether calls run as their caller (identityContext is configured). */
  get followIdentity(): boolean {
    return this.#identity !== undefined;
  }

  /** The session `ctx`'s call runs with, `asked` beside its caller's; undefined: DBX's own role, no settings. */
  of(ctx: OperationContext, asked: SqlSession | undefined): SqlSession | undefined {
    const identity = this.#identity;
    if (identity === undefined) {
      if (!hasSessionValues(asked)) return undefined;
      checkSessionContext(asked, this.#rules);
      return asked;
    }
    const own = identity.sessionOf(ctx.identity);
    if (!hasSessionValues(asked)) return hasSessionValues(own) ? own : undefined;
    let role = own.role;
    if (asked.role !== "" && asked.role !== own.role) {
      if (identity.ownsRole) throw this.#conflict(`role "${asked.role}"`, { role: asked.role });
      role = asked.role;
    }
    const extra: Record<string, string> = {};
    for (const [name, value] of Object.entries(asked.settings)) {
      if (!identity.ownsSetting(name)) extra[name] = value;
      // An anonymous caller is given no settings, yet the names stay the identity's.
      else if (value !== (own.settings[name] ?? "")) throw this.#conflict(`setting "${name}"`, { setting: name });
    }
    checkSessionContext({ role: role === own.role ? "" : role, settings: extra }, this.#rules);
    return { role, settings: { ...extra, ...own.settings } };
  }

  #conflict(what: string, metadata: Record<string, string>) {
    return dbxError(
      ErrorReason.PERMISSION_DENIED,
      `session ${what} is not allowed: the caller's identity sets it (identityContext of the backend), and a session context may not change it`,
      { backend: this.backend, ...metadata },
    );
  }
}
