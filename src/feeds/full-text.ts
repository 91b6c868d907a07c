import { Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
// The one function, not the core index: each worker thread loads this module, and the index is the whole analysis.
import { htmlToText } from '../core/text/html.js';

/**
 * Bounds on one article page. Readability on linkedom is roughly cubic in
 * nesting depth (a 23 KB page of 2,000 nested divs took 40 s), so a page is
 * measured with a linear scan first and refused before Readability sees it.
 */
export interface FullTextLimits {
  /** Page bytes fetched and extracted (far below the feed limit). */
  maxBytes: number;
  /** Elements on the page. */
  maxElements: number;
  /** Element nesting depth. */
  maxDepth: number;
  /** Hard time limit per page; the worker running it is stopped when it passes. */
  timeoutMs: number;
}

export const DEFAULT_FULL_TEXT_LIMITS: FullTextLimits = {
  maxBytes: 2 * 1024 * 1024,
  maxElements: 30_000,
  maxDepth: 200,
  timeoutMs: 10_000,
};

export interface ArticleText {
  title: string | null;
  text: string;
}

/** What extraction made of a page: its article, no article, or a refusal with the reason (one line). */
export type PageExtraction = { status: 'article'; article: ArticleText } | { status: 'none' } | { status: 'refused'; reason: string };

class LimitExceeded extends Error {}

/**
 * Why the page is too big or too deep for extraction, or null when it is within
 * the limits. One linear pass of the same tokenizer linkedom parses with, so the
 * depth it sees is the depth Readability would walk.
 */
export function pageLimitProblem(html: string, limits: Pick<FullTextLimits, 'maxBytes' | 'maxElements' | 'maxDepth'>): string | null {
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > limits.maxBytes) return `page is ${bytes} bytes, over the ${limits.maxBytes}-byte full-text limit`;
  let depth = 0;
  let elements = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth += 1;
        elements += 1;
        if (depth > limits.maxDepth) throw new LimitExceeded(`page nests elements deeper than ${limits.maxDepth} levels`);
        if (elements > limits.maxElements) throw new LimitExceeded(`page has more than ${limits.maxElements} elements`);
      },
      onclosetag() {
        depth -= 1;
      },
    },
    { decodeEntities: false },
  );
  try {
    parser.end(html);
  } catch (error) {
    if (error instanceof LimitExceeded) return error.message;
    throw error;
  }
  return null;
}

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/**
 * The main text of an article page (quotes sit in the body, not in the
 * teaser), via Mozilla Readability on linkedom's light DOM. Null when the page
 * has no recognisable article. Unbounded in time on hostile pages: call it
 * only after `pageLimitProblem`, off the event loop (see full-text-pool.ts).
 */
export function extractArticleText(html: string, url: string, maxElements = DEFAULT_FULL_TEXT_LIMITS.maxElements): ArticleText | null {
  let article: ReturnType<Readability['parse']>;
  try {
    const { document } = parseHTML(html);
    // Readability resolves relative links against the document URL.
    const base = document.createElement('base');
    base.setAttribute('href', url);
    document.head?.appendChild(base);
    article = new Readability(document as unknown as ReadabilityDocument, { maxElemsToParse: maxElements }).parse();
  } catch {
    return null;
  }
  if (!article?.content) return null;
  const text = htmlToText(article.content);
  if (!text.trim()) return null;
  return { title: article.title?.replace(/\s+/g, ' ').trim() || null, text };
}

/** The limits check, then Readability: what the worker runs for each page. */
export function extractPage(html: string, url: string, limits: FullTextLimits): PageExtraction {
  const problem = pageLimitProblem(html, limits);
  if (problem) return { status: 'refused', reason: problem };
  const article = extractArticleText(html, url, limits.maxElements);
  return article ? { status: 'article', article } : { status: 'none' };
}
