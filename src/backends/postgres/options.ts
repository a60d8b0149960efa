import { readFileSync } from "node:fs";
import { z } from "zod";
import { ConfigError, parseConfig } from "../../config/config-error.js";
import type { BackendConfig } from "../../config/schema.js";

/** A setting or role name as SET LOCAL / SET ROLE take it: `request.jwt.claims`, `request.jwt.claim.sub`, `app_user`. */
const SETTING_NAME = /^[A-Za-z_][A-Za-z0-9_$]{0,62}(\.[A-Za-z_][A-Za-z0-9_$]{0,62}){0,3}$/;

/** What an identityContext setting can take its value from, beside "claim:<name>" (identity-context.ts). */
const VALUE_SOURCES: ReadonlySet<string> = new Set(["claims", "subject", "roles"]);

/**
 * The options of a PostgreSQL backend beside its `url`. docs/backends/postgres.md
 * describes each one.
 */
export const PostgresOptionsSchema = z.strictObject({
  url: z.string().regex(/^postgres(ql)?:\/\//i, 'a PostgreSQL URL starts with "postgres://" or "postgresql://"'),
  /** Connections kept by the pool; interactive transactions each pin one for their lifetime. */
  poolSize: z.number().int().min(1).max(1_000).default(10),
  /** An unused pooled connection is closed after this long. */
  idleTimeoutMs: z.number().int().min(1_000).max(86_400_000).default(30_000),
  /** How long opening a connection may take before UNAVAILABLE. */
  connectTimeoutMs: z.number().int().min(100).max(600_000).default(5_000),
  /** `statement_timeout` of a call without a deadline; a call's deadline replaces it. */
  statementTimeoutMs: z.number().int().min(1).max(86_400_000).default(30_000),
  /** `application_name` of DBX's connections, as pg_stat_activity shows them. */
  applicationName: z.string().min(1).max(63).default("dbx"),
  /** The schemas unqualified names resolve in, first to last (`search_path`); unset: the server's default. */
  searchPath: z.array(z.string().min(1).max(63)).min(1).max(32).optional(),
  /** TLS to the server; unset: plain TCP unless the URL says `sslmode`. */
  tls: z
    .strictObject({
      /** PEM file of the certificate authorities to trust (default: the system's). */
      caFile: z.string().min(1).optional(),
      /** Client certificate and key, PEM files, for certificate authentication. */
      certFile: z.string().min(1).optional(),
      keyFile: z.string().min(1).optional(),
      /** Verify the server's certificate and host name. */
      rejectUnauthorized: z.boolean().default(true),
    })
    .optional(),
  /** Statements prepared server-side per pooled connection; the least recently used are deallocated past it. */
  preparedStatementsPerConnection: z.number().int().min(0).max(10_000).default(200),
  /** Statements kept by SqlService.Prepare. */
  maxPreparedStatements: z.number().int().min(1).max(100_000).default(1_000),
  /** Change events buffered per watcher before its stream ends with RESOURCE_EXHAUSTED. */
  watchQueueSize: z.number().int().min(1).max(1_000_000).default(10_000),
  /** The schema Watch keeps its change log, registrations and trigger function in (created if missing); its triggers are named `<schema>_watch`. */
  watchSchema: z.string().min(1).max(57).default("dbx"),
  /** Notifications buffered per Listen stream before it ends with RESOURCE_EXHAUSTED. */
  listenQueueSize: z.number().int().min(1).max(1_000_000).default(10_000),
  /**
   * What a call's SessionContext may set (row-level security): roles it may
   * `SET LOCAL ROLE` to and setting names it may `SET LOCAL`. Empty: session
   * context is refused (PERMISSION_DENIED).
   */
  sessionContext: z
    .strictObject({
      allowedRoles: z.array(z.string().regex(SETTING_NAME, "a role name")).max(1_000).default([]),
      allowedSettings: z.array(z.string().regex(SETTING_NAME, "a setting name such as request.jwt.claims")).max(1_000).default([]),
    })
    .default({ allowedRoles: [], allowedSettings: [] }),
  /**
   * Who the database sees a call as, from its caller's identity
   * (identity-context.ts): a role and settings applied with SET LOCAL to
   * every statement of the call. Unset: calls run as DBX's own role.
   */
  identityContext: z
    .strictObject({
      /** The role of an authenticated call: a claim's value (listed in sessionContext.allowedRoles), or by the caller's DBX role. */
      role: z
        .union([
          z.strictObject({ fromClaim: z.string().min(1).max(256) }),
          z.strictObject({ fromDbxRoles: z.record(z.string().min(1).max(256), z.string().regex(SETTING_NAME, "a role name")) }),
        ])
        .optional(),
      /** The role of a call without a credential (or where no authentication is configured); unset: DBX's own role. */
      anonymousRole: z.string().regex(SETTING_NAME, "a role name").optional(),
      /** Settings of an authenticated call, by name: "claims" (the claims as JSON), "subject", "roles" (JSON array) or "claim:<name>". */
      settings: z
        .record(
          z.string().regex(SETTING_NAME, "a setting name such as request.jwt.claims"),
          z.string().refine((source) => VALUE_SOURCES.has(source) || (source.startsWith("claim:") && source.length > 6), 'a value source: "claims", "subject", "roles" or "claim:<name>"'),
        )
        .default({}),
    })
    .optional(),
});

export type PostgresOptions = z.infer<typeof PostgresOptionsSchema>;

/** TLS material as node:tls takes it. */
export interface PostgresTls {
  readonly ca?: string;
  readonly cert?: string;
  readonly key?: string;
  readonly rejectUnauthorized: boolean;
}

/** Everything the adapter needs to connect. */
export interface PostgresSettings {
  readonly options: PostgresOptions;
  readonly tls: PostgresTls | undefined;
  /** The URL with any password removed. */
  readonly displayUrl: string;
}

/** Validates a backend's configuration; bad fields are reported as `backends.<name>.<option>`. */
export function parsePostgresSettings(name: string, config: BackendConfig): PostgresSettings {
  const options = parseConfig(PostgresOptionsSchema, config, ["backends", name]);
  let parsed: URL;
  try {
    parsed = new URL(options.url);
  } catch {
    throw new ConfigError(`backends.${name}.url: not a URL ("postgres://user:password@host:5432/database")`);
  }
  if (parsed.password) parsed.password = "";
  const role = options.identityContext?.role;
  if (role && "fromClaim" in role && options.sessionContext.allowedRoles.length === 0) {
    throw new ConfigError(`backends.${name}.identityContext.role.fromClaim: a role read from a claim must be listed in backends.${name}.sessionContext.allowedRoles, which is empty`);
  }
  return { options, tls: readTls(name, options.tls), displayUrl: parsed.toString() };
}

function readTls(name: string, tls: PostgresOptions["tls"]): PostgresTls | undefined {
  if (!tls) return undefined;
  const read = (option: string, path: string | undefined): string | undefined => {
    if (path === undefined) return undefined;
    try {
      return readFileSync(path, "utf8");
    } catch (err) {
      throw new ConfigError(`backends.${name}.tls.${option}: cannot read ${path}: ${(err as Error).message}`);
    }
  };
  return { ca: read("caFile", tls.caFile), cert: read("certFile", tls.certFile), key: read("keyFile", tls.keyFile), rejectUnauthorized: tls.rejectUnauthorized };
}
