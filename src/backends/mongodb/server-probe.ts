import type { Db } from "mongodb";

/** What the connected server is and offers, probed once when the backend opens. */
export interface MongoServer {
  /** The version it reports (FerretDB reports the MongoDB version it imitates). */
  readonly version: string;
  /** FerretDB's own version when the server is FerretDB, else undefined. */
  readonly ferretdb: string | undefined;
  /**
   * Multi-document transactions and change streams: a replica set or
   * sharded cluster member of MongoDB 4.0 or later (hello answers `setName`
   * or `msg: "isdbgrid"` and logical sessions). FerretDB 1.x has neither.
   */
  readonly transactions: boolean;
  /** How long MongoDB lets a transaction live (transactionLifetimeLimitSeconds; 60 s when it does not say). */
  readonly transactionLifetimeMs: number;
}

/** MongoDB's default transactionLifetimeLimitSeconds. */
const DEFAULT_TRANSACTION_LIFETIME_MS = 60_000;

/** Asks `hello` and `buildInfo`; fails as the driver does when the server cannot be reached. */
export async function probeServer(admin: Db, signal: AbortSignal): Promise<MongoServer> {
  const hello = await admin.command({ hello: 1 }, { signal });
  const build = await admin.command({ buildInfo: 1 }, { signal });
  const ferretdb = typeof build.ferretdbVersion === "string" ? build.ferretdbVersion : undefined;
  const replicated = typeof hello.setName === "string" || hello.msg === "isdbgrid";
  const transactions = ferretdb === undefined && replicated && hello.logicalSessionTimeoutMinutes != null;
  return {
    version: String(build.version ?? ""),
    ferretdb,
    transactions,
    transactionLifetimeMs: transactions ? await transactionLifetimeMs(admin, signal) : DEFAULT_TRANSACTION_LIFETIME_MS,
  };
}

/** The server's transaction lifetime; its default when the user may not read server parameters. */
async function transactionLifetimeMs(admin: Db, signal: AbortSignal): Promise<number> {
  try {
    const answer = await admin.command({ getParameter: 1, transactionLifetimeLimitSeconds: 1 }, { signal });
    const seconds = Number(answer.transactionLifetimeLimitSeconds);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TRANSACTION_LIFETIME_MS;
  } catch {
    return DEFAULT_TRANSACTION_LIFETIME_MS;
  }
}
