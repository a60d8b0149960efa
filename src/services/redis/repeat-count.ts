import type { ConnectError } from "@connectrpc/connect";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";

/**
 * SRANDMEMBER and HRANDFIELD with a negative count repeat members: Redis
 * builds a reply as long as the count asks, whatever the size of the key
 * (a count of -2^40 grew redis-server until the kernel killed it). Such a
 * count is refused past the rows a unary call answers, before Redis runs
 * anything; positive counts are bounded by the key itself.
 */
export function checkRepeatCount(count: bigint | undefined, maxRows: number): void {
  if (count === undefined || count >= 0n || -count <= BigInt(maxRows)) return;
  throw tooManyRepeats(count, maxRows);
}

function tooManyRepeats(count: bigint, maxRows: number): ConnectError {
  return dbxError(
    ErrorReason.TOO_MANY_ROWS,
    `count: ${count} asks for ${-count} members, more than the ${maxRows} a call answers (server.maxRowsPerResponse)`,
    { field: "count", limit: String(maxRows), setting: "server.maxRowsPerResponse" },
  );
}
