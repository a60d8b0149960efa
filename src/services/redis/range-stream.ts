import { byteChunks } from "../../backends/byte-range.js";
import { byteRangeOf } from "../byte-range-request.js";
import { asBytes, asInt, type ResolveRedis } from "./redis-calls.js";
import type { RedisServiceImpl } from "./redis-impl.js";

/** GetRangeStream: a value of any size in chunks, one GETRANGE per message. */
export function rangeStreamHandlers(redis: ResolveRedis, maxResponseBytes: number) {
  return {
    async *getRangeStream(req, ctx) {
      const range = byteRangeOf(req, maxResponseBytes);
      const call = redis(req.target, ctx);
      const totalSize = Number(asInt(await call.run("STRLEN", req.key)));
      const readAt = async (offset: number, size: number) => asBytes(await call.run("GETRANGE", req.key, offset, offset + size - 1));
      for await (const chunk of byteChunks(range, totalSize, readAt, ctx.signal)) {
        yield { offset: BigInt(chunk.offset), data: chunk.data, totalSize: BigInt(chunk.totalSize) };
      }
    },
  } satisfies Partial<RedisServiceImpl>;
}
