import { Code, ConnectError } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { parseAddressRange } from "../../../src/auth/network/address-list.js";
import { NetworkPolicy } from "../../../src/auth/network/network-policy.js";
import { parseIpAddress } from "../../../src/auth/network/ip-address.js";
import { reasonOf } from "../../../src/errors/dbx-error.js";
import { ErrorInfoSchema } from "../../../gen/ts/google/rpc/error_details_pb.js";

function admits(policy: NetworkPolicy, address: string | undefined): boolean {
  try {
    policy.check(address === undefined ? undefined : parseIpAddress(address));
    return true;
  } catch (err) {
    const error = ConnectError.from(err);
    expect(error.code).toBe(Code.PermissionDenied);
    expect(reasonOf(error)).toBe("ERROR_REASON_PERMISSION_DENIED");
    return false;
  }
}

describe("NetworkPolicy", () => {
  it("admits every address when no list is set", () => {
    const policy = new NetworkPolicy({});
    expect(policy.restricts).toBe(false);
    expect(admits(policy, "203.0.113.7")).toBe(true);
    expect(admits(policy, "2001:db8::1")).toBe(true);
    expect(admits(policy, undefined)).toBe(true);
  });

  it("admits only allowed addresses when an allow list is set, IPv4 and IPv6", () => {
    const policy = new NetworkPolicy({ allow: ["192.0.2.0/24", "2001:db8::/32", "198.51.100.7"] });
    expect(admits(policy, "192.0.2.200")).toBe(true);
    expect(admits(policy, "::ffff:192.0.2.200")).toBe(true);
    expect(admits(policy, "198.51.100.7")).toBe(true);
    expect(admits(policy, "2001:db8:1::5")).toBe(true);
    expect(admits(policy, "192.0.3.1")).toBe(false);
    expect(admits(policy, "198.51.100.8")).toBe(false);
    expect(admits(policy, "2001:db9::1")).toBe(false);
    expect(admits(policy, undefined)).toBe(false);
  });

  it("lets deny win over allow; an empty allow list allows all but the denied", () => {
    const both = new NetworkPolicy({ allow: ["10.0.0.0/8"], deny: ["10.6.6.0/24"] });
    expect(admits(both, "10.1.1.1")).toBe(true);
    expect(admits(both, "10.6.6.6")).toBe(false);
    const denyOnly = new NetworkPolicy({ deny: ["10.6.6.0/24", "::1/128"] });
    expect(admits(denyOnly, "10.6.6.6")).toBe(false);
    expect(admits(denyOnly, "::ffff:10.6.6.6")).toBe(false);
    expect(admits(denyOnly, "::1")).toBe(false);
    expect(admits(denyOnly, "10.6.7.1")).toBe(true);
  });

  it("matches an IPv4-mapped range against IPv4 clients", () => {
    const policy = new NetworkPolicy({ deny: ["::ffff:10.6.0.0/112"] });
    expect(admits(policy, "10.6.1.1")).toBe(false);
    expect(admits(policy, "::ffff:10.6.1.1")).toBe(false);
    expect(admits(policy, "10.7.1.1")).toBe(true);
  });

  it("names the address and nothing more about the lists in a refusal", () => {
    const policy = new NetworkPolicy({ allow: ["192.0.2.0/24"], deny: ["203.0.113.0/24"] });
    const err = ConnectError.from((() => {
      try {
        policy.admit("::ffff:203.0.113.7", undefined);
      } catch (e) {
        return e;
      }
    })());
    expect(err.code).toBe(Code.PermissionDenied);
    expect(err.rawMessage).toBe("client address 203.0.113.7 may not call this server");
    expect(err.findDetails(ErrorInfoSchema)[0].metadata).toEqual({ address: "203.0.113.7" });
  });

  it("admits by the forwarded address only behind a trusted proxy", () => {
    const policy = new NetworkPolicy({ allow: ["192.0.2.0/24"], trustedProxies: ["127.0.0.1"] });
    expect(policy.admit("127.0.0.1", "192.0.2.9")?.address).toBe("192.0.2.9");
    expect(() => policy.admit("127.0.0.1", "203.0.113.7")).toThrow(ConnectError);
    // An untrusted peer cannot claim an allowed address.
    expect(() => policy.admit("203.0.113.7", "192.0.2.9")).toThrow(ConnectError);
  });

  it("refuses bad entries at construction, naming the setting and the entry", () => {
    expect(() => new NetworkPolicy({ allow: ["10.0.0.0/33"] })).toThrow('auth.network.allow: "10.0.0.0/33" has a prefix length outside 0..32');
    expect(() => new NetworkPolicy({ deny: ["example.com"] })).toThrow('auth.network.deny: "example.com" is not an IP address or a CIDR range');
    expect(() => new NetworkPolicy({ trustedProxies: ["10.0.0.1:80"] })).toThrow("auth.network.trustedProxies");
    expect(() => new NetworkPolicy({ allow: ["10.0.0.0/8x"] })).toThrow("prefix length");
    expect(() => new NetworkPolicy({ allow: ["::ffff:10.0.0.0/64"] })).toThrow("shorter than /96");
  });

  it("parseAddressRange reads addresses and ranges for the config schema", () => {
    expect(parseAddressRange("10.0.0.0/8")).toEqual({ address: "10.0.0.0", family: "ipv4", prefix: 8 });
    expect(parseAddressRange("2001:db8::/32")).toEqual({ address: "2001:db8::", family: "ipv6", prefix: 32 });
    expect(parseAddressRange("::ffff:10.0.0.0/104")).toEqual({ address: "10.0.0.0", family: "ipv4", prefix: 8 });
    expect(parseAddressRange("192.0.2.1")).toEqual({ address: "192.0.2.1", family: "ipv4", prefix: undefined });
    expect(parseAddressRange("[::1]")).toBe("is not an IP address or a CIDR range");
    expect(parseAddressRange("fe80::1%eth0")).toBe("is not an IP address or a CIDR range");
  });
});
