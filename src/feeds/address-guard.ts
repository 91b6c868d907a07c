import { BlockList, isIP } from 'node:net';
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

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** `::ffff:127.0.0.1` and `::ffff:7f00:1` are IPv4 in disguise. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:0{0,4}:){0,5}:?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower) ?? /^::(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:0{0,4}:){0,5}:?ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex?.[1] && hex[2]) {
    const high = parseInt(hex[1], 16);
    const low = parseInt(hex[2], 16);
    return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  }
  return null;
}

/** True for any address a feed fetch must not reach. Unparseable input counts as private. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return blocked.check(bare, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIpv4(bare);
    if (v4 !== null) return blocked.check(v4, 'ipv4');
    return blocked.check(bare, 'ipv6');
  }
  return true;
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
