import { z } from "zod";
import { parseAddressRange } from "../auth/network/address-list.js";
import { FilterTemplateError, parseFilterTemplate } from "../auth/row-filters/filter-template.js";
import { durationMs } from "./duration.js";

/**
 * What a call does, as permissions name it. Every RPC belongs to exactly one
 * group (src/auth/operation-groups.ts); native statements and scripts are
 * groups of their own, so that a role may write records without running SQL.
 */
export const OPERATION_GROUPS = ["read", "write", "stream", "schema", "native-query", "scripting", "admin"] as const;
export type OperationGroup = (typeof OPERATION_GROUPS)[number];

const ROLE_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,62}$/;
const roleName = z.string().regex(ROLE_NAME, "a role name is 1 to 63 letters, digits, '_', '.' and '-', starting with a letter");

const operations = z.array(z.union([z.enum(OPERATION_GROUPS), z.literal("*")])).min(1);

/**
 * Where a rule applies: backends and collections are names or patterns with
 * `*` (any run of characters); methods are `package.Service/Method` or
 * `package.Service/*`; keys are patterns on Redis keys (their UTF-8 text,
 * without the backend's key prefix; only `*` is special). Unset means every one.
 */
const ruleScope = {
  backends: z.array(z.string().min(1)).min(1).default(["*"]),
  collections: z.array(z.string().min(1)).min(1).default(["*"]),
  methods: z.array(z.string().min(1)).min(1).optional(),
  keys: z.array(z.string().min(1)).min(1).default(["*"]),
};

/** One permission rule of a role: it allows or denies groups of operations where its scope matches. Deny wins. */
export const RuleSchema = z.union([
  z.strictObject({ allow: operations, ...ruleScope }),
  z.strictObject({ deny: operations, ...ruleScope }),
]);

export const RateLimitSchema = z.strictObject({
  /** Calls per second, sustained. */
  callsPerSecond: z.number().positive(),
  /** Calls at once above the sustained rate; defaults to callsPerSecond, rounded up. */
  burst: z.number().int().positive().optional(),
});

/**
 * A row filter of a role: the rows of the collections it names that the
 * role reaches, a Filter in the contract's JSON shape whose values may be
 * claims, `{"$claim": "tenant_id"}` (src/auth/row-filters/).
 */
export const RowFilterSchema = z.strictObject({
  backends: z.array(z.string().min(1)).min(1).default(["*"]),
  collections: z.array(z.string().min(1)).min(1).default(["*"]),
  filter: z.unknown().superRefine((filter, ctx) => {
    try {
      parseFilterTemplate(filter);
    } catch (e) {
      if (!(e instanceof FilterTemplateError)) throw e;
      ctx.addIssue({ code: "custom", path: [...e.path], message: e.message });
    }
  }),
});

export const RoleSchema = z.strictObject({
  rules: z.array(RuleSchema).default([]),
  /** Calls per second for each identity acting as this role (a key's own limit overrides it); needs auth.rateLimits. */
  rateLimit: RateLimitSchema.optional(),
  /** Rows this role reaches, per collection: ANDed into every call of the role on them. */
  rowFilters: z.array(RowFilterSchema).min(1).optional(),
});

const JWT_ALGORITHMS = ["HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"] as const;
const oneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const JwtConfigSchema = z.strictObject({
  /** Accepted `iss`; unset accepts any. */
  issuer: oneOrMany.optional(),
  /** Accepted `aud`; unset accepts any. */
  audience: oneOrMany.optional(),
  /** Algorithms accepted; defaults to those of the configured keys. `none` is never accepted. */
  algorithms: z.array(z.enum(JWT_ALGORITHMS)).min(1).optional(),
  /** HS* shared secret, or a file holding it. */
  secret: z.string().min(32, "an HS256 secret needs at least 32 characters").optional(),
  secretFile: z.string().min(1).optional(),
  /** PEM public keys (RS*, PS*, ES*, EdDSA), each a file. */
  publicKeyFiles: z.array(z.string().min(1)).min(1).optional(),
  /** A JWKS to fetch keys from (cached; refreshed when a token names an unknown kid). */
  jwksUrl: z.string().url().optional(),
  /** A JWKS file, for deployments that cannot reach the issuer. */
  jwksFile: z.string().min(1).optional(),
  /** How long fetched keys are trusted before they are fetched again. */
  jwksCacheMs: durationMs().default(600_000),
  /** Tolerance for exp and nbf against this server's clock. */
  clockSkewMs: durationMs({ min: 0 }).default(30_000),
  /** The claim holding the role (or roles): a name, or a path of names for a nested claim. */
  roleClaim: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).default("role"),
  /** The claim naming the caller. */
  subjectClaim: z.string().min(1).default("sub"),
  /** The role of a token without the role claim; unset refuses such a token. */
  defaultRole: roleName.optional(),
  /** Larger tokens are refused before they are parsed. */
  maxTokenBytes: z.number().int().min(256).max(65_536).default(8_192),
});

/**
 * Verified client certificates (server.tls.clientCa) as credentials: the
 * caller is one name of the certificate, and its roles those of every
 * `roles` entry (a name, or a pattern with `*`) the name matches.
 */
