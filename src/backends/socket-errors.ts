/** Node's error codes of a connection that was lost, refused or could not be made. */
const SOCKET_ERROR_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNABORTED",
]);

/**
 * Whether `err` is Node's own error of a lost or refused connection. Drivers
 * let some through unwrapped (a write on a socket the server closed: EPIPE,
 * "This socket has been ended by the other party"); they mean the database
 * is unreachable (UNAVAILABLE), never a DBX failure.
 */
export function isSocketError(err: unknown): boolean {
  const code = err instanceof Error ? (err as NodeJS.ErrnoException).code : undefined;
  return code !== undefined && SOCKET_ERROR_CODES.has(code);
}
