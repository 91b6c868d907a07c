import { afterEach, describe, expect, it } from 'vitest';
import { brotliCompressSync, deflateSync, gzipSync, createGzip } from 'node:zlib';
import { FeedError, fetchResource, isPrivateAddress, MAX_REDIRECTS, type FetchOptions } from '../../src/feeds/index.js';
import { startLocalServer, streamBytes, TEST_FETCH, type LocalServer } from './local-server.js';

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(routes: Parameters<typeof startLocalServer>[0]): Promise<LocalServer> {
  const server = await startLocalServer(routes);
  servers.push(server);
  return server;
}

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected the fetch to fail');
}

const options = (extra: Partial<FetchOptions> = {}): FetchOptions => ({ ...TEST_FETCH, ...extra });
const FEED = '<rss version="2.0"><channel><title>Grüße aus Köln</title></channel></rss>';

describe('fetchResource', () => {
  it('sends the product User-Agent and decodes gzip, deflate and brotli bodies', async () => {
    const server = await serve({
      '/gzip': (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(FEED)),
      '/deflate': (_req, res) => res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateSync(FEED)),
      '/br': (_req, res) => res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(FEED)),
    });
    for (const path of ['/gzip', '/deflate', '/br']) {
      const result = await fetchResource(`${server.origin}${path}`, options());
      expect(result.status).toBe('ok');
      expect(result.body.toString('utf8')).toBe(FEED);
    }
    expect(server.requests[0]!.headers['user-agent']).toBe(TEST_FETCH.userAgent);
    expect(server.requests[0]!.headers['accept-encoding']).toContain('br');
  });

  it('sends If-None-Match / If-Modified-Since and reports a 304 without a body', async () => {
    const server = await serve({
      '/feed': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] === 'Wed, 21 Mar 2018 10:00:00 GMT') {
          res.writeHead(304).end();
          return;
        }
        res.writeHead(200, { etag: '"v1"', 'last-modified': 'Wed, 21 Mar 2018 10:00:00 GMT' }).end(FEED);
      },
    });
    const first = await fetchResource(`${server.origin}/feed`, options());
    expect(first).toMatchObject({ status: 'ok', etag: '"v1"', lastModified: 'Wed, 21 Mar 2018 10:00:00 GMT' });
    const byEtag = await fetchResource(`${server.origin}/feed`, options({ etag: first.etag }));
    expect(byEtag.status).toBe('not_modified');
    expect(byEtag.body.length).toBe(0);
    expect(byEtag.etag).toBe('"v1"');
    const byDate = await fetchResource(`${server.origin}/feed`, options({ lastModified: first.lastModified }));
    expect(byDate.status).toBe('not_modified');
  });

  it('reports 429 and 503 with the Retry-After the server asked for', async () => {
    const server = await serve({
      '/429': (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end('slow down'),
      '/503': (_req, res) => res.writeHead(503, { 'retry-after': new Date(Date.now() + 600_000).toUTCString() }).end(),
      '/404': (_req, res) => res.writeHead(404).end(),
    });
    const tooMany = await failure(fetchResource(`${server.origin}/429`, options()));
    expect(tooMany).toMatchObject({ reason: 'http_status', status: 429, retryAfterSeconds: 120 });
    const unavailable = await failure(fetchResource(`${server.origin}/503`, options()));
    expect(unavailable.status).toBe(503);
    expect(unavailable.retryAfterSeconds).toBeGreaterThan(500);
    const missing = await failure(fetchResource(`${server.origin}/404`, options()));
    expect(missing).toMatchObject({ reason: 'http_status', status: 404, retryAfterSeconds: null });
  });

  it('gives up on a server that never answers, and on one that stalls mid-body', async () => {
    const server = await serve({
      '/silent': () => undefined,
      '/stall': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.write('<rss version="2.0"><channel>');
      },
    });
    const silent = await failure(fetchResource(`${server.origin}/silent`, options({ timeoutSeconds: 0.5 })));
    expect(silent.reason).toBe('timeout');
    const stalled = await failure(fetchResource(`${server.origin}/stall`, options({ timeoutSeconds: 0.5 })));
    expect(stalled.reason).toBe('timeout');
  });

  it('aborts a 50 MB body at the size limit while streaming, without reading it all', async () => {
    const fifty = 50 * 1024 * 1024;
    let written = -1;
    const closed = new Promise<void>((resolve) => {
      void serve({
        '/huge': (_req, res) => {
          res.writeHead(200, { 'content-type': 'application/rss+xml' });
          streamBytes(res, fifty, (bytes) => {
            written = bytes;
            resolve();
          });
        },
      }).then(async (server) => {
        const error = await failure(fetchResource(`${server.origin}/huge`, options({ maxBytes: 256 * 1024 })));
        expect(error.reason).toBe('too_large');
      });
    });
    await closed;
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(fifty);
  });

  it('refuses a declared oversize body up front and a gzip bomb by its decoded size', async () => {
    const server = await serve({
      '/declared': (_req, res) => {
        res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
        res.write('<rss>');
      },
      '/bomb': (_req, res) => {
        res.writeHead(200, { 'content-encoding': 'gzip' });
        const gzip = createGzip();
        gzip.pipe(res);
        const zeros = Buffer.alloc(1024 * 1024);
        let sent = 0;
        const pump = (): void => {
          while (sent < 50) {
            sent++;
            if (!gzip.write(zeros)) {
              gzip.once('drain', pump);
              return;
            }
          }
          gzip.end();
        };
        res.on('close', () => gzip.destroy());
        pump();
      },
    });
    expect((await failure(fetchResource(`${server.origin}/declared`, options()))).reason).toBe('too_large');
    expect((await failure(fetchResource(`${server.origin}/bomb`, options()))).reason).toBe('too_large');
  });

  it(`follows up to ${MAX_REDIRECTS} redirects and refuses a redirect loop`, async () => {
    const server = await serve({
      '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
      '/hop': (req, res) => {
        const left = Number(new URL(req.url!, 'http://x').searchParams.get('left'));
        if (left === 0) res.writeHead(200).end(FEED);
        else res.writeHead(301, { location: `/hop?left=${left - 1}` }).end();
      },
    });
    const followed = await fetchResource(`${server.origin}/hop?left=${MAX_REDIRECTS}`, options());
    expect(followed.status).toBe('ok');
    expect(followed.finalUrl).toBe(`${server.origin}/hop?left=0`);
    const loop = await failure(fetchResource(`${server.origin}/loop`, options()));
    expect(loop.reason).toBe('too_many_redirects');
    const tooMany = await failure(fetchResource(`${server.origin}/hop?left=${MAX_REDIRECTS + 1}`, options()));
    expect(tooMany.reason).toBe('too_many_redirects');
  });
});

