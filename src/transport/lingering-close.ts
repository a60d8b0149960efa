import type { Socket } from "node:net";

/**
 * How long a closing HTTP/1.1 connection keeps reading what the client
 * still sends after the last answer went out.
 */
const LINGER_MS = 2_000;

/**
 * Makes Node's HTTP/1.1 server close `socket` the way RFC 9112 §9.6 asks
 * ("lingering close"): after the last response, send FIN, then keep reading
 * and dropping input until the client closes too, or LINGER_MS pass. Node
 * destroys the socket right after the response instead; with request bytes
 * still arriving (an answer sent before the body was read) the kernel then
 * answers them with a TCP reset, which fails the client's write and can
 * discard the answer before the client has read it.
 */
export function lingerWhenClosing(socket: Socket): void {
  socket.destroySoon = () => {
    if (socket.destroyed) return;
    socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once("close", () => clearTimeout(timer));
    // Reading goes on (Node's parser drops the rest of the request); the
    // socket does not allow half-open connections, so the client's FIN ends it.
  };
}
