import { tooManyRows } from "../../limits/too-many-rows.js";

/**
 * SRANDMEMBER and HRANDFIELD with a negative count repeat members: Redis
 * builds a reply as long as the count asks, whatever the size of the key
 * (a count of -2^40 grew redis-server until the kernel killed it). Such a
 * count is refused past the rows a unary call answers, before Redis runs
 * anything; positive counts are bounded by the key itself.
 */
export function checkRepeatCount(count: bigint | undefined, maxRows: number): void {
  if (count === undefined || count >= 0n || -count <= BigInt(maxRows)) return;
  throw tooManyRows({
    what: `count ${count}, which asks for ${-count} members,`,
    limit: maxRows,
    setting: "server.maxRowsPerResponse",
    field: "count",
  });
}
