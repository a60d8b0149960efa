import { connect, createServer, type Socket } from "node:net";

/** What a client sent through the proxy; answering a promise holds it (and what follows) until it settles. */
export type ClientBytesHook = (chunk: Buffer) => void | Promise<void>;

/**
 * A TCP proxy in front of a local port. A test sets `beforeForward` to act at a
 * precise point of a protocol exchange (e.g. between a Redis WATCH and MULTI)
 * instead of guessing it with a sleep.
 */
export interface TcpProxy {
  readonly port: number;
  /** `redis://127.0.0.1:<port>`, for Redis backends. */
  readonly url: string;
  /** Runs on each chunk a client sends, before it is forwarded; chunks of a connection stay in order. */
  beforeForward: ClientBytesHook | undefined;
  close(): Promise<void>;
}

/** Starts a proxy on a free port that forwards every connection to 127.0.0.1:`targetPort`. */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    }
    // Either side going away ends the other: the client sees what it would see without the proxy.
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    let forwarded = Promise.resolve();
    client.on("data", (chunk: Buffer) => {
      forwarded = forwarded
        .then(async () => {
          await proxy.beforeForward?.(chunk);
          if (!upstream.destroyed) upstream.write(chunk);
        })
        // A hook that fails cuts the connection, as a network fault would.
        .catch(() => void client.destroy());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const proxy: TcpProxy = {
    port,
    url: `redis://127.0.0.1:${port}`,
    beforeForward: undefined,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
