import type { TestProject } from "vitest/node";
import { startPostgresServer } from "./postgres-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The admin URL of the run's PostgreSQL server (test/support/postgres-database.ts makes a database per file). */
    postgresUrl: string;
  }
}

/** One PostgreSQL server for the whole test run; each test file takes its own database on it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgresServer();
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}
