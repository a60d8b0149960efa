import { LRUCache } from "lru-cache";
import { BlockList, isIP } from "node:net";
import { parseIpAddress, type IpAddress } from "./ip-address.js";

/**
 * A set of addresses and CIDR ranges, IPv4 and IPv6, checked by node's
 * BlockList. An IPv4-mapped IPv6 range (`::ffff:10.0.0.0/104`) is stored as
 * the IPv4 range it maps, so it matches however a client's address is spelled.
 */
export class AddressList {
  readonly #ranges = new BlockList();
  // A BlockList check costs about a microsecond; a call's few client addresses repeat.
  readonly #verdicts = new LRUCache<string, boolean>({ max: 4_096 });
  /** How many entries the list holds; 0 for an empty list. */
  readonly size: number;

  /**
   * Throws a RangeError naming the first entry that is not an address or a
   * CIDR range; `setting` names the configuration it came from.
   */
  constructor(entries: readonly string[], setting: string) {
    for (const entry of entries) {
      const range = parseAddressRange(entry);
      if (typeof range === "string") throw new RangeError(`${setting}: "${entry}" ${range}`);
      if (range.prefix === undefined) this.#ranges.addAddress(range.address, range.family);
      else this.#ranges.addSubnet(range.address, range.prefix, range.family);
    }
    this.size = entries.length;
  }

  includes(address: IpAddress): boolean {
    if (this.size === 0) return false;
    let verdict = this.#verdicts.get(address.address);
    if (verdict === undefined) {
      verdict = this.#ranges.check(address.address, address.family);
      this.#verdicts.set(address.address, verdict);
    }
    return verdict;
  }
}

/** An address, or a range of them when `prefix` is set. */
export interface AddressRange extends IpAddress {
  readonly prefix: number | undefined;
}

/**
 * Reads `a.b.c.d`, `a.b.c.d/n`, an IPv6 address or `v6/n`. Answers why not
 * (a phrase to follow the entry) when the text is none of them; the lead's
 * config schema can call it to report the entry as a config error.
 */
export function parseAddressRange(text: string): AddressRange | string {
  const slash = text.indexOf("/");
  const addressText = slash < 0 ? text : text.slice(0, slash);
  // Only a bare address: no brackets, port or zone in configuration.
  const writtenFamily = addressText.includes("%") ? 0 : isIP(addressText);
  const written = writtenFamily === 0 ? undefined : parseIpAddress(addressText);
  if (written === undefined) return "is not an IP address or a CIDR range";
  if (slash < 0) return { ...written, prefix: undefined };
  const prefixText = text.slice(slash + 1);
  const prefix = Number.parseInt(prefixText, 10);
  const mapped = writtenFamily === 6 && written.family === "ipv4";
  const max = written.family === "ipv4" && !mapped ? 32 : 128;
  if (String(prefix) !== prefixText || prefix < 0 || prefix > max) return `has a prefix length outside 0..${max}`;
  if (mapped) {
    if (prefix < 96) return "is an IPv4-mapped range shorter than /96: write the IPv4 and IPv6 ranges separately";
    return { ...written, prefix: prefix - 96 };
  }
  return { ...written, prefix };
}
