import type { LoadTarget } from "../harness.js";
import type { WrkRequest } from "../load/wrk.js";
import type { ServerProcess } from "../processes.js";
import { INSERT_KEY_PLACEHOLDER, POINT_GET, POINT_INSERT } from "../requests.js";
import { checkConnectBinary, checkConnectJson, connectBinary, connectJson, grpcTarget, urlOf, wrkTarget } from "../targets.js";
import { DBX } from "./redis.js";

/** The protocols a server is loaded over for a point read. */
export type PointProtocol = "json" | "binary" | "grpc";

/**
 * The point-read targets of one server (DBX or a baseline) over the given
 * protocols: Connect JSON and binary through wrk, gRPC through h2load. The
 * same for every backend, so that its rows compare alike.
 */
export function pointGetTargets(server: ServerProcess, name: string, protocols: readonly PointProtocol[], connections: number, workDir: string): LoadTarget[] {
  const url = urlOf(server);
  return protocols.map((protocol) => {
    switch (protocol) {
      case "json":
        return wrkTarget(server, { server: name, protocol: jsonProtocol(name) }, connectJson(POINT_GET), connections, workDir, () => checkConnectJson(url, POINT_GET));
      case "binary":
        return wrkTarget(server, { server: name, protocol: "Connect binary HTTP/1.1 · wrk" }, connectBinary(POINT_GET), connections, workDir, () => checkConnectBinary(url, POINT_GET));
      case "grpc":
        return grpcTarget(server, name, POINT_GET, connections, workDir);
    }
  });
}

/** The single-row insert target of one server: Connect JSON through wrk, each request with a key no earlier run used. */
export function pointInsertTarget(server: ServerProcess, name: string, requests: () => WrkRequest, connections: number, workDir: string): LoadTarget {
  return wrkTarget(server, { server: name, protocol: jsonProtocol(name) }, requests, connections, workDir, () => checkConnectJson(urlOf(server), POINT_INSERT, insertBody(1n)));
}

/** DBX speaks Connect JSON; a baseline, the same JSON without the Connect protocol. */
function jsonProtocol(name: string): string {
  return `${name === DBX ? "Connect JSON" : "JSON"} HTTP/1.1 · wrk`;
}

const [INSERT_PREFIX, INSERT_SUFFIX] = POINT_INSERT.json.split(INSERT_KEY_PLACEHOLDER.toString());

/** POINT_INSERT's JSON body with `key`. */
function insertBody(key: bigint): string {
  return INSERT_PREFIX + key.toString() + INSERT_SUFFIX;
}

/**
 * Insert requests for wrk with keys no earlier run used: run r sends
 * r000000001, r000000002, ... (the wrk script puts the key between prefix
 * and suffix), so every contender inserts new rows in every round.
 */
export function freshKeyInserts(): () => WrkRequest {
  let run = 0;
  return () => ({ method: "POST", path: POINT_INSERT.path, contentType: "application/json", prefix: INSERT_PREFIX, suffix: INSERT_SUFFIX, keyRun: ++run });
}
