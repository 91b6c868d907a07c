import type { ArticleAnalysis } from '../../src/core/index.js';
import type { NewArticle, Store } from '../../src/store/index.js';

/** Three articles (German and English about one call, English about tariffs) that the search tests of every engine share. */

export const day = (n: number) => new Date(Date.UTC(2018, 2, n, 12));

let sequence = 0;
export function article(fields: Partial<Omit<NewArticle, 'analysis'>> & { analysis?: Partial<ArticleAnalysis> }): NewArticle {
  sequence += 1;
  const { analysis, ...rest } = fields;
  return {
    feedId: null,
    guid: `guid-${sequence}`,
    url: null,
    canonicalUrl: null,
    title: 'Untitled',
    body: 'Nothing to see.',
    source: 'Tagesblick',
    publishedAt: day(20),
    firstSeenAt: day(20),
    contentHash: `hash-${sequence}`,
    ...rest,
    analysis: { language: 'de', topics: [], quotes: [], statements: [], summary: '', entities: [], ...analysis },
  };
}

export const kremlinCall = article({
  title: 'Putin und Trump erwägen ein Gipfeltreffen',
  body: 'Der Kreml teilte am Dienstag mit, beide hätten über ein Treffen gesprochen.',
  analysis: {
    summary: 'Trump gratulierte Putin zum Wahlsieg.',
    topics: [{ id: 'summits', score: 0.9, evidence: ['Gipfeltreffen'] }],
    quotes: [{ text: 'besondere Aufmerksamkeit der Frage gewidmet', speaker: 'Kreml', kind: 'direct', score: 0.9 }],
    statements: [{ text: 'Man betrachte das Schweigen nicht als unfreundlichen Akt', speaker: 'Dmitri Peskow', kind: 'indirect', score: 0.5 }],
  },
});
export const meridianCall = article({
  title: 'Trump congratulates Putin, floats summit',
  body: 'The Kremlin said both presidents discussed the arms race.',
  source: 'The Meridian',
  publishedAt: day(21),
  analysis: { language: 'en', summary: 'Trump called Putin.', topics: [{ id: 'summits', score: 0.8, evidence: ['summit'] }] },
});
export const tariffs = article({
  title: 'EU leaders win reprieve from steel tariffs',
  body: 'Leaders in Brussels wanted a permanent exemption; Putin was not on the agenda.',
  source: 'The Meridian',
  publishedAt: day(23),
  analysis: { language: 'en', summary: 'A temporary exemption until May.', topics: [{ id: 'trade', score: 0.7, evidence: ['tariffs'] }] },
});

export async function seed(store: Store): Promise<number[]> {
  const ids: number[] = [];
  for (const a of [kremlinCall, meridianCall, tariffs]) ids.push((await store.saveArticle(a)).article.id);
  return ids;
}
