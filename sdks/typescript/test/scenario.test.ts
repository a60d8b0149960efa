import { afterAll, describe, inject, test } from "vitest";
import { createDbxClient } from "../src/node.js";
import { scenario } from "./scenario.js";

for (const protocol of ["grpc", "grpc-web", "connect"] as const) {
  describe(`SCENARIO.md in Node over ${protocol}`, () => {
    const client = createDbxClient(inject("dbxUrl"), { protocol, defaultTimeoutMs: 10_000 });
    afterAll(() => client.close());
    for (const step of scenario(client, protocol)) test(step.name, step.run);
  });
}
