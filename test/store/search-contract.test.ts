import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { toTsQueryText } from '../../src/store/postgres/search.js';
import { storeEngines } from './engines.js';
import { article, day, kremlinCall, seed } from './search-fixtures.js';

/** Full-text search as every engine must answer it: the same syntax, filters, ranking and safety. */

const finder =
  (store: Store) =>
  async (query: Parameters<Store['findArticles']>[0] & { text: string }): Promise<number[]> =>
    (await store.findArticles(query)).map((a) => a.id);

describe.each(storeEngines())('article full-text search on $name', (engine) => {
  it('finds words in the title, summary, body, quotes and speakers, ignoring case and accents', async () => {
    const { store } = await engine.open();
    const [de, en] = await seed(store);
    const search = finder(store);
    expect(await search({ text: 'GIPFELTREFFEN' })).toEqual([de]);
    expect(await search({ text: 'wahlsieg' })).toEqual([de]);
    expect(await search({ text: 'arms race' })).toEqual([en]);
    expect(await search({ text: 'Aufmerksamkeit' })).toEqual([de]);
    expect(await search({ text: 'unfreundlichen' })).toEqual([de]);
    expect(await search({ text: 'peskow' })).toEqual([de]);
    expect(await search({ text: 'Erwagen' })).toEqual([de]);
  });

  it('requires every word and honours quoted phrases and prefixes', async () => {
    const { store } = await engine.open();
    const [de, en] = await seed(store);
    const search = finder(store);
    expect(await search({ text: 'putin summit' })).toEqual([en]);
    expect(await search({ text: '"steel tariffs"' })).toHaveLength(1);
    expect(await search({ text: '"tariffs steel"' })).toEqual([]);
    expect(await search({ text: 'gipfel*' })).toEqual([de]);
  });

  it('filters by language, source, topic and date range', async () => {
    const { store } = await engine.open();
    const [de, en, eu] = await seed(store);
    const search = finder(store);
    expect((await search({ text: 'putin' })).sort()).toEqual([de, en, eu].sort());
    expect((await search({ text: 'putin', language: 'en' })).sort()).toEqual([en, eu].sort());
    expect((await search({ text: 'putin', source: 'the meridian' })).sort()).toEqual([en, eu].sort());
    expect((await search({ text: 'putin', topic: 'summits' })).sort()).toEqual([de, en].sort());
    expect(await search({ text: 'putin', since: day(21), until: day(23) })).toEqual([en]);
    expect(await search({ text: 'putin', limit: 1 })).toHaveLength(1);
    expect(await search({ text: 'putin', since: day(1), until: day(5) })).toEqual([]);
  });

  it('ranks a title match above a passing mention, and the newer of two equal matches first', async () => {
    const { store } = await engine.open();
    const older = (await store.saveArticle(article({ title: 'Sanctions on Russia extended', publishedAt: day(10) }))).article.id;
    const mention = (
      await store.saveArticle(
        article({ title: 'Weather', body: 'Rain all week, unrelated to sanctions or anything else in the news today.', publishedAt: day(12) }),
      )
    ).article.id;
    const newer = (await store.saveArticle(article({ title: 'Sanctions on Russia extended', publishedAt: day(11) }))).article.id;
    expect(await finder(store)({ text: 'sanctions' })).toEqual([newer, older, mention]);
  });

  it('keeps the index in step when an article’s text changes, when only its story changes, and when it is pruned', async () => {
    const { store } = await engine.open();
    const id = (await store.saveArticle(kremlinCall)).article.id;
    const search = finder(store);
    await store.saveArticle({ ...kremlinCall, title: 'Kreml bestätigt Telefonat', contentHash: 'changed' });
    expect(await search({ text: 'Gipfeltreffen' })).toEqual([]);
    expect(await search({ text: 'Telefonat' })).toEqual([id]);
    const story = await store.createStory({
      representativeArticleId: id,
      title: 't',
      url: null,
      summary: '',
      topics: [],
      quotes: [],
      sources: [],
      languages: [],
      articleIds: [id],
      firstSeenAt: day(20),
      updatedAt: day(20),
    });
    expect((await store.getArticle(id))!.storyId).toBe(story.id);
    expect(await search({ text: 'Telefonat' })).toEqual([id]);
    expect((await store.pruneBefore(day(21), 10)).articles).toBe(1);
    expect(await search({ text: 'Telefonat' })).toEqual([]);
    expect(await store.findQuotes({ text: 'Aufmerksamkeit' })).toEqual([]);
  });

  it('turns hostile input, FTS5 and tsquery operator syntax alike, into words or an empty result, never an error', async () => {
    const { store } = await engine.open();
    const [de, en, eu] = await seed(store);
    const search = finder(store);
    const inputs = [
      '"',
      '"putin',
      'NEAR(putin trump)',
      'title:putin',
      '*',
      'putin OR',
      'AND',
      '(',
      ')',
      '^putin',
      '-putin',
      "putin'; DROP TABLE articles; --",
      '\u0000',
      '{title body}: putin',
      'x'.repeat(5000),
      '" OR "" "',
      // tsquery operators: & | ! ( ) : * <-> and quotes
      'a & | ! ( ) : * <->',
      'zz & | ! ( ) : * <->',
      'putin & !trump',
      'putin | tariffs',
      '!putin',
      'putin <-> trump',
      'putin <2> trump',
      "'putin' & 'trump'",
      'putin:* & trump:A',
      '(putin | trump) & !(steel)',
      "'",
      "''",
      '\\',
      'putin:*B',
    ];
    for (const text of inputs) await expect(search({ text }), text).resolves.toBeInstanceOf(Array);
    expect(await search({ text: '*' })).toEqual([]);
    expect(await search({ text: 'zz & | ! ( ) : * <->' })).toEqual([]);
    expect((await search({ text: '"putin' })).sort()).toEqual([de, en, eu].sort());
    expect(await search({ text: 'title:putin' })).toEqual([]);
    // Operators are not operators: "!" does not negate, "|" does not widen, "<->" is not adjacency.
    expect(await search({ text: 'putin & !trump' })).toHaveLength(2);
    expect(await search({ text: 'putin | tariffs' })).toEqual([eu]);
    expect(await search({ text: '!putin' })).toHaveLength(3);
    expect(await search({ text: 'putin:* & trump' })).toHaveLength(2);
    expect((await search({ text: 'putin <-> trump' })).sort()).toEqual([de, en].sort());
    expect(await store.countArticles()).toBe(3);
  });
});

