import { z } from "zod";
import { AuthConfigSchema } from "./auth-schema.js";
import { durationMs } from "./duration.js";

/** The port DBX listens on when none is configured. */
export const DEFAULT_PORT = 7420;

/**
 * The largest answer DBX sends by default: encoding it blocks the event loop
 * for a few milliseconds at most (npm run bench:response-size measures it).
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

const BACKEND_NAME = /^[a-z][a-z0-9_-]{0,62}$/;

const backendName = z
  .string()
  .regex(
    BACKEND_NAME,
    `a backend name is lowercase: 1 to 63 letters a-z, digits, '_' and '-', starting with a letter (pattern ${BACKEND_NAME.source})`,
  );

/**
 * One named backend: a URL whose scheme selects the adapter, and adapter
 * options beside it (each adapter validates its own).
 */
export const BackendConfigSchema = z
  .object({
    url: z.string().min(1, "a backend needs a url"),
  })
  .catchall(z.unknown());

export const ServerConfigSchema = z.strictObject({
  host: z.string().min(1).default("127.0.0.1"),
  port: z.coerce.number().int().min(0).max(65535).default(DEFAULT_PORT),
  tls: z
    .strictObject({
      /** PEM certificate (chain) served; read again on SIGHUP and when the files change. */
      cert: z.string().min(1),
      key: z.string().min(1),
      /** PEM file of the CAs whose client certificates are accepted (mTLS); DBX then asks clients for one. */
      clientCa: z.string().min(1).optional(),
      /** Whether a client must present a certificate signed by `clientCa` (handshakes without one fail) or may. */
      clientCertificate: z.enum(["optional", "required"]).default("optional"),
      /** How often the files are checked for changes (modification time, size, inode); 0 checks only on SIGHUP. */
      reloadIntervalMs: durationMs({ min: 0 }).default(5_000),
    })
    .superRefine((tls, ctx) => {
      if (tls.clientCertificate === "required" && tls.clientCa === undefined) {
        ctx.addIssue({ code: "custom", path: ["clientCertificate"], message: "a required client certificate needs server.tls.clientCa, the CAs that sign them" });
      }
    })
    .optional(),
  cors: z
    .strictObject({
      /** Allowed origins; "*" allows any. Empty disables CORS. */
      origins: z.array(z.string()).default([]),
    })
    .default({ origins: [] }),
  /** Largest request message accepted, in bytes. */
  maxRequestBytes: z.number().int().positive().default(4 * 1024 * 1024),
  /**
   * Largest message DBX answers, in bytes as encoded (a unary answer, or each
   * message of a stream); past it RESOURCE_EXHAUSTED (RESPONSE_TOO_LARGE).
   * Bounds the memory and event-loop time one answer takes to encode.
   */
  maxResponseBytes: z.number().int().min(64 * 1024).max(256 * 1024 * 1024).default(DEFAULT_MAX_RESPONSE_BYTES),
  /**
   * Most records or rows one answer carries (a unary answer, or one batch of
   * a stream); past it RESOURCE_EXHAUSTED, and page and batch sizes are
   * capped to it. Encoding takes time per value, whatever their size.
   */
  maxRowsPerResponse: z.number().int().positive().default(1_000),
  /** How long in-flight unary calls may run after SIGTERM before they are cancelled. */
  shutdownGraceMs: durationMs({ min: 0 }).default(10_000),
  /** Most streams (calls) open at once on one HTTP/2 connection, advertised in its SETTINGS. */
  maxConcurrentStreams: z.number().int().min(1).max(2 ** 31 - 1).default(100),
  /** Most connections open at once; more are closed on accept. */
  maxConnections: z.number().int().positive().default(1024),
  /** Most connections open at once from one client address; more are closed on accept. */
  maxConnectionsPerAddress: z.number().int().positive().default(256),
  /**
   * How long a new connection may take to show what it speaks: the TLS
   * handshake or first bytes, and for HTTP/2 the client's preface and SETTINGS.
   */
  handshakeTimeoutMs: durationMs().default(10_000),
  /**
   * How long an HTTP/1.1 request may take to arrive whole (headers and body),
   * and the request message of a unary or server-streaming call on any
   * protocol (HTTP/2 has no bound of its own).
   */
  requestTimeoutMs: durationMs().default(60_000),
  /**
   * Listening on a non-loopback address without authentication is refused
   * unless this is set (`--insecure`, DBX_INSECURE=true).
   */
  insecure: z.boolean().default(false),
  /**
   * Host names (or addresses) requests may name in Host / :authority besides
   * loopback ones (localhost, *.localhost, 127.0.0.0/8, [::1]). Checked when
   * listening on loopback, against DNS rebinding, or whenever this is set.
   */
  allowedHosts: z.array(z.string().min(1)).default([]),
  /**
   * Worker processes sharing the port (node:cluster). 1 serves from this
   * process. Each worker has its own connections, transactions and streams.
   */
  workers: z.coerce.number().int().min(1).max(64).default(1),
  /**
   * Serve plain unary calls on DBX's fast path (falls through to connect-node
   * for everything else). Off: every call takes connect-node's path.
   */
  fastPath: z.boolean().default(true),
  logLevel: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
});

export const TransactionConfigSchema = z.strictObject({
  defaultIdleTimeoutMs: durationMs().default(30_000),
  maxIdleTimeoutMs: durationMs().default(300_000),
  /** Most open interactive transactions per backend. */
  maxOpen: z.number().int().positive().default(100),
});

export const ConfigSchema = z
  .strictObject({
    server: ServerConfigSchema.default(ServerConfigSchema.parse({})),
    transactions: TransactionConfigSchema.default(TransactionConfigSchema.parse({})),
    /** Authentication, roles, rate limits, network lists and audit (docs/security.md). */
    auth: AuthConfigSchema.default(AuthConfigSchema.parse({})),
    /** The backend used when a request names none. */
    defaultBackend: backendName.default("default"),
    backends: z.record(backendName, BackendConfigSchema).default({}),
  })
  .superRefine((config, ctx) => {
    if (!(config.defaultBackend in config.backends)) {
      ctx.addIssue({
        code: "custom",
        path: ["defaultBackend"],
        message: `no backend named "${config.defaultBackend}" is configured`,
      });
    }
    if (config.auth.clientCertificates && config.server.tls?.clientCa === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["auth", "clientCertificates"],
        message: "client certificates as credentials need server.tls.clientCa, the CAs that sign them",
      });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;
export type BackendConfig = z.infer<typeof BackendConfigSchema>;
export type ServerConfig = z.infer<typeof ServerConfigSchema>;
