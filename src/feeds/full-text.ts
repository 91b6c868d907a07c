import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from '../core/index.js';

/** Pages with more elements than this are not worth the CPU; the teaser stays. */
const MAX_ELEMENTS = 30_000;

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/**
 * The main text of an article page (quotes sit in the body, not in the
 * teaser), via Mozilla Readability on linkedom's light DOM. Null when the page
 * has no recognisable article.
 */
export function extractArticleText(html: string, url: string): { title: string | null; text: string } | null {
  let article: ReturnType<Readability['parse']>;
  try {
    const { document } = parseHTML(html);
    // Readability resolves relative links against the document URL.
    const base = document.createElement('base');
    base.setAttribute('href', url);
    document.head?.appendChild(base);
    article = new Readability(document as unknown as ReadabilityDocument, { maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch {
    return null;
  }
  if (!article?.content) return null;
  const text = htmlToText(article.content);
  if (!text.trim()) return null;
  return { title: article.title?.replace(/\s+/g, ' ').trim() || null, text };
}
