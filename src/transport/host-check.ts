import { isLoopbackHost } from "./loopback.js";

/** Tells whether a request's Host (HTTP/1.1) or :authority (HTTP/2) may be answered. */
export type HostCheck = (authority: string | undefined) => boolean;

/**
 * Answers only requests naming a loopback host or one of `allowedHosts`,
 * which keeps web pages from reaching a DBX on loopback through DNS
 * rebinding (their requests carry the attacker's host name). A request
 * naming no host, or one that does not parse, is refused.
 */
export function allowedHostCheck(allowedHosts: readonly string[]): HostCheck {
  const allowed = new Set(allowedHosts.map((h) => hostOfAuthority(h) ?? h.toLowerCase()));
  return (authority) => {
    if (authority === undefined) return false;
    const host = hostOfAuthority(authority);
    return host !== undefined && (isLoopbackHost(host) || allowed.has(host));
  };
}

/**
 * The host of an authority (`host`, `host:port`, `[v6]`, `[v6]:port`),
 * lower-case and without a trailing dot; undefined when it is malformed.
 * Linear scans, no regular expression.
 */
export function hostOfAuthority(authority: string): string | undefined {
  let host: string;
  let port: string | undefined;
  if (authority.startsWith("[")) {
    const end = authority.indexOf("]");
    if (end < 0) return undefined;
    host = authority.slice(1, end);
    const rest = authority.slice(end + 1);
    if (rest !== "") {
      if (rest[0] !== ":") return undefined;
      port = rest.slice(1);
    }
  } else {
    const colon = authority.indexOf(":");
    host = colon < 0 ? authority : authority.slice(0, colon);
    if (colon >= 0) port = authority.slice(colon + 1);
  }
  if (host === "" || (port !== undefined && !isPort(port))) return undefined;
  host = host.toLowerCase();
  return host.endsWith(".") ? host.slice(0, -1) : host;
}

function isPort(text: string): boolean {
  if (text.length === 0 || text.length > 5) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