describe('private-address guard at fetch time', () => {
  it('refuses 127.0.0.1 when private addresses are not allowed, before any request is made', async () => {
    const server = await serve({ '/feed': (_req, res) => res.end(FEED) });
    const error = await failure(fetchResource(`${server.origin}/feed`, options({ allowPrivateAddresses: false })));
    expect(error.reason).toBe('private_address');
    expect(error.message).toContain('fetch.allowPrivateAddresses');
    expect(server.hits.get('/feed')).toBeUndefined();
  });

  it('refuses a name that resolves to a private address, checked at connect time', async () => {
    const server = await serve({ '/feed': (_req, res) => res.end(FEED) });
    const resolve = async () => [{ address: '127.0.0.1', family: 4 }];
    const error = await failure(fetchResource(`http://rebind.example:${server.port}/feed`, options({ allowPrivateAddresses: false, resolve })));
    expect(error.reason).toBe('private_address');
    expect(server.hits.get('/feed')).toBeUndefined();
  });

  it('re-checks every redirect: a public feed redirecting to a private or metadata address is refused', async () => {
    // The test server stands in for a public host: only 127.0.0.1 is treated as public here.
    const isBlockedAddress = (address: string) => address !== '127.0.0.1' && isPrivateAddress(address);
    const resolve = async (hostname: string) => {
      if (hostname === 'news.example') return [{ address: '127.0.0.1', family: 4 }];
      if (hostname === 'intranet.example') return [{ address: '10.0.0.5', family: 4 }];
      throw Object.assign(new Error(`unknown host ${hostname}`), { code: 'ENOTFOUND' });
    };
    const server = await serve({
      '/feed': (_req, res) => res.end(FEED),
      '/to-metadata': (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
      '/to-intranet': (_req, res) => res.writeHead(301, { location: 'http://intranet.example/feed' }).end(),
      '/to-mapped': (_req, res) => res.writeHead(307, { location: 'http://[::ffff:10.0.0.1]/feed' }).end(),
    });
    const guard = options({ allowPrivateAddresses: false, resolve, isBlockedAddress });
    const base = `http://news.example:${server.port}`;
    expect((await fetchResource(`${base}/feed`, guard)).body.toString()).toBe(FEED);
    const refused: Record<string, string> = { '/to-metadata': '169.254.169.254', '/to-intranet': '10.0.0.5', '/to-mapped': '::ffff:a00:1' };
    for (const [path, address] of Object.entries(refused)) {
      const error = await failure(fetchResource(`${base}${path}`, guard));
      expect(error.reason, path).toBe('private_address');
      expect(error.message, path).toContain(address);
    }
    expect(server.hits.get('/to-metadata')).toBe(1);
  });
});
