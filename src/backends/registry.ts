import { BackendKind } from "../../gen/ts/dbx/v1/admin_pb.js";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import type { BackendConfig } from "../config/schema.js";
import { dbxError, unsupported } from "../errors/dbx-error.js";
import type { Backend, BackendFacets } from "./backend.js";
import type { Capability } from "./capabilities.js";

/** What an adapter must know about how DBX runs beyond its own options. */
export interface BackendEnvironment {
  /**
   * How many DBX processes serve this configuration (`server.workers`).
   * In-process state (SQLite's change feed, an in-memory database) is not
   * shared between them.
   */
  readonly processes: number;
}

/** Creates a backend from its configured name and options. */
export type BackendFactory = (name: string, config: BackendConfig, environment: BackendEnvironment) => Backend;

/**
 * The configured backends by name. Services resolve the backend a request
 * names here, so unknown names, wrong kinds and missing capabilities answer
 * the same way everywhere.
 */
export class BackendRegistry {
  readonly #backends = new Map<string, Backend>();

  constructor(
    backends: Iterable<Backend>,
    readonly defaultName: string,
  ) {
    for (const b of backends) this.#backends.set(b.name, b);
    if (!this.#backends.has(defaultName)) throw new Error(`default backend "${defaultName}" is not configured`);
  }

  /** Default first, then by name. */
  all(): Backend[] {
    return [...this.#backends.values()].sort((a, b) =>
      a.name === this.defaultName ? -1 : b.name === this.defaultName ? 1 : a.name.localeCompare(b.name),
    );
  }

  /** The backend a request names; "" is the default. NOT_FOUND when unknown. */
  get(name: string): Backend {
    const backend = this.#backends.get(name || this.defaultName);
    if (!backend) {
      throw dbxError(ErrorReason.UNKNOWN_BACKEND, `no backend named "${name}" is configured`, { backend: name });
    }
    return backend;
  }

  /** The backend, after checking it has a capability; UNIMPLEMENTED naming it otherwise. */
  withCapability(name: string, capability: Capability): Backend {
    const backend = this.get(name);
    if (!backend.capabilities.has(capability)) throw unsupported(backend.name, capability);
    return backend;
  }

  /**
   * The facet a backend-specific service needs; FAILED_PRECONDITION naming
   * the backend and its kind when the backend does not serve that service.
   */
  facet<K extends keyof BackendFacets>(name: string, facet: K, service: string): NonNullable<BackendFacets[K]> {
    const backend = this.get(name);
    const value = backend.facets[facet];
    if (!value) {
      const kind = BackendKind[backend.kind].toLowerCase();
      throw dbxError(
        ErrorReason.WRONG_BACKEND_KIND,
        `backend "${backend.name}" is ${kind}, which does not serve ${service}`,
        { backend: backend.name, kind, service },
      );
    }
    return value as NonNullable<BackendFacets[K]>;
  }

  async openAll(): Promise<void> {
    await Promise.all(this.all().map((b) => b.open()));
  }

  async closeAll(): Promise<void> {
    await Promise.allSettled(this.all().map((b) => b.close()));
  }
}
