#!/usr/bin/env node
// First: protobuf-es picks its base64 encoder when it loads.
import "./platform/uint8array-to-base64.js";
import cluster from "node:cluster";
import { Command, Option } from "commander";
import type { Logger } from "pino";
import { superviseWorkers } from "./workers/worker-supervisor.js";
import { ConfigError } from "./config/config-error.js";
import { loadConfig, type ConfigFlags } from "./config/load.js";
import { DEFAULT_PORT, type Config } from "./config/schema.js";
import { createRegistry } from "./backends/adapters.js";
import { createLogger, flushLogSync, startServer, VERSION } from "./server.js";
import { checkExposure } from "./transport/exposure.js";
import { authConfigured } from "./config/auth-schema.js";
import { registerKeysCommand } from "./keys-command.js";

const program = new Command()
  .name("dbx")
  .description("One Protobuf API to SQLite, Redis, PostgreSQL and MongoDB over gRPC, gRPC-Web and Connect")
  .version(VERSION);

/** The flags `serve` and `check-config` share; each has a DBX_* environment twin. */
function withConfigFlags(command: Command): Command {
  return command
    .addOption(new Option("-c, --config <file>", "YAML or JSON config file").env("DBX_CONFIG"))
    .addOption(new Option("--host <host>", "address to listen on (default 127.0.0.1)"))
    .addOption(new Option("-p, --port <port>", `port to listen on (default ${DEFAULT_PORT})`))
    .addOption(new Option("-w, --workers <n>", "worker processes sharing the port (default 1)"))
    .option("--memory", "serve an in-memory SQLite database as the default backend")
    .option("-b, --backend <name=url...>", "add a backend, e.g. cache=redis://localhost:6379 (repeatable)")
    .option("--default-backend <name>", "backend used when a request names none")
    .option("--log-level <level>", "trace, debug, info, warn, error or silent")
    .option("--tls-cert <file>", "PEM certificate: serve TLS on the same port")
    .option("--tls-key <file>", "PEM private key for --tls-cert")
    .option("--tls-client-ca <file>", "PEM CAs whose client certificates are accepted (mTLS) (env: DBX_TLS_CLIENT_CA)")
    .option("--cors-origin <origin...>", "allow browser calls from this origin ('*' for any; repeatable)")
    // Their DBX_* twins are read by loadConfig, which parses "false" as false.
    .option("--auth-required", "every call needs a credential: API keys (dbx keys create) or JWTs (auth.jwt) (env: DBX_AUTH_REQUIRED)")
    .option("--api-key-store <file>", "the API key store (default with --auth-required: ./data/dbx-keys.sqlite) (env: DBX_API_KEY_STORE)")
    .option("--insecure", "allow listening on a non-loopback address without authentication");
}

withConfigFlags(program.command("serve", { isDefault: true }).description("start the server (the default command)")).action(
  async (flags: ConfigFlags) => {
    const config = loadOrExit(flags);
    orExit(() => checkExposure(config.server, authConfigured(config.auth)));
    if (config.server.workers > 1 && cluster.isPrimary) {
      // Adapter options fail here, once, rather than in every worker forever.
      checkBackendsOrExit(config);
      superviseWorkers(config.server.workers, (message) => process.stderr.write(`dbx: ${message}\n`));
      return;
    }
    const logger = createLogger(config);
    exitOnFatalError(logger);
    const server = await startServer(config, logger);
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        process.exit(1);
      }
      stopping = true;
      process.stderr.write(`dbx: ${signal}, shutting down\n`);
      void server.close().then(() => {
        flushLogSync(logger);
        process.exit(0);
      });
    };
    process.on("SIGTERM", () => stop("SIGTERM"));
    process.on("SIGINT", () => stop("SIGINT"));
    // Reads the TLS certificate and key again (a renewal), without a restart.
    process.on("SIGHUP", () => void server.reloadTls());
  },
);

withConfigFlags(program.command("check-config").description("validate the configuration and print it")).action(
  (flags: ConfigFlags) => {
    const config = loadOrExit(flags);
    orExit(() => checkExposure(config.server, authConfigured(config.auth)));
    checkBackendsOrExit(config);
    process.stdout.write(JSON.stringify(redact(config), null, 2) + "\n");
  },
);

registerKeysCommand(program, loadOrExit);

/**
 * An error nothing caught leaves the process in an unknown state: log it,
 * write out the buffered log lines (the last calls before it), exit 1.
 */
function exitOnFatalError(logger: Logger): void {
  const fatal = (err: unknown, message: string) => {
    logger.fatal({ err }, message);
    flushLogSync(logger);
    process.exit(1);
  };
  process.on("uncaughtException", (err) => fatal(err, "uncaught exception"));
  process.on("unhandledRejection", (reason) => fatal(reason, "unhandled rejection"));
}

/** Runs a configuration step; an invalid configuration exits 2 with every bad field named. */
function orExit<T>(step: () => T): T {
  try {
    return step();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`dbx: invalid configuration\n${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}

function loadOrExit(flags: ConfigFlags): Config {
  return orExit(() => loadConfig(flags));
}

/** Validates every backend's adapter options (without connecting). */
function checkBackendsOrExit(config: Config): void {
  orExit(() => createRegistry(config));
}

/** Passwords in backend URLs and the JWT secret are not printed. */
function redact(config: Config) {
  const backends = Object.fromEntries(
    Object.entries(config.backends).map(([name, b]) => [name, { ...b, url: withoutPassword(b.url) }]),
  );
  const jwt = config.auth.jwt && { ...config.auth.jwt, ...(config.auth.jwt.secret ? { secret: "***" } : {}) };
  return { ...config, backends, auth: { ...config.auth, jwt } };
}

function withoutPassword(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  if (!parsed.password) return url;
  parsed.password = "***";
  return parsed.href;
}

program.parseAsync().catch((err: unknown) => {
  process.stderr.write(`dbx: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
