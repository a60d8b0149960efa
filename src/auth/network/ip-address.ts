import { BlockList, isIP } from "node:net";

/** An IP address in the form node's BlockList checks: IPv4-mapped IPv6 addresses are IPv4. */
export interface IpAddress {
  readonly address: string;
  readonly family: "ipv4" | "ipv6";
}

/** The longest text an address can take with brackets, a zone and a port (`[ffff:...:255.255.255.255%zone]:65535`). */
const MAX_ADDRESS_CHARS = 64;

const ipv4Mapped = new BlockList();
ipv4Mapped.addSubnet("::ffff:0:0", 96, "ipv6");

/**
 * Reads one address as a socket or an X-Forwarded-For entry spells it: bare,
 * `[v6]`, `[v6]:port`, `v4:port`, with or without an IPv6 zone. Undefined for
 * anything else, so that a caller never mistakes garbage for an address.
 */
export function parseIpAddress(text: string): IpAddress | undefined {
  let candidate = text.trim();
  if (candidate.length === 0 || candidate.length > MAX_ADDRESS_CHARS) return undefined;
  if (candidate.startsWith("[")) {
    const close = candidate.indexOf("]");
    if (close < 0 || !isPortSuffix(candidate.slice(close + 1))) return undefined;
    candidate = candidate.slice(1, close);
  } else {
    const colon = candidate.indexOf(":");
    // One colon is an IPv4 address with a port; IPv6 has at least two.
    if (colon >= 0 && candidate.indexOf(":", colon + 1) < 0) {
      if (!isPortSuffix(candidate.slice(colon))) return undefined;
      candidate = candidate.slice(0, colon);
    }
  }
  const zone = candidate.indexOf("%");
  if (zone >= 0) candidate = candidate.slice(0, zone);
  const family = isIP(candidate);
  if (family === 4) return { address: candidate, family: "ipv4" };
  if (family !== 6) return undefined;
  const address = candidate.toLowerCase();
  // How a dual-stack socket reports every IPv4 peer: skip the BlockList check, a microsecond.
  if (address.startsWith("::ffff:") && isIP(address.slice(7)) === 4) return { address: address.slice(7), family: "ipv4" };
  // Every other spelling of a mapped address holds "ffff:" too.
  const mapped = address.includes("ffff:") && ipv4Mapped.check(address, "ipv6");
  return mapped ? { address: mappedIpv4(address), family: "ipv4" } : { address, family: "ipv6" };
}

/** `""`, or `:` and a port number (0 to 65535, digits only). */
function isPortSuffix(text: string): boolean {
  if (text.length === 0) return true;
  if (text[0] !== ":" || text.length < 2 || text.length > 6) return false;
  let port = 0;
  for (let i = 1; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    port = port * 10 + digit;
  }
  return port <= 65_535;
}

/** The IPv4 address inside `::ffff:a.b.c.d` or `::ffff:XXXX:YYYY` (any spelling of the mapped prefix). */
function mappedIpv4(address: string): string {
  const lastColon = address.lastIndexOf(":");
  const tail = address.slice(lastColon + 1);
  if (tail.includes(".")) return tail;
  const high = Number.parseInt(address.slice(address.lastIndexOf(":", lastColon - 1) + 1, lastColon), 16);
  const low = Number.parseInt(tail, 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}
