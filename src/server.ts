// First: protobuf-es picks its base64 encoder when it loads (embedders that
// import @bufbuild/protobuf before this module import it first themselves).
import "./platform/uint8array-to-base64.js";
import { readFileSync } from "node:fs";
import pino, { type Logger } from "pino";
import { createRegistry } from "./backends/adapters.js";
import type { BackendRegistry } from "./backends/registry.js";
import { createAccessControl, type AccessControl } from "./auth/access-control-setup.js";
import { ApiKeyStore } from "./auth/api-keys/index.js";
import { authConfigured } from "./config/auth-schema.js";
import type { Config } from "./config/schema.js";
import { callLoggerMiddleware } from "./pipeline/call-logger.js";
import { CallPipeline } from "./pipeline/call-pipeline.js";
import { requestIdMiddleware } from "./pipeline/request-id.js";
import { registerHealth } from "./services/health-service.js";
import { registerReflection } from "./services/reflection-service.js";
import { DBX_SERVICES } from "./services/dbx-services.js";
import { dbxRoutes } from "./services/routes.js";
import { createServiceDeps } from "./services/service-deps.js";
import { checkExposure } from "./transport/exposure.js";
import { startTransport, type Transport } from "./transport/http-server.js";

/** A running DBX server. */
export interface DbxServer {
  readonly port: number;
  /** http://host:port (https with TLS). */
  readonly url: string;
  readonly registry: BackendRegistry;
  /**
   * Reads server.tls's files again (SIGHUP): new connections get the new
   * certificate, open ones keep theirs. Files that cannot be served are
   * logged and change nothing. Answers whether the new files are served.
   */
  reloadTls(): Promise<boolean>;
  /** Graceful stop: in-flight calls finish within the configured grace, then backends close. */
  close(): Promise<void>;
}

export const VERSION: string = readOwnVersion();

/** The version in DBX's package.json, found from here whether running from src/ or a build in dist/. */
function readOwnVersion(): string {
  for (let dir = new URL(".", import.meta.url); dir.pathname !== "/"; dir = new URL("..", dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL("package.json", dir), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "dbx" && pkg.version) return pkg.version;
    } catch {
      // not here; look one folder up
    }
  }
  return "0.0.0";
}

/** Opens the configured backends and starts serving. */
export async function startServer(config: Config, logger: Logger = createLogger(config)): Promise<DbxServer> {
  if (checkExposure(config.server, authConfigured(config.auth)) === "insecure") {
    logger.warn(
      { host: config.server.host },
      "listening on a non-loopback address without authentication (--insecure): anyone who reaches this port can read and write every backend",
    );
  }
  // Opened first: a key store that cannot be opened stops the start before any backend is.
  const apiKeyStore =
    config.auth.apiKeys &&
    ApiKeyStore.open({ path: config.auth.apiKeys.storePath, onChangeCheckError: (err) => logger.warn({ err }, "API key store: could not look for changes") });
  let registry: BackendRegistry;
  let accessControl: AccessControl | undefined;
  try {
    accessControl = createAccessControl(config.auth, DBX_SERVICES, apiKeyStore, logger);
    registry = createRegistry(config);
    await registry.openAll();
  } catch (err) {
    apiKeyStore?.close();
    throw err;
  }
  const deps = createServiceDeps({
    registry,
    transactions: config.transactions,
    logger,
    limits: { maxRowsPerResponse: config.server.maxRowsPerResponse, maxResponseBytes: config.server.maxResponseBytes },
    version: VERSION,
    permissions: accessControl?.permissions,
    admission: accessControl?.admission,
    rowFilters: accessControl?.rowFilters,
  });
  const { transactions } = deps;
  const pipeline = new CallPipeline([
    requestIdMiddleware,
    callLoggerMiddleware(logger),
    ...(accessControl ? [accessControl.middleware] : []),
    deps.callStats.middleware,
  ]);
  let transport: Transport;
  try {
    const apiKeys = apiKeyStore && { store: apiKeyStore, roles: [...Object.keys(config.auth.roles), "admin"] };
    transport = await startTransport({
      host: config.server.host,
      port: config.server.port,
      tls: config.server.tls,
      corsOrigins: config.server.cors.origins,
      maxRequestBytes: config.server.maxRequestBytes,
      maxResponseBytes: config.server.maxResponseBytes,
      routes: (router) => {
        dbxRoutes(deps, apiKeys)(router);
        registerHealth(router, registry);
        registerReflection(router);
      },
      pipeline,
      fastPath: config.server.fastPath,
      logger,
      limits: config.server,
      allowedHosts: config.server.allowedHosts,
    });
  } catch (err) {
    apiKeyStore?.close();
    await registry.closeAll();
    throw err;
  }
  const scheme = transport.tls ? "https" : "http";
  const host = config.server.host.includes(":") ? `[${config.server.host}]` : config.server.host;
  logger.info({ host: config.server.host, port: transport.port, tls: transport.tls, backends: registry.all().map((b) => `${b.name} (${b.displayUrl})`) }, "dbx listening");
  // Scripts and supervisors wait for this line: do not leave it in the buffer.
  logger.flush();

  let closing: Promise<void> | undefined;
  return {
    port: transport.port,
    url: `${scheme}://${host}:${transport.port}`,
    registry,
    async reloadTls() {
      if (transport.reloadTls) return transport.reloadTls();
      logger.warn("TLS reload asked for, but server.tls is not configured: nothing to reload");
      return false;
    },
    close() {
      closing ??= (async () => {
        await transport.close(config.server.shutdownGraceMs);
        await transactions.rollbackAll();
        await registry.closeAll();
        apiKeyStore?.close();
        await accessControl?.close();
        logger.info("dbx stopped");
        logger.flush();
      })();
      return closing;
    },
  };
}

/** How long a log line may wait in the buffer: the most a crash can lose. */
const LOG_FLUSH_INTERVAL_MS = 1_000;

/**
 * JSON lines on stdout. Writes are buffered (up to 4 KiB) rather than one
 * write(2) per call line, which is a measurable share of a unary call's CPU;
 * the buffer is flushed every second, on shutdown and, by the CLI, on a
 * fatal error (`flushLogSync`).
 */
export function createLogger(config: Config): Logger {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => {
    try {
      destination.flush();
    } catch {
      // Only a destination already closed refuses: nothing is left to write.
    }
  }, LOG_FLUSH_INTERVAL_MS).unref();
  return pino({ level: config.server.logLevel, base: { service: "dbx", pid: process.pid } }, destination);
}

/** Writes what `logger` (from createLogger) still buffers before returning: for a process about to exit. */
export function flushLogSync(logger: Logger): void {
  const destination = (logger as unknown as Record<symbol, { flushSync?: () => void; destroyed?: boolean } | undefined>)[
    pino.symbols.streamSym
  ];
  // A destination already closed has nothing left to write.
  if (destination && !destination.destroyed) destination.flushSync?.();
}