export const ClientCertificatesConfigSchema = z.strictObject({
  /** The name that is the caller's subject: the subject's CN, or the first DNS, URI or email subject alternative name. */
  subjectFrom: z.enum(["CN", "SAN-DNS", "SAN-URI", "SAN-email"]).default("CN"),
  /** Roles by subject name or pattern; a subject matching none is authenticated with no role. */
  roles: z.record(z.string().min(1), z.array(roleName).min(1)).default({}),
});

export const ApiKeysConfigSchema = z.strictObject({
  /** The SQLite file holding the keys (hashed); created when missing. Not a backend: the data API cannot reach it. */
  storePath: z.string().min(1),
});

/** An address or CIDR range, checked as the network policy reads it. */
const cidr = z
  .string()
  .min(1)
  .superRefine((text, ctx) => {
    const parsed = parseAddressRange(text);
    if (typeof parsed === "string") ctx.addIssue({ code: "custom", message: parsed });
  });

export const NetworkConfigSchema = z.strictObject({
  /** Client addresses allowed (CIDR or single addresses); empty allows all. */
  allow: z.array(cidr).default([]),
  /** Client addresses refused; deny wins over allow. */
  deny: z.array(cidr).default([]),
  /** Proxies whose X-Forwarded-For is believed (CIDR); empty believes none. */
  trustedProxies: z.array(cidr).default([]),
});

export const AuthConfigSchema = z
  .strictObject({
    /** Every call needs a credential: no anonymous role (`--auth-required`, DBX_AUTH_REQUIRED). */
    required: z.boolean().default(false),
    /** The role of calls without a credential, where authentication is configured; unset refuses them. */
    anonymousRole: roleName.optional(),
    jwt: JwtConfigSchema.optional(),
    apiKeys: ApiKeysConfigSchema.optional(),
    clientCertificates: ClientCertificatesConfigSchema.optional(),
    /** Roles by name. `admin` is built in (every operation) unless configured here. */
    roles: z.record(roleName, RoleSchema).default({}),
    rateLimits: z
      .strictObject({
        /** Where buckets live: this process, or a Redis shared by every DBX instance. */
        store: z.union([z.literal("memory"), z.strictObject({ redis: z.string().min(1) })]).default("memory"),
        /** Every identity's limit, unless its role or key has one. */
        perIdentity: RateLimitSchema.optional(),
        /** Calls per second to each backend from all callers, counted in each process (a token bucket). */
        perBackend: z.record(z.string(), RateLimitSchema).default({}),
      })
      .optional(),
    /** Calls in flight at once: on each backend from all callers, and of one identity on a backend. */
    concurrency: z
      .strictObject({
        perBackend: z.record(z.string(), z.number().int().positive()).default({}),
        perIdentity: z.number().int().positive().optional(),
      })
      .optional(),
    network: NetworkConfigSchema.default(NetworkConfigSchema.parse({})),
    /** Append-only JSON lines of security events; unset logs them nowhere but the server log. */
    audit: z.strictObject({ file: z.string().min(1) }).optional(),
  })
  .superRefine((auth, ctx) => {
    if (auth.required && auth.anonymousRole !== undefined) {
      ctx.addIssue({ code: "custom", path: ["anonymousRole"], message: "auth.required leaves no anonymous role: remove one of them" });
    }
    if (auth.required && !auth.jwt && !auth.apiKeys && !auth.clientCertificates) {
      ctx.addIssue({
        code: "custom",
        path: ["required"],
        message: "auth.required needs a way to authenticate: configure auth.jwt, auth.apiKeys or auth.clientCertificates",
      });
    }
    const jwt = auth.jwt;
    if (jwt && !jwt.secret && !jwt.secretFile && !jwt.publicKeyFiles && !jwt.jwksUrl && !jwt.jwksFile) {
      ctx.addIssue({ code: "custom", path: ["jwt"], message: "auth.jwt needs keys: secret, secretFile, publicKeyFiles, jwksUrl or jwksFile" });
    }
    const roles = new Set([...Object.keys(auth.roles), "admin"]);
    for (const [path, role] of [
      [["anonymousRole"], auth.anonymousRole],
      [["jwt", "defaultRole"], jwt?.defaultRole],
    ] as const) {
      if (role !== undefined && !roles.has(role)) ctx.addIssue({ code: "custom", path: [...path], message: `no role named "${role}" is configured in auth.roles` });
    }
    for (const [name, granted] of Object.entries(auth.clientCertificates?.roles ?? {})) {
      for (const role of granted) {
        if (!roles.has(role)) ctx.addIssue({ code: "custom", path: ["clientCertificates", "roles", name], message: `no role named "${role}" is configured in auth.roles` });
      }
    }
  });

export type AuthConfig = z.infer<typeof AuthConfigSchema>;
export type RoleConfig = z.infer<typeof RoleSchema>;
export type RuleConfig = z.infer<typeof RuleSchema>;
export type JwtConfig = z.infer<typeof JwtConfigSchema>;
export type ClientCertificatesConfig = z.infer<typeof ClientCertificatesConfigSchema>;
export type RateLimitConfig = z.infer<typeof RateLimitSchema>;

/** Whether any authentication is configured: otherwise DBX serves every call as before (loopback only). */
export function authConfigured(auth: AuthConfig): boolean {
  return auth.required || auth.anonymousRole !== undefined || auth.jwt !== undefined || auth.apiKeys !== undefined || auth.clientCertificates !== undefined;
}
