// The Node entry point of @dbx/client: connect-node transports, so gRPC
// (HTTP/2, h2c or TLS), gRPC-Web and Connect.
import * as http from "node:http";
import * as https from "node:https";
import type { SecureContextOptions } from "node:tls";
import type { Transport } from "@connectrpc/connect";
import {
  createConnectTransport,
  createGrpcTransport,
  createGrpcWebTransport,
  Http2SessionManager,
} from "@connectrpc/connect-node";
import { clientInterceptors, DbxClient, type DbxClientOptions } from "./client.js";
import { parseDbxUrl } from "./dbx-url.js";

export * from "./api.js";

/** Options of `createDbxClient` in Node. */
export interface NodeDbxClientOptions extends DbxClientOptions {
  /** The wire protocol. Default "connect". */
  protocol?: "connect" | "grpc-web" | "grpc";
  /** HTTP version of Connect and gRPC-Web (gRPC is always HTTP/2). Default "1.1". */
  httpVersion?: "1.1" | "2";
  /** Connect only: Protobuf binary instead of JSON. Default false (JSON). */
  useBinaryFormat?: boolean;
  /** TLS for https URLs: a custom CA (`ca`), a client certificate (`cert`, `key`). */
  tls?: Pick<SecureContextOptions, "ca" | "cert" | "key">;
}

/**
 * A client of the DBX server at `url` (`http://127.0.0.1:7420`, or https).
 * Close it when done: it holds connections open.
 */
export function createDbxClient(url: string, options: NodeDbxClientOptions = {}): DbxClient {
  const baseUrl = parseDbxUrl(url);
  const common = {
    baseUrl: baseUrl.href,
    interceptors: clientInterceptors(options),
    defaultTimeoutMs: options.defaultTimeoutMs,
  };
  const tls = baseUrl.protocol === "https:" ? options.tls : undefined;
  const protocol = options.protocol ?? "connect";
  const httpVersion = protocol === "grpc" ? "2" : (options.httpVersion ?? "1.1");

  if (httpVersion === "2") {
    const sessionManager = new Http2SessionManager(baseUrl, undefined, tls);
    const transportOptions = { ...common, httpVersion, sessionManager } as const;
    const transport: Transport =
      protocol === "grpc"
        ? createGrpcTransport(transportOptions)
        : protocol === "grpc-web"
          ? createGrpcWebTransport(transportOptions)
          : createConnectTransport({ ...transportOptions, useBinaryFormat: options.useBinaryFormat });
    return new DbxClient(transport, () => sessionManager.abort());
  }

  const agent = baseUrl.protocol === "https:" ? new https.Agent({ keepAlive: true, ...tls }) : new http.Agent({ keepAlive: true });
  const transportOptions = { ...common, httpVersion, nodeOptions: { agent } } as const;
  const transport =
    protocol === "grpc-web"
      ? createGrpcWebTransport(transportOptions)
      : createConnectTransport({ ...transportOptions, useBinaryFormat: options.useBinaryFormat });
  return new DbxClient(transport, () => agent.destroy());
}
