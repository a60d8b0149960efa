import { bytesFieldSize, wireFormatOf } from "../../limits/encoded-size.js";
import { responseTooLarge } from "../../limits/response-too-large.js";
import { asInt, type RedisCall } from "./redis-calls.js";

/** Room in an answer for everything but the value: other fields, framing. */
const ANSWER_OVERHEAD = 64;

/**
 * Refuses (RESPONSE_TOO_LARGE) before a command that removes or replaces a
 * value and answers it (GETDEL, SET ... GET): refused after the command, as
 * every answer past the limit is, the value would be gone. One STRLEN first;
 * a value that grows between the two is still refused, after the command.
 */
export async function refuseValueLargerThanAnswer(call: RedisCall, key: Uint8Array, procedure: string): Promise<void> {
  const length = Number(asInt(await call.run("STRLEN", key)));
  const format = wireFormatOf(call.ctx.requestHeader.get("content-type"));
  if (bytesFieldSize(length, format) + ANSWER_OVERHEAD > call.maxResponseBytes) throw responseTooLarge(procedure, call.maxResponseBytes);
}
