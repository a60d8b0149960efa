import type { DescService } from "@bufbuild/protobuf";
import { createClient, type Client, type Transport } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport, createGrpcWebTransport } from "@connectrpc/connect-node";
import pino, { type Logger } from "pino";
import { validate } from "../../src/config/load.js";
import { startServer, type DbxServer } from "../../src/server.js";

/** The three wire protocols every test can run over. */
export const PROTOCOLS = ["connect", "grpc", "grpc-web"] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** A DBX server started in this process on a free port, with clients for it. */
export interface TestServer {
  readonly server: DbxServer;
  readonly url: string;
  /** A transport for one protocol: Connect JSON over HTTP/1.1, gRPC over h2c, gRPC-Web over HTTP/1.1. */
  transport(protocol: Protocol, options?: { binary?: boolean }): Transport;
  client<S extends DescService>(service: S, protocol?: Protocol): Client<S>;
  close(): Promise<void>;
}

/**
 * Starts DBX with `config` (merged over: 127.0.0.1, a free port, logs off
 * unless DBX_TEST_LOG is set) and returns it with client factories.
 */
export async function startTestServer(
  config: Record<string, unknown>,
  options: { logger?: Logger } = {},
): Promise<TestServer> {
  const { server: serverOverrides, ...rest } = config as { server?: Record<string, unknown> };
  const full = validate({
    ...rest,
    server: { host: "127.0.0.1", port: 0, logLevel: process.env.DBX_TEST_LOG ?? "silent", shutdownGraceMs: 2000, ...serverOverrides },
  });
  const server = await startServer(full, options.logger ?? pino({ level: full.server.logLevel }));
  const transports = new Map<string, Transport>();
  const transport = (protocol: Protocol, options: { binary?: boolean } = {}): Transport => {
    const key = `${protocol}:${options.binary ?? false}`;
    let t = transports.get(key);
    if (!t) {
      const baseUrl = server.url;
      t =
        protocol === "grpc"
          ? createGrpcTransport({ baseUrl })
          : protocol === "grpc-web"
            ? createGrpcWebTransport({ baseUrl, httpVersion: "1.1", useBinaryFormat: options.binary ?? true })
            : createConnectTransport({ baseUrl, httpVersion: "1.1", useBinaryFormat: options.binary ?? false });
      transports.set(key, t);
    }
    return t;
  };
  return {
    server,
    url: server.url,
    transport,
    client: (service, protocol = "connect") => createClient(service, transport(protocol)),
    close: () => server.close(),
  };
}
