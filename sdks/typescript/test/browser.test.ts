// SCENARIO.md in Debian's Chromium over Connect and gRPC-Web. The page comes
// from a server of this test on another port than DBX, so every call is
// cross-origin and goes through CORS.
import { once } from "node:events";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { StepResult } from "./browser/scenario-page.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let pageServer: Server;
let pageUrl: string;
let browser: Browser;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL("browser/scenario-page.ts", import.meta.url))],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "chrome120",
    logLevel: "warning",
  });
  const script = bundle.outputFiles[0]!.contents;
  const authUrl = new URL(inject("dbxAuth").url);
  pageServer = createServer((request, response) => {
    if (request.url?.startsWith("/dbx.")) {
      // The authenticated server, proxied: calls to it from the page are same-origin.
      const upstream = httpRequest(
        { host: authUrl.hostname, port: authUrl.port, path: request.url, method: request.method, headers: request.headers },
        (answer) => {
          response.writeHead(answer.statusCode!, answer.headers);
          answer.pipe(response);
        },
      );
      upstream.on("error", (error) => response.destroy(error));
      request.pipe(upstream);
    } else if (request.url === "/scenario.js") {
      response.writeHead(200, { "content-type": "text/javascript" }).end(script);
    } else {
      response
        .writeHead(200, { "content-type": "text/html" })
        .end('<!doctype html><title>dbx sdk</title><script type="module" src="/scenario.js"></script>');
    }
  });
  pageServer.listen(0, "127.0.0.1");
  await once(pageServer, "listening");
  pageUrl = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath: CHROMIUM });
});

afterAll(async () => {
  await browser?.close();
  pageServer?.close();
});

for (const protocol of ["connect", "grpc-web"] as const) {
  test(`SCENARIO.md in Chromium over ${protocol}, cross-origin`, async () => {
    const dbxUrl = inject("dbxUrl");
    expect(new URL(pageUrl).origin).not.toBe(new URL(dbxUrl).origin);
    const page = await browser.newPage();
    try {
      const origins: Promise<string | undefined>[] = [];
      page.on("requestfinished", (request) => {
        if (request.url().startsWith(dbxUrl)) origins.push(request.headerValue("origin").then((o) => o ?? undefined));
      });
      await page.goto(pageUrl);
      await page.waitForFunction(() => typeof window.runScenario === "function");
      const results: StepResult[] = await page.evaluate(
        ([url, protocol]) => window.runScenario(url, protocol),
        [dbxUrl, protocol] as const,
      );
      const failed = results.find((result) => result.error !== null);
      expect(failed?.error ?? null, failed?.name).toBeNull();
      expect(results).toHaveLength(10);
      // Every call carried the page's origin: the browser made them cross-origin.
      const calls = await Promise.all(origins);
      expect(calls.length).toBeGreaterThan(20);
      expect(new Set(calls)).toEqual(new Set([new URL(pageUrl).origin]));
    } finally {
      await page.close();
    }
  });
}

// One authenticated call per protocol, ApiKeyService.ListApiKeys: the admin
// JWT over Connect, the admin API key over gRPC-Web.
const authenticated = [
  ["connect", "token"],
  ["grpc-web", "apiKey"],
] as const;

async function listApiKeys(url: string, protocol: "connect" | "grpc-web", credential: "token" | "apiKey"): Promise<string> {
  const auth = inject("dbxAuth");
  const value = credential === "token" ? auth.jwt.admin : auth.apiKey.admin;
  const page = await browser.newPage();
  try {
    await page.goto(pageUrl);
    await page.waitForFunction(() => typeof window.listApiKeys === "function");
    return await page.evaluate(
      ([url, protocol, credential, value]) => window.listApiKeys(url, protocol, { [credential]: value }),
      [url, protocol, credential, value] as const,
    );
  } finally {
    await page.close();
  }
}

for (const [protocol, credential] of authenticated) {
  const name = credential === "token" ? "JWT" : "API key";
  test(`Chromium over ${protocol}: ListApiKeys with the admin ${name}, same-origin (the page's server proxies DBX)`, async () => {
    expect(await listApiKeys(new URL(pageUrl).origin, protocol, credential)).toBe("admin,reader");
  });

  // The preflight must allow `authorization` and `x-api-key` (src/transport/cors.ts), or Chromium refuses to send the call.
  test(`Chromium over ${protocol}: ListApiKeys with the admin ${name}, cross-origin (CORS allows the credential headers)`, async () => {
    expect(await listApiKeys(inject("dbxAuth").url, protocol, credential)).toBe("admin,reader");
  });
}
