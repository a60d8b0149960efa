import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/support/no-process-warnings.ts"],
    // One PostgreSQL server per run; each test file creates its own database on it.
    globalSetup: ["test/support/postgres-global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Database servers are started per test file; two cores, so keep the fan-out small.
    maxWorkers: 2,
    reporters: ["default"],
  },
});
