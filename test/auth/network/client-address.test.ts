import { describe, expect, it } from "vitest";
import { AddressList } from "../../../src/auth/network/address-list.js";
import { clientAddress, MAX_FORWARDED_HOPS } from "../../../src/auth/network/client-address.js";
import { parseIpAddress } from "../../../src/auth/network/ip-address.js";

const proxies = new AddressList(["10.0.0.0/8", "fd00::/8"], "trustedProxies");
const noProxies = new AddressList([], "trustedProxies");

function client(socket: string | undefined, xff: string | null | undefined, trusted = proxies): string | undefined {
  return clientAddress(socket, xff, trusted)?.address;
}

describe("parseIpAddress", () => {
  it("reads addresses as sockets and X-Forwarded-For spell them", () => {
    expect(parseIpAddress("203.0.113.7")).toEqual({ address: "203.0.113.7", family: "ipv4" });
    expect(parseIpAddress(" 203.0.113.7:4711 ")).toEqual({ address: "203.0.113.7", family: "ipv4" });
    expect(parseIpAddress("2001:DB8::1")).toEqual({ address: "2001:db8::1", family: "ipv6" });
    expect(parseIpAddress("[2001:db8::1]:443")).toEqual({ address: "2001:db8::1", family: "ipv6" });
    expect(parseIpAddress("fe80::1%eth0")).toEqual({ address: "fe80::1", family: "ipv6" });
  });

  it("reads IPv4-mapped IPv6 addresses as IPv4, however they are spelled", () => {
    expect(parseIpAddress("::ffff:203.0.113.7")).toEqual({ address: "203.0.113.7", family: "ipv4" });
    expect(parseIpAddress("::FFFF:cb00:7107")).toEqual({ address: "203.0.113.7", family: "ipv4" });
    expect(parseIpAddress("0:0:0:0:0:ffff:cb00:7107")).toEqual({ address: "203.0.113.7", family: "ipv4" });
  });

  it("reads nothing else", () => {
    for (const text of ["", "unknown", "203.0.113.7:99999", "203.0.113.7:x", "[2001:db8::1", "[2001:db8::1]x", "1.2.3", "a".repeat(100), "_hidden"]) {
      expect(parseIpAddress(text), text).toBeUndefined();
    }
  });
});

describe("clientAddress", () => {
  it("is the socket peer when the peer is not a trusted proxy, whatever X-Forwarded-For says", () => {
    expect(client("203.0.113.7", "10.1.1.1")).toBe("203.0.113.7");
    expect(client("10.0.0.2", "198.51.100.1", noProxies)).toBe("10.0.0.2");
    expect(client("::ffff:203.0.113.7", "1.1.1.1")).toBe("203.0.113.7");
  });

  it("walks X-Forwarded-For right to left past trusted proxies to the first address that is not one", () => {
    expect(client("10.0.0.2", "198.51.100.1")).toBe("198.51.100.1");
    expect(client("10.0.0.2", "198.51.100.1, 10.0.0.3, 10.0.0.4")).toBe("198.51.100.1");
    // A client's own entries left of the first untrusted hop are never believed.
    expect(client("10.0.0.2", "10.0.0.9, 192.0.2.66, 198.51.100.1,10.0.0.3")).toBe("198.51.100.1");
    expect(client("::ffff:10.0.0.2", "[2001:db8::7]:5000, fd00::1")).toBe("2001:db8::7");
  });

  it("is the socket peer when the peer is trusted and sent no header", () => {
    expect(client("10.0.0.2", undefined)).toBe("10.0.0.2");
    expect(client("10.0.0.2", null)).toBe("10.0.0.2");
    expect(client("10.0.0.2", "")).toBe("10.0.0.2");
  });

  it("stops at an entry that is not an address: the client is the last trusted proxy walked", () => {
    expect(client("10.0.0.2", "198.51.100.1, unknown, 10.0.0.3")).toBe("10.0.0.3");
    expect(client("10.0.0.2", "198.51.100.1, ")).toBe("10.0.0.2");
    expect(client("10.0.0.2", `198.51.100.1, ${"9".repeat(200)}`)).toBe("10.0.0.2");
  });

  it("reads at most MAX_FORWARDED_HOPS entries, and only the end of a huge header", () => {
    const trustedChain = Array.from({ length: MAX_FORWARDED_HOPS + 4 }, (_, i) => `10.0.${i}.1`);
    expect(client("10.0.0.2", ["198.51.100.1", ...trustedChain].join(", "))).toBe(`10.0.4.1`);
    const huge = `${"198.51.100.1, ".repeat(100_000)}203.0.113.9`;
    expect(huge.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    expect(client("10.0.0.2", huge)).toBe("203.0.113.9");
    expect(performance.now() - started).toBeLessThan(5);
    // The cut falls inside an address: its tail ("1.2.3.4" of "11.2.3.4") is not read as one.
    const cutInside = `${"x".repeat(5_000)}11.2.3.4${", 10.0.0.5".repeat(MAX_FORWARDED_HOPS - 1)}`;
    expect(client("10.0.0.2", cutInside)).toBe("10.0.0.5");
  });

  it("is undefined when the socket address is unknown", () => {
    expect(clientAddress(undefined, "198.51.100.1", proxies)).toBeUndefined();
  });
});
