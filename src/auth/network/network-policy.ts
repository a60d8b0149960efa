import { dbxError } from "../../errors/dbx-error.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { AddressList } from "./address-list.js";
import { clientAddress } from "./client-address.js";
import type { IpAddress } from "./ip-address.js";

/** Which client addresses may call, and which proxies are believed about the client's address. */
export interface NetworkPolicyOptions {
  /** Addresses or CIDR ranges allowed; empty or unset allows every address not denied. */
  readonly allow?: readonly string[];
  /** Addresses or CIDR ranges refused; deny wins over allow. */
  readonly deny?: readonly string[];
  /** Proxies whose X-Forwarded-For is believed; empty or unset believes none. */
  readonly trustedProxies?: readonly string[];
}

/**
 * The network part of admission: finds a call's client address and refuses
 * those the lists exclude. Built once from configuration; the constructor
 * throws a RangeError naming a bad entry (`auth.network.allow: "10.0.0.0/33"
 * has a prefix length outside 0..32`).
 */
export class NetworkPolicy {
  readonly #allow: AddressList;
  readonly #deny: AddressList;
  readonly #trustedProxies: AddressList;

  constructor(options: NetworkPolicyOptions) {
    this.#allow = new AddressList(options.allow ?? [], "auth.network.allow");
    this.#deny = new AddressList(options.deny ?? [], "auth.network.deny");
    this.#trustedProxies = new AddressList(options.trustedProxies ?? [], "auth.network.trustedProxies");
  }

  /** Whether any list is set: without one, `admit` has nothing to check (the lead may skip it). */
  get restricts(): boolean {
    return this.#allow.size > 0 || this.#deny.size > 0;
  }

  /** The client's address (see clientAddress): the socket peer, or X-Forwarded-For when the peer is a trusted proxy. */
  clientAddress(socketAddress: string | undefined, xForwardedFor: string | null | undefined): IpAddress | undefined {
    return clientAddress(socketAddress, xForwardedFor, this.#trustedProxies);
  }

  /**
   * Throws PERMISSION_DENIED when the address is denied, or when an allow
   * list exists and does not hold it. An unknown address passes only when no
   * list is set. The error names the address and nothing else about the lists.
   */
  check(address: IpAddress | undefined): void {
    if (!this.restricts) return;
    if (address === undefined) throw dbxError(ErrorReason.PERMISSION_DENIED, "the client address is unknown and this server admits listed addresses only", { address: "" });
    if (this.#deny.includes(address) || (this.#allow.size > 0 && !this.#allow.includes(address))) {
      throw dbxError(ErrorReason.PERMISSION_DENIED, `client address ${address.address} may not call this server`, { address: address.address });
    }
  }

  /** clientAddress, then check: the address a call may go on with. */
  admit(socketAddress: string | undefined, xForwardedFor: string | null | undefined): IpAddress | undefined {
    const address = this.clientAddress(socketAddress, xForwardedFor);
    this.check(address);
    return address;
  }
}
