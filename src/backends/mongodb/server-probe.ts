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
}

/** Asks `hello` and `buildInfo`; fails as the driver does when the server cannot be reached. */
export async function probeServer(admin: Db, signal: AbortSignal): Promise<MongoServer> {
  const hello = await admin.command({ hello: 1 }, { signal });
  const build = await admin.command({ buildInfo: 1 }, { signal });
  const ferretdb = typeof build.ferretdbVersion === "string" ? build.ferretdbVersion : undefined;
  const replicated = typeof hello.setName === "string" || hello.msg === "isdbgrid";
  return {
    version: String(build.version ?? ""),
    ferretdb,
    transactions: ferretdb === undefined && replicated && hello.logicalSessionTimeoutMinutes != null,
  };
}
