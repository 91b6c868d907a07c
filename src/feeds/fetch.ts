import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable, Transform } from 'node:stream';
import { Agent, request, type Dispatcher } from 'undici';
import type { FetchConfig } from '../config/index.js';
import { FeedError } from './errors.js';
import { guardedLookup, isPrivateAddress, literalAddress, parseHttpUrl, type AddressGuardOptions } from './address-guard.js';

export const MAX_REDIRECTS = 5;

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

export interface FetchOptions
  extends
    Pick<FetchConfig, 'timeoutSeconds' | 'connectTimeoutSeconds' | 'maxBytes' | 'allowPrivateAddresses' | 'userAgent'>,
    Pick<AddressGuardOptions, 'resolve' | 'isBlockedAddress'> {
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  /** A shared agent from `createFetchAgent` (keeps connections across a poll cycle). */
  dispatcher?: Dispatcher;
  /** The setting that raises `maxBytes`, named in the "too large" error. Default fetch.maxBytes. */
  maxBytesSetting?: string;
}

export interface FetchResult {
  status: 'ok' | 'not_modified';
  body: Buffer;
  headers: Record<string, string>;
  finalUrl: string;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
}

/** An undici agent whose every connection goes through the private-address guard. */
export function createFetchAgent(options: Pick<FetchOptions, 'connectTimeoutSeconds' | 'allowPrivateAddresses' | 'resolve' | 'isBlockedAddress'>): Agent {
  const needsLookup = !options.allowPrivateAddresses || options.resolve !== undefined;
  return new Agent({
    connect: {
      timeout: options.connectTimeoutSeconds * 1000,
      ...(needsLookup ? { lookup: guardedLookup(options) } : {}),
    },
    keepAliveTimeout: 4_000,
  });
}

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: Date = new Date()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

function decompressor(encoding: string | undefined): Transform | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      return null;
  }
}

/** Reads the body while counting decoded bytes, aborting as soon as the limit is passed (memory stays bounded). */
async function readLimited(body: Readable, headers: Record<string, string>, maxBytes: number, url: string, setting = 'fetch.maxBytes'): Promise<Buffer> {
  const tooLarge = () => new FeedError('too_large', `${url} is larger than the ${maxBytes}-byte limit (${setting})`);
  const declared = Number(headers['content-length']);
  const inflater = decompressor(headers['content-encoding']);
  if (!inflater && Number.isFinite(declared) && declared > maxBytes) {
    body.destroy();
    throw tooLarge();
  }
  const decoded: Readable = inflater ? body.pipe(inflater) : body;
  if (inflater) body.on('error', (error) => inflater.destroy(error));
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of decoded) {
      const buffer = chunk as Buffer;
      total += buffer.length;
      if (total > maxBytes) throw tooLarge();
      chunks.push(buffer);
    }
  } catch (error) {
    body.destroy();
    decoded.destroy();
    if (error instanceof FeedError) throw error;
    if (inflater && (error as NodeJS.ErrnoException).code?.startsWith('Z_')) {
      throw new FeedError('parse', `${url} sent a corrupt ${headers['content-encoding']} body`, { cause: error });
    }
    throw error;
  }
  return Buffer.concat(chunks, total);
}

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && chain.length < 8) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

/** Turns undici, DNS and abort errors into a FeedError with a reason. */
export function toFeedError(error: unknown, url: string, timeoutSeconds: number): FeedError {
  const chain = causeChain(error);
  const known = chain.find((entry): entry is FeedError => entry instanceof FeedError);
  if (known) return known;
  const codes = chain.map((entry) => String((entry as { code?: unknown }).code ?? ''));
  const names = chain.map((entry) => String((entry as { name?: unknown }).name ?? ''));
  if (
    names.includes('TimeoutError') ||
    names.includes('AbortError') ||
    codes.some((code) => code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'ETIMEDOUT')
  ) {
    return new FeedError('timeout', `${url} did not answer within ${timeoutSeconds} s`, { cause: error });
  }
  if (codes.some((code) => code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENODATA')) {
    return new FeedError('dns', `the host of ${url} could not be resolved`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new FeedError('network', `${url} could not be fetched: ${message}`, { cause: error });
}

function checkHop(url: URL, options: FetchOptions, original: string): void {
  if (options.allowPrivateAddresses) return;
  // Connect-time lookup never runs for IP literals, so they are checked here.
  const literal = literalAddress(url);
  if (literal !== null && (options.isBlockedAddress ?? isPrivateAddress)(literal)) {
    throw new FeedError(
      'private_address',
      `${url.href}${url.href === original ? '' : ` (redirected from ${original})`} is the non-public address ${literal}; feeds must be on the public internet (operators can set fetch.allowPrivateAddresses: true)`,
    );
  }
}

/**
 * GETs a URL with connect and total timeouts, a byte limit enforced while
 * streaming, gzip/deflate/br decoding, at most five redirects (each one
 * re-checked by the address guard) and conditional headers.
 */
export async function fetchResource(url: string, options: FetchOptions): Promise<FetchResult> {
  let current = parseHttpUrl(url);
  const ownAgent = options.dispatcher ? null : createFetchAgent(options);
  const dispatcher = options.dispatcher ?? ownAgent!;
  const timeoutMs = options.timeoutSeconds * 1000;
  const signal = AbortSignal.timeout(timeoutMs);
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: options.accept ?? FEED_ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  try {
    for (let hop = 0; ; hop++) {
      checkHop(current, options, url);
      const response = await request(current, {
        method: 'GET',
        headers,
        dispatcher,
        signal,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      const responseHeaders = flattenHeaders(response.headers);
      const { statusCode } = response;
      if (statusCode >= 300 && statusCode < 400 && statusCode !== 304 && responseHeaders.location) {
        await response.body.dump();
        if (hop >= MAX_REDIRECTS) {
          throw new FeedError('too_many_redirects', `${url} redirects more than ${MAX_REDIRECTS} times`);
        }
        current = parseHttpUrl(new URL(responseHeaders.location, current).href);
        continue;
      }
      const base = {
        headers: responseHeaders,
        finalUrl: current.href,
        etag: responseHeaders.etag ?? null,
        lastModified: responseHeaders['last-modified'] ?? null,
        contentType: responseHeaders['content-type'] ?? null,
      };
      if (statusCode === 304) {
        await response.body.dump();
        return {
          status: 'not_modified',
          body: Buffer.alloc(0),
          ...base,
          etag: base.etag ?? options.etag ?? null,
          lastModified: base.lastModified ?? options.lastModified ?? null,
        };
      }
      if (statusCode < 200 || statusCode >= 300) {
        await response.body.dump();
        const retryAfterSeconds = statusCode === 429 || statusCode === 503 ? parseRetryAfter(responseHeaders['retry-after']) : null;
        throw new FeedError('http_status', `${current.href} answered HTTP ${statusCode}`, { status: statusCode, retryAfterSeconds });
      }
      const body = await readLimited(response.body, responseHeaders, options.maxBytes, current.href, options.maxBytesSetting);
      return { status: 'ok', body, ...base };
    }
  } catch (error) {
    throw toFeedError(error, url, options.timeoutSeconds);
  } finally {
    // Everything has been read by now; a one-off agent need not linger.
    if (ownAgent) void ownAgent.destroy();
  }
}
