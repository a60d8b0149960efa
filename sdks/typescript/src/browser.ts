// The browser entry point of @dbx/client: connect-web transports over fetch,
// so Connect and gRPC-Web (browsers cannot speak gRPC's HTTP/2 trailers).
// Calls to a DBX server on another origin need its CORS setting.
import type { Transport } from "@connectrpc/connect";
import { createConnectTransport, createGrpcWebTransport } from "@connectrpc/connect-web";
import { clientInterceptors, DbxClient, type DbxClientOptions } from "./client.js";
import { parseDbxUrl } from "./dbx-url.js";

export * from "./api.js";

/** Options of `createDbxClient` in browsers. */
export interface BrowserDbxClientOptions extends DbxClientOptions {
  /** The wire protocol. Default "connect". */
  protocol?: "connect" | "grpc-web";
  /** Connect only: Protobuf binary instead of JSON. Default false (JSON). */
  useBinaryFormat?: boolean;
  /** Sent as fetch's `credentials`: "include" to send cookies to another origin. */
  fetchCredentials?: RequestCredentials;
}

/** A client of the DBX server at `url`; TLS is the browser's (https URLs). */
export function createDbxClient(url: string, options: BrowserDbxClientOptions = {}): DbxClient {
  const protocol: string = options.protocol ?? "connect";
  const transportOptions = {
    baseUrl: parseDbxUrl(url).href,
    interceptors: clientInterceptors(options),
    defaultTimeoutMs: options.defaultTimeoutMs,
    credentials: options.fetchCredentials,
  };
  let transport: Transport;
  if (protocol === "connect") {
    transport = createConnectTransport({ ...transportOptions, useBinaryFormat: options.useBinaryFormat });
  } else if (protocol === "grpc-web") {
    transport = createGrpcWebTransport(transportOptions);
  } else {
    throw new TypeError(`browsers speak "connect" and "grpc-web", not ${JSON.stringify(protocol)}`);
  }
  return new DbxClient(transport);
}
