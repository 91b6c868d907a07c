import { describe, expect, it } from 'vitest';
import { assertPublicUrl, FeedError, fetchResource, isPrivateAddress, nextAttemptAt, backoffDelayMs } from '../../src/feeds/index.js';
import { TEST_FETCH } from './local-server.js';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.254',
    '10.0.0.1',
    '172.16.5.4',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '169.254.0.1',
    '100.64.0.1',
    '100.127.255.255',
    '0.0.0.0',
    '0.1.2.3',
    '224.0.0.1',
    '255.255.255.255',
    '198.18.0.1',
    '192.0.2.10',
    '::1',
    '::',
    'fd00::1',
    'fc12:3456::1',
    'fe80::1',
    'fe80::1%eth0',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '::ffff:a9fe:a9fe',
    '64:ff9b::a00:1',
    '2002:7f00:1::',
    '[::1]',
    'not-an-ip',
    // IPv4-compatible (::/96, deprecated): refused whatever the IPv4 part.
    '::127.0.0.1',
    '::7f00:1',
    '::169.254.169.254',
    '::8.8.8.8',
    // SIIT / IPv4-translated (::ffff:0:0:0/96): refused whatever the IPv4 part.
    '::ffff:0:127.0.0.1',
    '::ffff:0:169.254.169.254',
    '::ffff:0:8.8.8.8',
    // NAT64 (64:ff9b::/96) with a non-public IPv4 inside, and the local-use NAT64 prefix.
    '64:ff9b::127.0.0.1',
    '64:ff9b::169.254.169.254',
    '64:ff9b::192.168.0.1',
    '64:ff9b:1::8.8.8.8',
    // 6to4 and Teredo tunnels, whatever they carry.
    '2002:808:808::1',
    '2002:a9fe:a9fe::1',
    '2001:0:4136:e378:8000:63bf:3fff:fdd2',
    // Reserved, documentation, benchmarking, discard, ORCHID, site-local, carrier-grade NAT, 240/4, IPv4 mapped forms of reserved ranges.
    '2001:db8::1',
    '2001:2::1',
    '100::1',
    '2001:20::1',
    'fec0::1',
    '3fff::1',
    '100.100.100.100',
    '240.0.0.1',
    '192.0.0.8',
    '192.88.99.1',
    '198.51.100.7',
    '203.0.113.9',
    '::ffff:100.64.0.1',
    '::ffff:0.0.0.0',
  ])('%s is not public', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    '8.8.8.8',
    '93.184.216.34',
    '172.32.0.1',
    '100.128.0.1',
    '192.169.0.1',
    '2606:4700:4700::1111',
    '2a00:1450:4001::200e',
    '::ffff:8.8.8.8',
    '64:ff9b::8.8.8.8',
    '64:ff9b::5db8:d822',
  ])('%s is public', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});

async function refusal(url: string, resolve?: (host: string) => Promise<{ address: string; family: number }[]>): Promise<FeedError> {
  try {
    await assertPublicUrl(url, { allowPrivateAddresses: false, resolve });
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error(`expected ${url} to be refused`);
}

describe('assertPublicUrl', () => {
  it.each([
    'http://127.0.0.1/feed',
    'http://[::1]/feed',
    'http://[::ffff:127.0.0.1]/feed',
    'http://169.254.169.254/latest/meta-data/',
    'http://0.0.0.0:8080/',
    'http://10.1.2.3/rss',
    'http://100.64.0.1/',
    'http://[fd00::1]/',
    'http://[fe80::1]/',
    // WHATWG URL parsing turns these spellings into 127.0.0.1.
    'http://2130706433/',
    'http://0x7f.1/',
    'http://017700000001/',
  ])('refuses %s', async (url) => {
    const error = await refusal(url);
    expect(error.reason).toBe('private_address');
    expect(error.message).toMatch(/fetch\.allowPrivateAddresses/);
  });

  it('refuses names that resolve to a private address, even when only one of several addresses is private', async () => {
    const resolve = async (host: string) =>
      host === 'mixed.example'
        ? [
            { address: '93.184.216.34', family: 4 },
            { address: '10.0.0.7', family: 4 },
          ]
        : [{ address: '127.0.0.1', family: 4 }];
    expect((await refusal('https://mixed.example/feed', resolve)).message).toContain('10.0.0.7');
    expect((await refusal('https://localhost.example/feed', resolve)).reason).toBe('private_address');
  });

  it('accepts public addresses and everything when private addresses are allowed', async () => {
    const resolve = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 },
    ];
    await expect(assertPublicUrl('https://news.example/feed', { allowPrivateAddresses: false, resolve })).resolves.toBeUndefined();
    await expect(assertPublicUrl('http://127.0.0.1:8080/feed', { allowPrivateAddresses: true })).resolves.toBeUndefined();
  });

  it.each([
    'http://[::127.0.0.1]/',
    'http://[::ffff:0:127.0.0.1]/',
    'http://[::169.254.169.254]/',
    'http://[::ffff:0:169.254.169.254]/',
    'http://[64:ff9b::7f00:1]/',
  ])('refuses %s when it is added', async (url) => {
    expect((await refusal(url)).reason).toBe('private_address');
  });

  it('refuses the IPv4-embedding forms at connect time too: as literals and as DNS answers', async () => {
    const fetchOptions = { ...TEST_FETCH, allowPrivateAddresses: false, timeoutSeconds: 2 };
    for (const url of ['http://[::127.0.0.1]:9/feed', 'http://[::ffff:0:169.254.169.254]/latest/meta-data/']) {
      await expect(fetchResource(url, fetchOptions)).rejects.toMatchObject({ reason: 'private_address' });
    }
    for (const address of ['::127.0.0.1', '::ffff:0:127.0.0.1', '64:ff9b::a9fe:a9fe', '2002:7f00:1::1']) {
      const resolve = async () => [{ address, family: 6 }];
      await expect(fetchResource('http://rebinding.example/feed', { ...fetchOptions, resolve })).rejects.toMatchObject({
        reason: 'private_address',
        message: expect.stringContaining(address),
      });
    }
  });

  it('refuses non-http URLs, credentials and names that do not resolve, each with its own reason', async () => {
    expect((await refusal('ftp://example.org/feed')).reason).toBe('invalid_url');
    expect((await refusal('file:///etc/passwd')).reason).toBe('invalid_url');
    expect((await refusal('not a url')).reason).toBe('invalid_url');
    expect((await refusal('https://user:secret@example.org/feed')).reason).toBe('invalid_url');
    const nowhere = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    expect((await refusal('https://nowhere.example/feed', nowhere)).reason).toBe('dns');
  });
});

describe('backoff', () => {
  it('doubles from five minutes per failure up to twelve hours, and honours a longer Retry-After', () => {
    expect([1, 2, 3, 4].map(backoffDelayMs)).toEqual([300_000, 600_000, 1_200_000, 2_400_000]);
    expect(backoffDelayMs(40)).toBe(12 * 3600_000);
    const now = new Date('2026-11-25T08:00:00Z');
    expect(nextAttemptAt(now, 1, 60).toISOString()).toBe('2026-11-25T08:05:00.000Z');
    expect(nextAttemptAt(now, 1, 7200).toISOString()).toBe('2026-11-25T10:00:00.000Z');
  });
});