describe.each(storeEngines())('quote search on $name', (engine) => {
  it('finds quotes and statements by their words or speaker, newest first', async () => {
    const { store } = await engine.open();
    const id = (await store.saveArticle(kremlinCall)).article.id;
    const texts = async (text: string, limit: number) => (await store.findQuotes({ text, limit })).map((hit) => [hit.articleId, hit.quote.text]);
    expect(await texts('Aufmerksamkeit', 10)).toEqual([[id, 'besondere Aufmerksamkeit der Frage gewidmet']]);
    expect(await texts('peskow', 10)).toEqual([[id, 'Man betrachte das Schweigen nicht als unfreundlichen Akt']]);
    expect(await texts('"', 10)).toEqual([]);
    const later = (
      await store.saveArticle(
        article({
          publishedAt: new Date(kremlinCall.publishedAt.getTime() + 3_600_000),
          analysis: { quotes: [{ text: 'Wir schenken dem Thema Aufmerksamkeit', speaker: null, kind: 'direct', score: 0.4 }] },
        }),
      )
    ).article.id;
    expect((await texts('aufmerksamkeit', 10)).map(([articleId]) => articleId)).toEqual([later, id]);
    expect((await texts('aufmerksamkeit', 1)).map(([articleId]) => articleId)).toEqual([later]);
  });

  it('answers findArticles({ text }) with whole articles and an empty list for unsearchable text', async () => {
    const { store } = await engine.open();
    const [de] = await seed(store);
    expect((await store.findArticles({ text: 'Gipfeltreffen' })).map((a) => a.id)).toEqual([de]);
    expect((await store.findArticles({ text: 'NEAR(' })).map((a) => a.id)).toEqual([]);
    expect(await store.findArticles({ text: '"*"' })).toEqual([]);
  });

  it('finds a speaker under any spelling, newest first, with topic, date and text filters', async () => {
    const { store } = await engine.open();
    const quoted = async (n: number, speaker: string, text: string, topic: string) =>
      (
        await store.saveArticle(
          article({
            publishedAt: day(n),
            analysis: { topics: [{ id: topic, score: 0.9, evidence: [] }], quotes: [{ text, speaker, kind: 'direct', score: 0.5 }] },
          }),
        )
      ).article.id;
    const first = await quoted(10, 'Dmitri Peskow', 'Wir sehen keinen unfreundlichen Akt', 'diplomacy');
    const merkel = await quoted(11, 'Angela Merkel', 'Wir wollen eine unbefristete Ausnahme', 'trade');
    const second = await quoted(12, 'Dmitry Peskov', 'The call was constructive', 'summits');
    const third = await quoted(13, 'Peskov', 'No date has been set', 'summits');
    const articles = async (query: Parameters<Store['findQuotes']>[0]) => (await store.findQuotes(query)).map((hit) => hit.articleId);
    for (const speaker of ['Peskow', 'Dmitry Peskov', 'Kremlsprecher Dmitri Peskow']) expect(await articles({ speaker })).toEqual([third, second, first]);
    expect(await articles({ speaker: 'Peskov', topic: 'summits' })).toEqual([third, second]);
    expect(await articles({ speaker: 'Peskov', since: day(11), until: day(13) })).toEqual([second]);
    expect(await articles({ speaker: 'Peskov', limit: 1 })).toEqual([third]);
    expect(await articles({ text: 'unbefristete' })).toEqual([merkel]);
    expect(await articles({ speaker: 'Merkel', text: 'constructive' })).toEqual([]);
    expect(await articles({ speaker: 'Peskov', since: day(1), until: day(2) })).toEqual([]);
    expect(await articles({ text: '"*"' })).toEqual([]);
    expect(await articles({ text: 'constructive & !call | (x)' })).toEqual([]);
  });
});

describe('toTsQueryText (PostgreSQL)', () => {
  it('builds the tsquery from words only, so operator characters never reach to_tsquery', () => {
    expect(toTsQueryText('Putin NEAR Trump')).toBe("'putin' & 'trump'");
    expect(toTsQueryText('a & | ! ( ) : * <->')).toBe("'a'");
    expect(toTsQueryText("putin:* & !trump | 'x'")).toBe("'putin':* & 'trump' & 'x'");
    expect(toTsQueryText("it's <-> o'brien")).toBe("'it' & 's' & 'o' & 'brien'");
    expect(toTsQueryText('"Dmitri Peskow" sagte')).toBe("('dmitri' <-> 'peskow') & 'sagte'");
    expect(toTsQueryText('wahl*')).toBe("'wahl':*");
    expect(toTsQueryText('Kreml-Chef*')).toBe("'kreml' & 'chef'");
  });

  it('returns null when nothing searchable is left, and caps the number of words', () => {
    for (const input of ['', '   ', '*', '"" ()', 'OR AND', '& | ! <->']) expect(toTsQueryText(input)).toBeNull();
    expect(toTsQueryText(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))!.split(' & ')).toHaveLength(16);
  });
});
