import { expect, it } from 'vitest';
import type { Quote } from '../../src/core/index.js';
import type { NewArticle } from '../../src/store/index.js';
import { storeEngines } from './engines.js';

let sequence = 0;
function article(language: string, quote: Quote): NewArticle {
  sequence += 1;
  return {
    feedId: null,
    guid: `speaker-${sequence}`,
    url: null,
    canonicalUrl: null,
    title: `Report ${sequence}`,
    body: 'The presidents spoke by phone.',
    source: 'Outlet',
    publishedAt: new Date(Date.UTC(2024, 4, 16, sequence)),
    firstSeenAt: new Date(Date.UTC(2024, 4, 16, sequence)),
    contentHash: `speaker-hash-${sequence}`,
    analysis: { language, topics: [], quotes: [quote], statements: [], summary: '', entities: [] },
  };
}

it.each(storeEngines())('finds an institution’s quotes under any language’s name, each kept as its article wrote it ($name)', async (engine) => {
  const { store } = await engine.open();
  try {
    const quotes: [string, string][] = [
      ['fr', 'présidence russe'],
      ['de', 'Kreml'],
      ['es', 'presidencia rusa'],
      ['en', 'Kremlin'],
    ];
    for (const [language, speaker] of quotes) {
      await store.saveArticle(article(language, { text: `Words of the ${speaker}`, speaker, kind: 'direct', score: 1, language }));
    }
    await store.saveArticle(article('es', { text: 'Words of the White House', speaker: 'Casa Blanca', kind: 'direct', score: 1, language: 'es' }));
    for (const name of ['Kremlin', 'Kreml', 'présidence russe', 'presidencia rusa']) {
      const found = (await store.findQuotes({ speaker: name })).map((hit) => hit.quote.speaker).sort();
      expect(found, name).toEqual(['Kreml', 'Kremlin', 'presidencia rusa', 'présidence russe']);
    }
    expect((await store.findQuotes({ speaker: 'White House' })).map((hit) => hit.quote.speaker)).toEqual(['Casa Blanca']);
  } finally {
    await store.close();
  }
});

it.each(storeEngines())('finds an institution shown with its acronym by the acronym and by its name alone ($name)', async (engine) => {
  const { store } = await engine.open();
  try {
    const said: [string, string][] = [
      ['Parquet national antiterroriste (Pnat)', 'Words of the prosecutors with the acronym'],
      ['Parquet national antiterroriste', 'Words of the prosecutors named in full'],
      ['Pnat', 'Words of the prosecutors named by the acronym'],
      ['Bureau of Nothing (BON)', 'Words of another body'],
    ];
    for (const [speaker, text] of said) await store.saveArticle(article('fr', { text, speaker, kind: 'direct', score: 1, language: 'fr' }));
    const speakers = async (name: string) => (await store.findQuotes({ speaker: name })).map((hit) => hit.quote.speaker).sort();
    expect(await speakers('Pnat')).toEqual(['Parquet national antiterroriste (Pnat)', 'Pnat']);
    expect(await speakers('PNAT')).toEqual(['Parquet national antiterroriste (Pnat)', 'Pnat']);
    expect(await speakers('Parquet national antiterroriste')).toEqual(['Parquet national antiterroriste', 'Parquet national antiterroriste (Pnat)']);
    expect(await speakers('BON')).toEqual(['Bureau of Nothing (BON)']);
  } finally {
    await store.close();
  }
});
