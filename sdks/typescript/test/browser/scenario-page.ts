// The page side of browser.test.ts: bundled with esbuild for Chromium, it
// runs SCENARIO.md through the browser entry point (connect-web).
import { createDbxClient } from "../../src/browser.js";
import { scenario } from "../scenario.js";

export interface StepResult {
  name: string;
  error: string | null;
}

declare global {
  interface Window {
    runScenario(url: string, protocol: "connect" | "grpc-web"): Promise<StepResult[]>;
    listApiKeys(url: string, protocol: "connect" | "grpc-web", credential: { token?: string; apiKey?: string }): Promise<string>;
  }
}

/** One authenticated call, ApiKeyService.ListApiKeys: the keys' roles, or the error. */
window.listApiKeys = async (url, protocol, credential) => {
  const client = createDbxClient(url, { protocol, defaultTimeoutMs: 10_000, retry: false, ...credential });
  try {
    const { keys } = await client.apiKeys.listApiKeys({});
    return keys.map((key) => key.role).sort().join(",");
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    client.close();
  }
};

window.runScenario = async (url, protocol) => {
  const client = createDbxClient(url, { protocol, defaultTimeoutMs: 10_000 });
  const results: StepResult[] = [];
  for (const step of scenario(client, `chromium_${protocol}`)) {
    try {
      await step.run();
      results.push({ name: step.name, error: null });
    } catch (error) {
      results.push({ name: step.name, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      break; // later steps build on this one
    }
  }
  client.close();
  return results;
};
