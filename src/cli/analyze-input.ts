import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticleText } from '../core/index.js';
import type { FetchConfig, FullTextConfig } from '../config/index.js';
import type { PageExtraction } from '../feeds/index.js';
import { UsageError } from './errors.js';
import { inputProblem } from './input-sniff.js';

/** One article to analyse, with where it came from. */
export interface AnalysisInput extends ArticleText {
  id: string;
  url: string | null;
  source: string;
  publishedAt: Date | null;
}

/**
 * Plain text: the first line is the title when it is short enough to be one;
 * the body is everything, so a lead in the first line still counts.
 */
export function plainTextArticle(text: string): { title: string; body: string; publishedAt: Date | null } {
  let normalised = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trim();
  // Text exports often open with a "date 2018-03-20" header; it is metadata, not the title.
  const header = /^date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+/i.exec(normalised);
  const publishedAt = header?.[1] ? new Date(header[1].length === 7 ? `${header[1]}-01` : header[1]) : null;
  if (header) normalised = normalised.slice(header[0].length);
  const firstLine = normalised.split('\n', 1)[0]?.trim() ?? '';
  const rest = normalised.slice(firstLine.length).trim();
  if (firstLine.length > 0 && firstLine.length <= 200 && rest.length > 0) return { title: firstLine, body: rest, publishedAt };
  return { title: firstLine.slice(0, 200), body: normalised, publishedAt };
}

/**
 * The feeds module is loaded only for input that needs it, and only the part
 * it needs: a plain text file is analysed without it, a feed file loads the
 * parsers alone, and the HTTP client, Readability and a DOM load only for a
 * URL or an HTML page. This keeps `analyze` quick to start.
 */
const feeds = () => import('../feeds/index.js');
const parsers = () => import('../feeds/parse-entry.js');

/** UTF-8 text that opens with neither markup nor JSON: plain text, no sniffing needed. */
function plainUtf8(body: Buffer): string | null {
  // The first byte that is not a byte order mark or white space settles it before anything is decoded.
  let at = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
  while (at < body.length && (body[at] === 0x20 || body[at] === 0x09 || body[at] === 0x0a || body[at] === 0x0d)) at += 1;
  if (at === body.length || body[at] === 0x3c /* < */ || body[at] === 0x7b /* { */ || body[at] === 0x5b /* [ */) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return null;
  }
  return text;
}

async function load(target: string, fetchConfig: FetchConfig): Promise<{ body: Buffer; contentType: string | null; url: string; name: string }> {
  if (/^https?:\/\//i.test(target)) {
    const { fetchResource } = await feeds();
    const result = await fetchResource(target, { ...fetchConfig });
    return { body: result.body, contentType: result.contentType, url: result.finalUrl, name: target };
  }
  try {
    const body = await readFile(target);
    return { body, contentType: null, url: pathToFileURL(resolve(target)).href, name: basename(target) };
  } catch (error) {
    throw new UsageError(
      `Cannot read ${target} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): give a readable file or an http(s) URL.`,
    );
  }
}

/** Readability in a worker thread, bounded like the poller's full-text extraction. */
async function extractOffThread(html: string, url: string, config: FullTextConfig | undefined): Promise<PageExtraction> {
  const { createFullTextExtractor, fullTextLimits } = await feeds();
  const extractor = createFullTextExtractor(fullTextLimits(config));
  try {
    return await extractor.extract(html, url);
  } finally {
    await extractor.close();
  }
}

/** Reads a feed file, HTML page, text file or URL into the articles it holds. */
export async function readAnalysisInputs(target: string, fetchConfig: FetchConfig, now: Date, fullText?: FullTextConfig): Promise<AnalysisInput[]> {
  const { body, contentType, url, name } = await load(target, fetchConfig);
  const problem = inputProblem(target, body);
  if (problem) throw new UsageError(problem);
  const plain = contentType === null ? plainUtf8(body) : null;
  if (plain !== null) {
    const { title, body: text, publishedAt } = plainTextArticle(plain);
    return [{ id: name, url: null, title, body: text, source: name, publishedAt }];
  }
  const { decodeBody, isEmptyItem, parseFeedText, sniffDocument } = await parsers();
  const decoded = decodeBody(body, contentType);
  // The same sniffing as the poller: file extensions do not matter, comments and DOCTYPEs before the root do not either.
  const sniffed = sniffDocument(decoded.text, contentType);
  if (sniffed.isFeed) {
    const feed = await parseFeedText(decoded.text, { contentType, url, now });
    return feed.items
      .filter((item) => !isEmptyItem(item))
      .map((item, index) => ({
        id: item.guid ?? item.url ?? `${name}#${index + 1}`,
        url: item.url,
        title: item.title,
        body: item.text,
        source: feed.title ?? name,
        publishedAt: item.publishedAt,
      }));
  }
  if (sniffed.kind === 'html') {
    const extraction = await extractOffThread(decoded.text, url, fullText);
    if (extraction.status === 'refused') throw new UsageError(`${target}: the article text was not extracted: ${extraction.reason}.`);
    if (extraction.status === 'none') throw new UsageError(`${target}: no article text found in this HTML page.`);
    const { article } = extraction;
    return [{ id: name, url: /^https?:/.test(url) ? url : null, title: article.title ?? '', body: article.text, source: name, publishedAt: null }];
  }
  const { title, body: text, publishedAt } = plainTextArticle(decoded.text);
  return [{ id: name, url: null, title, body: text, source: name, publishedAt }];
}
