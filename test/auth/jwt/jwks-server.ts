import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { JWK } from "jose";

/** A local HTTP server publishing a JSON Web Key Set, as an identity provider does. */
export interface JwksServer {
  /** `http://127.0.0.1:<port>/.well-known/jwks.json` */
  readonly url: string;
  /** Requests served so far. */
  readonly fetches: number;
  /** Publishes these keys from the next request on. */
  publish(keys: readonly JWK[]): void;
  /** Answers the next requests after this delay (0: at once). */
  delayBy(ms: number): void;
  /** Answers the next requests with this status and no key set (200: the key set again). */
  answerWith(status: number): void;
  close(): Promise<void>;
}

export async function startJwksServer(keys: readonly JWK[]): Promise<JwksServer> {
  let published = keys;
  let fetches = 0;
  let delayMs = 0;
  let status = 200;
  const server: Server = createServer((request, response) => {
    fetches++;
    const answer = () => {
      if (status !== 200) {
        response.writeHead(status).end();
        return;
      }
      response.writeHead(200, { "content-type": "application/jwk-set+json" }).end(JSON.stringify({ keys: published }));
    };
    if (delayMs === 0) answer();
    else {
      const timer = setTimeout(answer, delayMs);
      request.socket.once("close", () => clearTimeout(timer));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    get fetches() {
      return fetches;
    },
    publish: (next) => {
      published = next;
    },
    delayBy: (ms) => {
      delayMs = ms;
    },
    answerWith: (code) => {
      status = code;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
