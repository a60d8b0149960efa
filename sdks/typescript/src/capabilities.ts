import type { BackendInfo, GetCapabilitiesResponse, TimestampPrecision } from "./gen/dbx/v1/admin_pb.js";

/**
 * What a backend supports (`AdminService.GetCapabilities`), to branch on
 * before calling: `if (caps.has("value.document")) ...`. docs/capabilities.md
 * lists the names.
 */
export class Capabilities {
  /** The backend answered for: its name, kind and whether it is the default. */
  readonly backend: BackendInfo | undefined;
  /** The capability names, e.g. `stream.watch`, `value.interval`. */
  readonly names: ReadonlySet<string>;
  /** The full names of the services the backend serves, e.g. `dbx.sql.v1.SqlService`. */
  readonly services: ReadonlySet<string>;
  readonly timestampPrecision: TimestampPrecision;
  readonly serverVersion: string;

  constructor(readonly response: GetCapabilitiesResponse) {
    this.backend = response.backend;
    this.names = new Set(response.capabilities);
    this.services = new Set(response.services);
    this.timestampPrecision = response.timestampPrecision;
    this.serverVersion = response.serverVersion;
  }

  has(capability: string): boolean {
    return this.names.has(capability);
  }
}
