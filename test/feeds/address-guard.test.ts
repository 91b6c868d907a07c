import { describe, expect, it } from 'vitest';
import { assertPublicUrl, FeedError, isPrivateAddress, nextAttemptAt, backoffDelayMs } from '../../src/feeds/index.js';

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
  ])('%s is not public', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '93.184.216.34', '172.32.0.1', '100.128.0.1', '192.169.0.1', '2606:4700:4700::1111', '2a00:1450:4001::200e', '::ffff:8.8.8.8'])(
    '%s is public',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );
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
