import type { AddressList } from "./address-list.js";
import { parseIpAddress, type IpAddress } from "./ip-address.js";

/** X-Forwarded-For entries read at most, right to left: more hops than this is no real proxy chain. */
export const MAX_FORWARDED_HOPS = 16;

/** Characters of an entry, separators and spaces included; longer entries are not addresses. */
const MAX_ENTRY_CHARS = 72;

/**
 * The address a call comes from. The socket's peer, unless that peer is a
 * trusted proxy: then X-Forwarded-For is read right to left (each proxy
 * appends the peer it saw), skipping trusted proxies, and the first address
 * that is not one is the client. The header is never believed from an
 * untrusted peer, since the client writes whatever it likes into it.
 *
 * At most MAX_FORWARDED_HOPS entries are read, from the header's last
 * characters only. When the walk ends on an entry that is not an address, or
 * after that many trusted hops, the client is the last trusted proxy walked:
 * what is left of the header came through no one DBX trusts to have written it.
 *
 * Undefined when the socket address is unknown or not an IP address (a
 * socket already closed).
 */
export function clientAddress(
  socketAddress: string | undefined,
  xForwardedFor: string | null | undefined,
  trustedProxies: AddressList,
): IpAddress | undefined {
  const peer = socketAddress === undefined ? undefined : parseIpAddress(socketAddress);
  if (peer === undefined || !xForwardedFor || !trustedProxies.includes(peer)) return peer;
  const window = MAX_FORWARDED_HOPS * MAX_ENTRY_CHARS;
  // A cut entry could read as another address ("11.2.3.4" cut to "1.2.3.4"): drop it.
  const cut = xForwardedFor.length > window;
  const header = cut ? xForwardedFor.slice(xForwardedFor.length - window) : xForwardedFor;
  const firstWhole = cut ? header.indexOf(",") + 1 : 0;
  let client = peer;
  let end = header.length;
  for (let hop = 0; hop < MAX_FORWARDED_HOPS && end > firstWhole; hop++) {
    const comma = header.lastIndexOf(",", end - 1);
    const start = Math.max(comma + 1, firstWhole);
    const entry = end - start <= MAX_ENTRY_CHARS ? parseIpAddress(header.slice(start, end)) : undefined;
    if (entry === undefined) return client;
    client = entry;
    if (!trustedProxies.includes(entry)) return entry;
    end = comma < 0 ? 0 : comma;
  }
  return client;
}
