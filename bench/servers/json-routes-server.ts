import { createServer } from "node:http";
import { readBody } from "./read-body.js";

/** Answers a route's parsed JSON request: the JSON text of the answer, or undefined for 404 (no such record). */
export type JsonRoute<T> = (request: T) => Promise<string | undefined> | string | undefined;

/**
 * The node:http server every baseline is: parse the JSON request, run the
 * route for its path (one driver call), write the JSON answer; 404 for an
 * unknown path or a missing record, 500 with the error's text. Nothing
 * else, so that each baseline costs what its driver call costs.
 */
export function serveJsonRoutes<T>(port: number, routes: Readonly<Record<string, JsonRoute<T>>>): void {
  createServer(async (req, res) => {
    try {
      const route = routes[req.url ?? ""];
      const answer = route && (await route(JSON.parse((await readBody(req)).toString()) as T));
      if (answer === undefined) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(answer);
    } catch (err) {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(err));
    }
  }).listen(port, "127.0.0.1");
}
