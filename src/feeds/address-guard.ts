import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { FeedError } from './errors.js';

/**
 * Server-side request forgery guard. Feed URLs can come from chat users, so
 * nothing may reach loopback, private, link-local, carrier-grade NAT, cloud
 * metadata or other non-public addresses unless the operator allows it.
 */

/** Same shape as `dns.lookup` with `all: true`; tests inject one to map a public-looking name to 127.0.0.1. */
export type HostResolver = (hostname: string) => Promise<LookupAddress[]>;

export interface AddressGuardOptions {
  allowPrivateAddresses: boolean;
  resolve?: HostResolver;
  /**
   * Which addresses are refused; defaults to `isPrivateAddress`. Tests stand a
   * 127.0.0.1 server in for a public host with it, so that a redirect from
   * there to a private address can be proven to be refused.
   */
  isBlockedAddress?: (address: string) => boolean;
}

/**
 * IPv6 ranges that carry an IPv4 address in their low 32 bits. Mapped
 * (`::ffff:a.b.c.d`) and NAT64 (`64:ff9b::a.b.c.d`, which DNS64 networks hand
 * out for public IPv4 servers) are judged by the IPv4 address inside; the
 * others are refused outright (see isPrivateAddress).
 */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const parts = address.parts;
  const low = () => new ipaddr.IPv4([parts[6]! >> 8, parts[6]! & 0xff, parts[7]! >> 8, parts[7]! & 0xff]);
  if (address.isIPv4MappedAddress()) return address.toIPv4Address();
  // 64:ff9b::/96 only; the local-use 64:ff9b:1::/48 is refused with the other non-unicast ranges.
  if (parts[0] === 0x64 && parts[1] === 0xff9b && parts.slice(2, 6).every((part) => part === 0)) return low();
  return null;
}

/** IPv4-compatible `::a.b.c.d` (deprecated, `::/96`) and SIIT `::ffff:0:a.b.c.d` (`::ffff:0:0/96`): nothing a feed lives on. */
function isCompatibleOrSiit(address: ipaddr.IPv6): boolean {
  const parts = address.parts;
  const zeros = (from: number, to: number) => parts.slice(from, to).every((part) => part === 0);
  return (zeros(0, 6) && !zeros(6, 8) && address.range() !== 'loopback') || address.range() === 'rfc6145';
}

/**
 * True for any address a feed fetch must not reach. The classification is
 * ipaddr.js's (its range() names loopback, private, linkLocal, uniqueLocal,
 * carrierGradeNat, multicast, reserved, 6to4, teredo, rfc6052, rfc6145,
 * benchmarking, …): only plain 'unicast' is public. IPv6 forms that embed an
 * IPv4 address are refused, except mapped and NAT64 ones whose IPv4 address is
 * public. Unparseable input counts as private.
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return true;
  // ipaddr.js reads a dotted tail as IPv4-mapped (`::8.8.8.8` as `::ffff:8.8.8.8`); the URL parser writes IPv6 in plain hex first.
  const parsed = ipaddr.parse(family === 6 ? new URL(`http://[${bare}]/`).hostname.slice(1, -1) : bare);
  if (parsed.kind() === 'ipv4') return parsed.range() !== 'unicast';
  const v6 = parsed as ipaddr.IPv6;
  const inner = embeddedIpv4(v6);
  if (inner) return inner.range() !== 'unicast';
  if (isCompatibleOrSiit(v6)) return true;
  return v6.range() !== 'unicast';
}

export const systemResolver: HostResolver = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) reject(error);
      else resolve(addresses);
    });
  });

export function privateAddressError(url: string, address: string): FeedError {
  return new FeedError(
    'private_address',
    `${url} resolves to the non-public address ${address}; feeds must be on the public internet (operators can set fetch.allowPrivateAddresses: true)`,
  );
}

export function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FeedError('invalid_url', `"${url}" is not a valid URL; give a full http(s) address such as https://example.com/feed.xml`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FeedError('invalid_url', `"${url}" is not an http(s) URL; only http and https feeds are supported`);
  }
  if (parsed.username || parsed.password) {
    throw new FeedError('invalid_url', `"${url}" carries credentials; remove the user:password@ part`);
  }
  return parsed;
}

/** The URL's host when it is an IP literal, else null. WHATWG URL parsing already turns 0x7f.1 and 2130706433 into dotted form. */
export function literalAddress(url: URL): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return isIP(host) === 0 ? null : host;
}

/**
 * Rejects URLs that are not http(s) or whose host resolves (any of its
 * addresses) to a non-public address. Used when a URL is accepted (chat, config);
 * fetches re-check at connect time, so DNS rebinding does not slip through.
 */
export async function assertPublicUrl(url: string, options: AddressGuardOptions): Promise<void> {
  const parsed = parseHttpUrl(url);
  if (options.allowPrivateAddresses) return;
  const blockedAddress = options.isBlockedAddress ?? isPrivateAddress;
  const literal = literalAddress(parsed);
  if (literal !== null) {
    if (blockedAddress(literal)) throw privateAddressError(url, literal);
    return;
  }
  let addresses: LookupAddress[];
  try {
    addresses = await (options.resolve ?? systemResolver)(parsed.hostname);
  } catch (error) {
    throw new FeedError('dns', `the host ${parsed.hostname} could not be resolved; check the feed URL`, { cause: error });
  }
  if (addresses.length === 0) throw new FeedError('dns', `the host ${parsed.hostname} has no addresses; check the feed URL`);
  const bad = addresses.find((entry) => blockedAddress(entry.address));
  if (bad) throw privateAddressError(url, bad.address);
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net/tls.connect that refuses non-public answers, so the check
 * happens on the address actually connected to (after every redirect, too).
 */
export function guardedLookup(options: AddressGuardOptions) {
  const resolve = options.resolve ?? systemResolver;
  const blockedAddress = options.isBlockedAddress ?? isPrivateAddress;
  return (hostname: string, lookupOptions: LookupOptions, callback: LookupCallback): void => {
    resolve(hostname).then(
      (addresses) => {
        const family = lookupOptions.family === 'IPv4' ? 4 : lookupOptions.family === 'IPv6' ? 6 : lookupOptions.family;
        const usable = family ? addresses.filter((entry) => entry.family === family) : addresses;
        if (usable.length === 0) {
          const error: NodeJS.ErrnoException = new Error(`no addresses for ${hostname}`);
          error.code = 'ENOTFOUND';
          callback(error, []);
          return;
        }
        if (!options.allowPrivateAddresses) {
          const bad = usable.find((entry) => blockedAddress(entry.address));
          if (bad) {
            callback(privateAddressError(hostname, bad.address) as NodeJS.ErrnoException, []);
            return;
          }
        }
        if (lookupOptions.all) callback(null, usable);
        else callback(null, usable[0]!.address, usable[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, []),
    );
  };
}
