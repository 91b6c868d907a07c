import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleAnalysis, Quote } from '../src/core/index.js';
import { openStore, type ArticleQuery, type NewArticle, type QuoteQuery, type Store } from '../src/store/index.js';
import { openDatabase, sqliteStore } from '../src/store/sqlite/index.js';
import { createQuoteSearch } from '../src/store/sqlite/search.js';
import { LANGUAGES, SOURCES, TOPICS, ZipfSampler, seededRandom, speakers, vocabulary } from '../test/fixtures/stories/generated-news.js';

/**
 * Search latency over a large embedded store: BENCH_ARTICLES (default
 * 1,000,000) seeded synthetic articles with Zipf-distributed vocabularies are
 * stored through the Store in batched transactions, then findArticles({text})
 * and findQuotes({speaker}) are timed. BENCH_KEEP_DB=<path> keeps/reuses the file.
 * Then the same article searches on SQLite and PostgreSQL at one smaller count (compareEngines).
 */

const SEED = 20180320;
const VOCABULARY = 30_000;
const SPEAKERS = 5_000;
const SPAN_DAYS = 365;
const BATCH = 5_000;
const RUNS = 200;

interface Corpus {
  words: Record<string, string[]>;
  wordRank: ZipfSampler;
  speakerRank: ZipfSampler;
  speakers: ReturnType<typeof speakers>;
}

function corpus(): Corpus {
  const random = seededRandom(SEED);
  const words: Record<string, string[]> = {};
  for (const language of LANGUAGES) words[language] = vocabulary(VOCABULARY, random, '');
  return { words, wordRank: new ZipfSampler(VOCABULARY), speakerRank: new ZipfSampler(SPEAKERS), speakers: speakers(SPEAKERS, random) };
}

function sentence(c: Corpus, language: string, length: number, random: () => number): string {
  const list = c.words[language]!;
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(list[c.wordRank.sample(random)]!);
  const text = out.join(' ');
  return text[0]!.toUpperCase() + text.slice(1);
}

function generated(c: Corpus, index: number, count: number, random: () => number): NewArticle {
  const language = LANGUAGES[Math.floor(random() * LANGUAGES.length)]!;
  const start = Date.UTC(2025, 0, 1);
  const publishedAt = new Date(start + Math.floor((index / count) * SPAN_DAYS * 86_400_000 + random() * 3_600_000));
  const quotes: Quote[] = [];
  const quoteCount = Math.floor(random() * 3);
  for (let q = 0; q < quoteCount; q++) {
    const speaker = c.speakers[c.speakerRank.sample(random)]!;
    quotes.push({
      text: sentence(c, language, 10, random),
      speaker: speaker.variants[Math.floor(random() * speaker.variants.length)]!,
      kind: 'direct',
      score: random(),
    });
  }
  const topicA = TOPICS[Math.floor(random() * TOPICS.length)]!;
  const analysis: ArticleAnalysis = {
    language,
    topics: [{ id: topicA, score: 0.5 + random() / 2, evidence: [] }],
    quotes,
    statements: [],
    summary: sentence(c, language, 18, random),
    entities: [],
  };
  return {
    feedId: null,
    guid: `bench-${index}`,
    url: `https://news.example/${index}`,
    canonicalUrl: null,
    title: sentence(c, language, 7, random),
    body: [sentence(c, language, 30, random), sentence(c, language, 30, random)].join('.\n\n'),
    source: SOURCES[Math.floor(random() * SOURCES.length)]!,
    publishedAt,
    firstSeenAt: publishedAt,
    contentHash: `h${index}`,
    analysis,
  };
}

