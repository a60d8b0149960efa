import { BlockList, isIP } from "node:net";

const LOOPBACK_ADDRESSES = new BlockList();
LOOPBACK_ADDRESSES.addAddress("::1", "ipv6");
// IPv4-mapped loopback (::ffff:127.0.0.1) matches an IPv4 rule.
LOOPBACK_ADDRESSES.addSubnet("127.0.0.0", 8, "ipv4");

/**
 * Whether a host name or address (no port, no brackets) can only mean this
 * machine: `localhost` and `*.localhost` (RFC 6761), 127.0.0.0/8 and ::1.
 * 0.0.0.0 and :: mean every interface, so they are not loopback.
 */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase();
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  const version = isIP(name);
  // A dotted quad is in 127.0.0.0/8 exactly when it starts so. This runs on
  // every request, and BlockList.check costs a SocketAddress each time: it is
  // left to IPv6, whose loopback has many spellings.
  if (version === 4) return name.startsWith("127.");
  return version === 6 && LOOPBACK_ADDRESSES.check(name, "ipv6");
}
