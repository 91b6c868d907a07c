import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticleText, isTeaser } from '../../src/feeds/index.js';

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