/** The findArticles cases timed on every engine. */
function articleCases(c: Corpus, random: () => number): Array<[string, () => ArticleQuery]> {
  const language = () => LANGUAGES[Math.floor(random() * LANGUAGES.length)]!;
  const word = (lang: string, from: number, to: number) => c.words[lang]![from + Math.floor(random() * (to - from))]!;
  return [
    ['text, word in most documents', () => ({ text: word(language(), 0, 3), limit: 10 })],
    ['text, mid-frequency word', () => ({ text: word(language(), 50, 500), limit: 10 })],
    ['text, rare word', () => ({ text: word(language(), 5_000, 20_000), limit: 10 })],
    [
      'text, two words',
      () => {
        const l = language();
        return { text: `${word(l, 0, 20)} ${word(l, 100, 1_000)}`, limit: 10 };
      },
    ],
    [
      'text + topic, language, last 30 days',
      () => {
        const l = language();
        return {
          text: word(l, 20, 200),
          language: l,
          topic: TOPICS[Math.floor(random() * TOPICS.length)]!,
          since: new Date(Date.UTC(2025, 11, 1)),
          limit: 10,
        };
      },
    ],
    [
      'text, a week 9 months ago',
      () => ({ text: word(language(), 0, 200), since: new Date(Date.UTC(2025, 2, 1)), until: new Date(Date.UTC(2025, 2, 8)), limit: 10 }),
    ],
  ];
}

async function fill(store: Store, c: Corpus, count: number): Promise<void> {
  const random = seededRandom(SEED + 1);
  const already = await store.countArticles();
  for (let from = already; from < count; from += BATCH) {
    await store.transaction(async (tx) => {
      for (let i = from; i < Math.min(count, from + BATCH); i++) await tx.saveArticle(generated(c, i, count, random));
    });
    if ((from / BATCH) % 20 === 0) process.stdout.write(`  stored ${Math.min(count, from + BATCH).toLocaleString('en')} / ${count.toLocaleString('en')}\r`);
  }
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function percentiles(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return `p50 ${at(50).toFixed(2)} ms  p95 ${at(95).toFixed(2)} ms  p99 ${at(99).toFixed(2)} ms`;
}

async function time(fn: () => unknown): Promise<number> {
  const begin = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - begin) / 1e6;
}

/** Runs the samples one after another (concurrent runs would time each other). */
async function sample(runs: number, fn: () => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await time(fn));
  return samples;
}

