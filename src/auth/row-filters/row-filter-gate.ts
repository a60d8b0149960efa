import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { Backend } from "../../backends/backend.js";
import { dbxError } from "../../errors/dbx-error.js";
import type { Call } from "../../pipeline/call.js";
import type { Permissions } from "../permissions.js";
import { rowFilterHandling } from "./row-filter-handling.js";
import { RowFilteredBackend } from "./row-filtered-backend.js";
import type { RowFilters } from "./row-filters.js";

/**
 * The backend an authorized call is served by, under the caller's row
 * filters (the call resolver's last step): the backend itself when the
 * caller has none on it; PERMISSION_DENIED for an RPC that cannot be held to
 * them (row-filter-handling.ts); otherwise the backend behind a
 * RowFilteredBackend, which applies them to each operation.
 */
export function rowFilterGate(rowFilters: RowFilters, permissions: Permissions, call: Call | undefined, backend: Backend, collection: string): Backend {
  const access = call?.access;
  if (!call || !access) return backend;
  const { identity } = call;
  if (!rowFilters.onBackend(identity.roles, backend.name)) return backend;
  const handling = rowFilterHandling(access.procedure);
  switch (handling) {
    case "no-rows":
      return backend;
    case "refused-on-backend":
    case "refused": {
      const scope = handling === "refused" ? collection : "";
      if (!rowFilters.onCollection(identity.roles, backend.name, scope)) return backend;
      const where = scope ? `collection "${scope}"` : `backend "${backend.name}", where the caller has row filters`;
      throw dbxError(ErrorReason.PERMISSION_DENIED, `${access.procedure} cannot be held to row filters, so it is refused on ${where}`, {
        backend: backend.name,
        ...(scope ? { collection: scope } : {}),
        procedure: access.procedure,
      });
    }
    default:
      return new RowFilteredBackend(backend, {
        filterOf: (c) => (rowFilters.onCollection(identity.roles, backend.name, c) ? rowFilters.filterFor(identity, access, permissions, backend.name, c) : undefined),
      });
  }
}
