import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // The example imports the package by name, as users do; run it from source.
    alias: { "@dbx/client": fileURLToPath(new URL("./src/node.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/dbx-server.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores, shared: the scenario files run one after another.
    fileParallelism: false,
  },
});
