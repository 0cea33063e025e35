/**
 * Where a feed fetch may connect. Feed URLs come from configuration and from redirects chosen by
 * strangers, so every connection is checked against the address it actually reaches: only public
 * unicast addresses, never the cloud metadata service or anything on a private network.
 */
import ipaddr from 'ipaddr.js';

export interface AddressPolicyOptions {
  /** Lets tests reach a server on 127.0.0.1/::1. Nothing else opens up with it. */
  readonly allowLoopback?: boolean;
}

const METADATA_ADDRESSES = new Set(['169.254.169.254', 'fd00:ec2::254']);

const RANGE_NAMES: Readonly<Record<string, string>> = {
  loopback: 'a loopback address',
  private: 'a private address',
  linkLocal: 'a link-local address',
  carrierGradeNat: 'a carrier-grade NAT address (100.64.0.0/10)',
  uniqueLocal: 'a unique-local address (fc00::/7)',
  ipv4Mapped: 'an IPv4-mapped IPv6 address',
  unspecified: 'the unspecified address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
};

/** Why a connection to this address is refused, or undefined when it is allowed. */
export function refusalReasonFor(address: string, options: AddressPolicyOptions = {}): string | undefined {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, ''));
  } catch {
    return `${address} is not an IP address`;
  }
  const canonical = parsed.toString();
  if (METADATA_ADDRESSES.has(canonical)) return `${canonical} is the cloud metadata address`;
  const range = parsed.range();
  if (range === 'unicast') return undefined;
  if (range === 'loopback' && options.allowLoopback) return undefined;
  return `${canonical} is ${RANGE_NAMES[range] ?? `in the special-purpose range "${range}"`}`;
}

export function isLoopbackAddress(address: string): boolean {
  try {
    return ipaddr.parse(address.replace(/^\[|\]$/g, '')).range() === 'loopback';
  } catch {
    return false;
  }
}

/** An IP address in one spelling (`::1` for `0:0:0:0:0:0:0:1`), or the input when it is not one. */
export function canonicalAddress(address: string): string {
  try {
    return ipaddr.parse(address.replace(/^\[|\]$/g, '')).toString();
  } catch {
    return address;
  }
}
