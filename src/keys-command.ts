import { ConnectError } from "@connectrpc/connect";
import { Command, InvalidArgumentError, Option } from "commander";
import { ApiKeyStore, type ApiKeyRecord, type IssuedApiKey } from "./auth/api-keys/index.js";
import { DEFAULT_API_KEY_STORE, type ConfigFlags } from "./config/load.js";
import type { Config } from "./config/schema.js";

const DURATION_UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `30d`, `12h`, `90s`, `500ms`: a positive number and a unit (ms, s, m, h, d), as milliseconds. */
function parseDurationText(text: string): number {
  let digits = 0;
  while (digits < text.length && ((text[digits]! >= "0" && text[digits]! <= "9") || text[digits] === ".")) digits++;
  const unit = DURATION_UNITS[text.slice(digits)];
  const amount = Number(text.slice(0, digits));
  if (digits === 0 || unit === undefined || !Number.isFinite(amount)) {
    throw new InvalidArgumentError("expected a number and a unit (ms, s, m, h, d), e.g. 30d or 12h");
  }
  return Math.round(amount * unit);
}

function parsePositiveNumber(text: string): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value <= 0) throw new InvalidArgumentError("expected a number above 0");
  return value;
}

function parsePositiveInteger(text: string): number {
  const value = parsePositiveNumber(text);
  if (!Number.isSafeInteger(value)) throw new InvalidArgumentError("expected a whole number above 0");
  return value;
}

interface StoreFlags {
  config?: string;
  store?: string;
}

/**
 * `dbx keys`: manages API keys by writing to the key store directly, so that
 * the first admin key can be made before any exists. A running server sees the
 * change within a second. `load` reads the configuration (exiting on an
 * invalid one) for the store's path and the configured roles.
 */
export function registerKeysCommand(program: Command, load: (flags: ConfigFlags) => Config): void {
  const keys = program.command("keys").description("create, list, revoke and rotate API keys (in the key store, directly)");
  const storeCommand = (name: string) =>
    keys
      .command(name)
      .addOption(new Option("-c, --config <file>", "YAML or JSON config file (auth.apiKeys.storePath, auth.roles)").env("DBX_CONFIG"))
      .addOption(new Option("--store <file>", `the key store's SQLite file (default: auth.apiKeys.storePath, else ${DEFAULT_API_KEY_STORE})`).env("DBX_API_KEY_STORE"));

  /** Opens the store the flags or the configuration name, runs `use`, closes it; store errors exit 1 with their message. */
  const withStore = (flags: StoreFlags, use: (store: ApiKeyStore, config: Config) => void): void => {
    const config = load(flags.config === undefined ? {} : { config: flags.config });
    // An empty DBX_API_KEY_STORE is unset, as shells make it. Without any, the store `dbx serve --auth-required` uses.
    const path = flags.store || config.auth.apiKeys?.storePath || DEFAULT_API_KEY_STORE;
    const store = ApiKeyStore.open({ path });
    try {
      use(store, config);
    } catch (err) {
      if (err instanceof ConnectError) fail(err.rawMessage);
      throw err;
    } finally {
      store.close();
    }
  };

  storeCommand("create")
    .description("make a key and print its secret (shown this once)")
    .requiredOption("--role <role>", "the role the key acts as (auth.roles, or admin)")
    .option("--name <name>", "a name for people: who or what uses the key")
    .option("--ttl <duration>", "how long the key works, e.g. 90d (default: no expiry)", parseDurationText)
    .option("--rate <callsPerSecond>", "the key's own rate limit (default: its role's)", parsePositiveNumber)
    .option("--burst <calls>", "calls at once above --rate (default: --rate, rounded up)", parsePositiveInteger)
    .action((flags: StoreFlags & { role: string; name?: string; ttl?: number; rate?: number; burst?: number }) =>
      withStore(flags, (store, config) => {
        const roles = [...Object.keys(config.auth.roles), "admin"];
        if (!roles.includes(flags.role)) fail(`--role: no role named "${flags.role}" is configured (auth.roles: ${roles.join(", ")})`);
        if (flags.burst !== undefined && flags.rate === undefined) fail("--burst needs --rate");
        const issued = store.create({
          role: flags.role,
          ...(flags.name !== undefined && { name: flags.name }),
          ...(flags.ttl !== undefined && { ttlMs: flags.ttl }),
          ...(flags.rate !== undefined && { rateLimit: { callsPerSecond: flags.rate, ...(flags.burst !== undefined && { burst: flags.burst }) } }),
        });
        printIssued(issued);
      }),
    );

  storeCommand("list")
    .description("list the keys (never their secrets)")
    .option("--all", "include revoked and expired keys")
    .action((flags: StoreFlags & { all?: boolean }) =>
      withStore(flags, (store) => {
        const now = Date.now();
        const lines = ["ID\tROLE\tSTATUS\tCREATED\tEXPIRES\tNAME"];
        for (let afterId: string | undefined, more = true; more; ) {
          const page = store.list({ limit: 500, includeInactive: flags.all === true, ...(afterId !== undefined && { afterId }) });
          for (const key of page.keys) lines.push(listLine(key, now));
          afterId = page.nextAfterId;
          more = afterId !== undefined;
        }
        process.stdout.write(lines.join("\n") + "\n");
      }),
    );

  storeCommand("revoke")
    .description("revoke a key: calls with it fail from now on")
    .argument("<id>", "the key's id")
    .action((id: string, flags: StoreFlags) =>
      withStore(flags, (store) => {
        process.stdout.write(store.revoke(id) ? `revoked ${id}\n` : `${id} was already revoked\n`);
      }),
    );

  storeCommand("rotate")
    .description("give a key a new secret (printed this once), keeping its id, role and limits")
    .argument("<id>", "the key's id")
    .option("--grace <duration>", "how long the old secret keeps working, at most 1d (default: not at all)", parseDurationText)
    .action((id: string, flags: StoreFlags & { grace?: number }) =>
      withStore(flags, (store) => printIssued(store.rotate(id, flags.grace ?? 0))),
    );
}

function printIssued({ key, secret }: IssuedApiKey): void {
  process.stdout.write(`id: ${key.id}\nsecret: ${secret}\n`);
  process.stderr.write("dbx: store the secret now: DBX keeps only its hash and cannot show it again\n");
}

function listLine(key: ApiKeyRecord, now: number): string {
  const status =
    key.revokedAtMs !== undefined ? "revoked" : key.expiresAtMs !== undefined && key.expiresAtMs <= now ? "expired" : "active";
  const expires = key.expiresAtMs === undefined ? "-" : new Date(key.expiresAtMs).toISOString();
  return [key.id, key.role, status, new Date(key.createdAtMs).toISOString(), expires, key.name].join("\t");
}

function fail(message: string): never {
  process.stderr.write(`dbx: ${message}\n`);
  process.exit(1);
}
