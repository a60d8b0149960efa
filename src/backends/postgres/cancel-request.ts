import { connect } from "node:net";

/** The protocol's CancelRequest code (1234 << 16 | 5678). */
const CANCEL_REQUEST_CODE = 80877102;

/** Where a backend process runs and the key that lets anyone holding it cancel its statement. */
export interface CancelTarget {
  readonly host: string;
  readonly port: number;
  readonly processId: number;
  readonly secretKey: number;
}

/**
 * Asks the server to cancel the statement a backend process is running, the
 * way psql's Ctrl-C does: a CancelRequest on a new connection, which needs no
 * pooled connection (the pool may be exhausted) and no authentication. Best
 * effort by design: the statement may have finished already. Resolves when
 * the server closes that connection, or after `timeoutMs`.
 */
export function sendCancelRequest(target: CancelTarget, timeoutMs = 2_000): Promise<void> {
  return new Promise((resolve) => {
    const message = Buffer.alloc(16);
    message.writeInt32BE(16, 0);
    message.writeInt32BE(CANCEL_REQUEST_CODE, 4);
    message.writeInt32BE(target.processId, 8);
    message.writeInt32BE(target.secretKey, 12);
    const socket = target.host.startsWith("/") ? connect(`${target.host}/.s.PGSQL.${target.port}`) : connect(target.port, target.host);
    const done = () => {
      socket.destroy();
      resolve();
    };
    socket.setTimeout(timeoutMs, done);
    socket.once("connect", () => socket.end(message));
    socket.once("close", done);
    socket.once("error", done);
  });
}
