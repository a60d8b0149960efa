import { create } from "@bufbuild/protobuf";
import { FilterSchema, type Filter } from "../../../gen/ts/dbx/v1/filter_pb.js";
import { TypedValueSchema, type TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { RoleConfig } from "../../config/auth-schema.js";
import type { CallerIdentity } from "../../backends/operation-context.js";
import { dbxError } from "../../errors/dbx-error.js";
import { NamePattern } from "../name-pattern.js";
import { permissionDenied } from "../permission-denied.js";
import type { PermissionRequest, Permissions } from "../permissions.js";
import { bindTemplate, parseFilterTemplate, type FilterTemplate } from "./filter-template.js";

/** One configured row filter of a role, compiled. */
interface RowFilterEntry {
  readonly backends: readonly NamePattern[];
  readonly collections: readonly NamePattern[];
  readonly template: FilterTemplate;
}

/**
 * The row filters of the configured roles (auth.roles.<name>.rowFilters):
 * which rows of a collection a caller's roles let it reach. The filters of
 * one role that match a collection all apply (AND); across the caller's
 * roles, a row is reachable when any role that allows the call reaches it
 * (OR), so a role that allows the call without a filter on the collection
 * reaches every row.
 */
export class RowFilters {
  readonly #roles: ReadonlyMap<string, readonly RowFilterEntry[]>;

  /** `roles` as validated by the configuration schema (their filters parse). */
  constructor(roles: Readonly<Record<string, RoleConfig>>) {
    const compiled = new Map<string, readonly RowFilterEntry[]>();
    for (const [name, role] of Object.entries(roles)) {
      if (!role.rowFilters) continue;
      compiled.set(
        name,
        role.rowFilters.map((f) => ({
          backends: f.backends.map((p) => new NamePattern(p)),
          collections: f.collections.map((p) => new NamePattern(p)),
          template: parseFilterTemplate(f.filter),
        })),
      );
    }
    this.#roles = compiled;
  }

  /** Whether any role has row filters: otherwise calls pay nothing for them. */
  get configured(): boolean {
    return this.#roles.size > 0;
  }

  /** Whether a role of `roles` has a row filter on `backend`, on any collection. */
  onBackend(roles: readonly string[], backend: string): boolean {
    return roles.some((r) => this.#roles.get(r)?.some((e) => e.backends.some((b) => b.matches(backend))));
  }

  /** Whether a role of `roles` has a row filter on this collection ("" : on any collection of the backend). */
  onCollection(roles: readonly string[], backend: string, collection: string): boolean {
    if (collection === "") return this.onBackend(roles, backend);
    return roles.some((r) => this.#entriesOf(r, backend, collection).length > 0);
  }

  /**
   * The filter a call on `collection` is held to; undefined when one of
   * the caller's roles that allows the call has no filter there (every row).
   * PERMISSION_DENIED when a filter reads a claim the caller's credential
   * does not carry: a filter is never dropped.
   */
  filterFor(identity: CallerIdentity, request: PermissionRequest, permissions: Permissions, backend: string, collection: string): Filter | undefined {
    const filtering: { role: string; entries: readonly RowFilterEntry[] }[] = [];
    for (const role of identity.roles) {
      if (!permissions.allows([role], request, backend, collection)) continue;
      const entries = this.#entriesOf(role, backend, collection);
      if (entries.length === 0) return undefined;
      filtering.push({ role, entries });
    }
    // A call allowed on this collection is allowed by one role alone (any deny of any role would refuse it):
    // none here means the collection is one the call's authorization did not cover (a batch's own targets).
    if (filtering.length === 0) throw permissionDenied(identity, request, backend, collection);
    const claims = identity.claims ?? {};
    const ofRoles = filtering.map(({ role, entries }) => {
      const filters = entries.map((e) => {
        const bound = bindTemplate(e.template, (name) => claimValue(claims, name));
        if ("missing" in bound) {
          throw dbxError(ErrorReason.PERMISSION_DENIED, `the row filter of role "${role}" on "${collection}" needs claim "${bound.missing}": ${bound.why}`, {
            backend,
            collection,
            role,
            claim: bound.missing,
          });
        }
        return bound;
      });
      return filters.length === 1 ? filters[0] : allOf(filters);
    });
    return ofRoles.length === 1 ? ofRoles[0] : create(FilterSchema, { kind: { case: "anyOf", value: { filters: ofRoles } } });
  }

  #entriesOf(role: string, backend: string, collection: string): readonly RowFilterEntry[] {
    const entries = this.#roles.get(role);
    if (!entries) return [];
    return entries.filter((e) => e.backends.some((b) => b.matches(backend)) && e.collections.some((c) => c.matches(collection)));
  }
}

/** Filters that must all match. */
export function allOf(filters: readonly Filter[]): Filter {
  return create(FilterSchema, { kind: { case: "allOf", value: { filters: [...filters] } } });
}

/** A claim as the value it is bound as, or why it cannot be: strings, numbers and booleans only. */
function claimValue(claims: Readonly<Record<string, unknown>>, name: string): TypedValue | string {
  if (!Object.hasOwn(claims, name)) return "the caller's credential has no such claim";
  const value = claims[name];
  switch (typeof value) {
    case "string":
      return create(TypedValueSchema, { kind: { case: "stringValue", value } });
    case "boolean":
      return create(TypedValueSchema, { kind: { case: "boolValue", value } });
    case "number":
      if (Number.isSafeInteger(value)) return create(TypedValueSchema, { kind: { case: "intValue", value: BigInt(value) } });
      if (Number.isFinite(value)) return create(TypedValueSchema, { kind: { case: "doubleValue", value } });
      return "its value is not a finite number";
    default:
      return "its value is not a string, a number or a boolean";
  }
}