export async function run(): Promise<void> {
  const count = Number(process.env.BENCH_ARTICLES ?? 1_000_000);
  const kept = process.env.BENCH_KEEP_DB;
  const dir = kept ? null : mkdtempSync(join(tmpdir(), 'nd-bench-search-'));
  const path = kept ?? join(dir!, 'bench.db');
  console.log(`search: ${count.toLocaleString('en')} articles, CPU ${cpus()[0]?.model ?? 'unknown'}`);
  const c = corpus();
  const db = openDatabase(path);
  const store = sqliteStore(db);
  try {
    const fillMs = await time(() => fill(store, c, count));
    console.log(
      `  stored ${(await store.countArticles()).toLocaleString('en')} articles in ${(fillMs / 1000).toFixed(1)} s; file ${(statSync(path).size / 1e6).toFixed(0)} MB`,
    );

    const random = seededRandom(SEED + 2);
    const cases = articleCases(c, random);
    for (const [name, query] of cases) {
      for (let i = 0; i < 20; i++) await store.findArticles(query());
      let hits = 0;
      const samples = await sample(RUNS, async () => (hits += (await store.findArticles(query())).length));
      console.log(`  findArticles ${name.padEnd(36)} ${percentiles(samples)}  (avg ${(hits / RUNS).toFixed(1)} hits)`);
    }
    const speaker = () => {
      const s = c.speakers[c.speakerRank.sample(random)]!;
      return s.variants[Math.floor(random() * s.variants.length)]!;
    };
    const quoteCases: Array<[string, () => QuoteQuery]> = [
      ['speaker (any name variant)', () => ({ speaker: speaker(), limit: 10 })],
      ['speaker + topic', () => ({ speaker: speaker(), topic: TOPICS[Math.floor(random() * TOPICS.length)]!, limit: 10 })],
      ['speaker, a week 9 months ago', () => ({ speaker: speaker(), since: new Date(Date.UTC(2025, 2, 1)), until: new Date(Date.UTC(2025, 2, 8)), limit: 10 })],
    ];
    for (const [name, query] of quoteCases) {
      for (let i = 0; i < 20; i++) await store.findQuotes(query());
      let hits = 0;
      const samples = await sample(RUNS, async () => (hits += (await store.findQuotes(query())).length));
      console.log(`  findQuotes   ${name.padEnd(36)} ${percentiles(samples)}  (avg ${(hits / RUNS).toFixed(1)} hits)`);
    }
    // The bounded quote lookup of search.ts, with the hits' rows fetched as findQuotes does.
    const quoteSearch = createQuoteSearch(db);
    const hitRows = db.prepare(`SELECT q.text, q.speaker, a.title, a.url, a.source, a.published_at, a.analysis
      FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id IN (SELECT value FROM json_each(?))`);
    for (const [name, query] of quoteCases) {
      const bounded = () => hitRows.all(JSON.stringify(quoteSearch({ ...query(), limit: 10 }))).length;
      for (let i = 0; i < 20; i++) bounded();
      let hits = 0;
      const samples = await sample(RUNS, () => (hits += bounded()));
      console.log(`  createQuoteSearch ${name.padEnd(31)} ${percentiles(samples)}  (avg ${(hits / RUNS).toFixed(1)} hits)`);
    }
  } finally {
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  await compareEngines(c);
}

/**
 * Search p95 on PostgreSQL next to SQLite at the same article count
 * (BENCH_COMPARE_ARTICLES, default 5,000: filling PostgreSQL through the Store
 * is the slow part). Needs NEWS_DIGEST_TEST_PG or DATABASE_URL naming a server
 * where it may CREATE DATABASE; the database is dropped afterwards.
 */
async function compareEngines(c: Corpus): Promise<void> {
  const adminUrl = process.env.NEWS_DIGEST_TEST_PG?.trim() || process.env.DATABASE_URL?.trim();
  if (!adminUrl) {
    console.log('  PostgreSQL search comparison skipped: set NEWS_DIGEST_TEST_PG (or DATABASE_URL) to a postgres:// URL that may CREATE DATABASE to run it');
    return;
  }
  const count = Number(process.env.BENCH_COMPARE_ARTICLES ?? 5_000);
  const pg = (await import('pg')).default;
  const name = `nd_bench_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dir = mkdtempSync(join(tmpdir(), 'nd-bench-compare-'));
  await admin(`CREATE DATABASE ${name}`);
  const stores: [string, Store][] = [];
  try {
    stores.push(['sqlite', await openStore({ engine: 'sqlite', path: join(dir, 'compare.db') })]);
    stores.push(['postgres', await openStore({ engine: 'postgres', url: url.toString() })]);
    console.log(`\n  search p95, SQLite next to PostgreSQL, ${count.toLocaleString('en')} articles each (${RUNS / 2} runs per case):`);
    const results = new Map<string, Map<string, string>>();
    for (const [engine, store] of stores) {
      const fillMs = await time(() => fill(store, c, count));
      console.log(`  ${engine}: stored ${(await store.countArticles()).toLocaleString('en')} articles in ${(fillMs / 1000).toFixed(1)} s`);
      // The same queries on both engines: the same seed.
      const cases = articleCases(c, seededRandom(SEED + 3));
      for (const [caseName, query] of cases) {
        for (let i = 0; i < 10; i++) await store.findArticles(query());
        const samples = await sample(RUNS / 2, () => store.findArticles(query()));
        const row = results.get(caseName) ?? new Map<string, string>();
        row.set(engine, percentile(samples, 95).toFixed(2));
        results.set(caseName, row);
      }
    }
    console.log(`  ${'findArticles case'.padEnd(40)} ${'sqlite p95 ms'.padStart(14)} ${'postgres p95 ms'.padStart(16)}`);
    for (const [caseName, row] of results) {
      console.log(`  ${caseName.padEnd(40)} ${(row.get('sqlite') ?? '-').padStart(14)} ${(row.get('postgres') ?? '-').padStart(16)}`);
    }
  } finally {
    for (const [, store] of stores) await store.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
