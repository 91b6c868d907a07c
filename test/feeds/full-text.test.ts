import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFullTextExtractor, DEFAULT_FULL_TEXT_LIMITS, extractArticleText, isTeaser, pageLimitProblem } from '../../src/feeds/index.js';

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../fixtures/feeds/article.html'), 'utf8');

describe('extractArticleText', () => {
  it('finds the article body with its quotes and leaves navigation, banners, related links and comments out', () => {
    const article = extractArticleText(ARTICLE, 'https://news.example.org/politik/trump-putin.html');
    expect(article).not.toBeNull();
    expect(article!.text).toContain('„Wir hatten ein sehr gutes Gespräch“, sagte Trump am Dienstag im Weißen Haus.');
    expect(article!.text).toContain('Kremlsprecher Dmitri Peskow sagte');
    expect(article!.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
    for (const furniture of ['Cookies', 'Mehr zum Thema', 'Erster!', 'Impressum', 'Sport']) {
      expect(article!.text).not.toContain(furniture);
    }
  });

  it('returns null for a page without an article', () => {
    expect(extractArticleText('<html><body><nav><a href="/">Home</a></nav></body></html>', 'https://example.org/')).toBeNull();
  });
});

describe('isTeaser', () => {
  it('calls short texts and "read more" endings teasers, full articles not', () => {
    expect(isTeaser('Trump gratuliert Putin. Mehr im Artikel.')).toBe(true);
    expect(isTeaser(`${'Ein langer Absatz mit vielen Wörtern. '.repeat(30)}Weiterlesen …`)).toBe(true);
    expect(isTeaser('Ein langer Absatz mit vielen Wörtern. '.repeat(30))).toBe(false);
  });
});

const nested = (depth: number) => `<html><body>${'<div>'.repeat(depth)}<p>${'Ein Satz. '.repeat(30)}</p>${'</div>'.repeat(depth)}</body></html>`;

describe('page limits before Readability', () => {
  it('refuses pages that are too deep, too big or have too many elements, and passes a real article', () => {
    expect(pageLimitProblem(ARTICLE, DEFAULT_FULL_TEXT_LIMITS)).toBeNull();
    expect(pageLimitProblem(nested(3_000), DEFAULT_FULL_TEXT_LIMITS)).toBe('page nests elements deeper than 200 levels');
    expect(pageLimitProblem(nested(150), DEFAULT_FULL_TEXT_LIMITS)).toBeNull();
    expect(pageLimitProblem(`<p>${'<br>'.repeat(40_000)}</p>`, DEFAULT_FULL_TEXT_LIMITS)).toBe('page has more than 30000 elements');
    expect(pageLimitProblem('<p>x</p>'.repeat(1_000), { ...DEFAULT_FULL_TEXT_LIMITS, maxBytes: 5_000 })).toMatch(/^page is 8000 bytes, over the 5000-byte/);
    // Void and unclosed elements do not add depth.
    expect(pageLimitProblem(`<div>${'<img src=x><br><p>text'.repeat(1_000)}</div>`, DEFAULT_FULL_TEXT_LIMITS)).toBeNull();
  });
});

describe('the full-text worker pool', () => {
  it('extracts in a worker thread, refuses deep pages, and stops a page at the time limit without blocking the event loop', async () => {
    const extractor = createFullTextExtractor({ ...DEFAULT_FULL_TEXT_LIMITS, maxDepth: 100_000, timeoutMs: 1_500 });
    try {
      const good = await extractor.extract(ARTICLE, 'https://news.example.org/politik/trump-putin.html');
      expect(good.status).toBe('article');
      expect(good.status === 'article' && good.article.text).toContain('Kremlsprecher Dmitri Peskow sagte');

      // The event loop keeps turning while the worker is stuck in Readability.
      let ticks = 0;
      const ticker = setInterval(() => ticks++, 20);
      const started = performance.now();
      const slow = await extractor.extract(nested(3_000), 'https://news.example.org/deep.html');
      clearInterval(ticker);
      expect(slow).toEqual({ status: 'refused', reason: 'extraction took longer than the 1.5 s full-text limit and was stopped' });
      expect(performance.now() - started).toBeGreaterThanOrEqual(1_500);
      expect(ticks).toBeGreaterThanOrEqual(20);

      // The pool replaces the stopped thread and goes on.
      expect((await extractor.extract(ARTICLE, 'https://news.example.org/a.html')).status).toBe('article');
    } finally {
      await extractor.close();
    }
  });

  it('refuses at the default depth limit at once, and a page without an article is "none"', async () => {
    const extractor = createFullTextExtractor();
    try {
      expect(await extractor.extract(nested(3_000), 'https://news.example.org/deep.html')).toEqual({
        status: 'refused',
        reason: 'page nests elements deeper than 200 levels',
      });
      expect(await extractor.extract('<html><body><nav><a href="/">Home</a></nav></body></html>', 'https://example.org/')).toEqual({ status: 'none' });
    } finally {
      await extractor.close();
    }
  });
});
