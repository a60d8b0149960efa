/**
 * The client side of bench/response-size.ts, in its own process: calls one
 * RPC `calls` times over one protocol and prints a ClientReport as JSON.
 */
import { createClient, type Transport } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport, createGrpcWebTransport } from "@connectrpc/connect-node";
import { DataService } from "../gen/ts/dbx/v1/data_pb.js";
import { QueryService } from "../gen/ts/dbx/v1/query_pb.js";

export interface ClientRequest {
  readonly shape: string;
  readonly method: "get" | "execute";
  readonly statement?: string;
}

export interface ClientReport {
  readonly meanMs: number;
  readonly error?: string;
}

function transportFor(protocol: string, baseUrl: string): Transport {
  switch (protocol) {
    case "grpc":
      return createGrpcTransport({ baseUrl });
    case "grpc-web":
      return createGrpcWebTransport({ baseUrl, httpVersion: "1.1" });
    default:
      return createConnectTransport({ baseUrl, httpVersion: "1.1", useBinaryFormat: protocol === "connect-proto" });
  }
}

async function run(url: string, request: ClientRequest & { protocol: string; calls: number }): Promise<ClientReport> {
  const transport = transportFor(request.protocol, url);
  const data = createClient(DataService, transport);
  const query = createClient(QueryService, transport);
  const start = performance.now();
  try {
    for (let i = 0; i < request.calls; i++) {
      if (request.method === "get") await data.get({ target: { collection: "blobs" }, key: { kind: { case: "stringValue", value: "max" } } });
      else await query.execute({ statement: request.statement ?? "" });
    }
  } catch (err) {
    return { meanMs: 0, error: String(err) };
  }
  return { meanMs: (performance.now() - start) / request.calls };
}

const { url, request } = JSON.parse(process.argv[2]) as { url: string; request: ClientRequest & { protocol: string; calls: number } };
process.stdout.write(JSON.stringify(await run(url, request)));
