import { cpus } from 'node:os';
import { analyzeArticle, clusterArticles, defaultTaxonomy, type ClusterCandidate } from '../src/core/index.js';
import { parseFeed } from '../src/feeds/index.js';
import { benchFeed } from './analysis-process.js';
import { loadLabelled } from './eval-labelled.js';
import { LANGUAGES, SOURCES, TOPICS, ZipfSampler, seededRandom, vocabulary } from '../test/fixtures/stories/generated-news.js';

/**
 * Clustering time for BENCH_STORY_ARTICLES (default 10,000) seeded synthetic
 * articles: events reported by 1–8 outlets in several languages over two
 * weeks, with Zipf-distributed names (a few very common, like 'trump') and
 * words. Also prints pairwise precision/recall against the generated events.
 */

const SEED = 4711;
const SPAN_DAYS = 14;

interface Labelled {
  candidate: ClusterCandidate;
  event: number;
}

export function generate(count: number): Labelled[] {
  const random = seededRandom(SEED);
  const entityPool = vocabulary(20_000, random, 'e');
  const entityRank = new ZipfSampler(entityPool.length, 1.0);
  const words: Record<string, string[]> = {};
  for (const language of LANGUAGES) words[language] = vocabulary(20_000, random);
  const wordRank = new ZipfSampler(20_000);
  const text = (language: string, length: number, eventWords: string[]): string => {
    const out: string[] = [];
    for (let i = 0; i < length; i++) {
      out.push(random() < 0.25 && eventWords.length > 0 ? eventWords[Math.floor(random() * eventWords.length)]! : words[language]![wordRank.sample(random)]!);
    }
    return out.join(' ');
  };
  const articles: Labelled[] = [];
  const start = Date.UTC(2025, 2, 1);
  for (let event = 0; articles.length < count; event++) {
    const entities = [...new Set(Array.from({ length: 3 + Math.floor(random() * 4) }, () => entityPool[entityRank.sample(random)]!))];
    const number = String(10 + Math.floor(random() * 5000));
    const eventWords: Record<string, string[]> = {};
    for (const language of LANGUAGES) eventWords[language] = Array.from({ length: 6 }, () => words[language]![200 + Math.floor(random() * 15_000)]!);
    const topic = TOPICS[Math.floor(random() * TOPICS.length)]!;
    const at = start + random() * SPAN_DAYS * 86_400_000;
    const reports = 1 + Math.floor(random() * 8);
    for (let r = 0; r < reports && articles.length < count; r++) {
      const language = LANGUAGES[Math.floor(random() * LANGUAGES.length)]!;
      // Each outlet names most, not all, of the event's people and places, plus a common name or two of its own.
      const named = entities.filter(() => random() < 0.8);
      if (random() < 0.5) named.push(entityPool[entityRank.sample(random)]!);
      articles.push({
        event,
        candidate: {
          id: articles.length,
          title: text(language, 8, eventWords[language]!),
          summary: `${text(language, 20, eventWords[language]!)} ${number}`,
          body: text(language, 120, eventWords[language]!),
          language,
          entities: [...new Set(named)],
          topics: [{ id: topic, score: 0.8, evidence: [] }],
          publishedAt: new Date(at + random() * 30 * 3_600_000),
          source: SOURCES[Math.floor(random() * SOURCES.length)]!,
          quotes: [],
        },
      });
    }
  }
  return articles;
}

/** Pairwise precision/recall from the contingency of predicted keys and true events. */
function pairwise(labelled: Labelled[], keys: string[]): { precision: number; recall: number } {
  const pairs = (counts: Map<string, number>) => [...counts.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  const count = (key: (i: number) => string) => {
    const counts = new Map<string, number>();
    labelled.forEach((_, i) => counts.set(key(i), (counts.get(key(i)) ?? 0) + 1));
    return counts;
  };
  const both = pairs(count((i) => `${keys[i]}|${labelled[i]!.event}`));
  const predicted = pairs(count((i) => keys[i]!));
  const truth = pairs(count((i) => String(labelled[i]!.event)));
  return { precision: predicted === 0 ? 1 : both / predicted, recall: truth === 0 ? 1 : both / truth };
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/**
 * clusterArticles on the 2,000 articles of the `analyze --json` bench feed, analysed first: once with the
 * clustering features still to work out from the analysis's token tables (as with one thread), then with them
 * kept (as when worker threads send them along).
 */
async function realArticles(): Promise<void> {
  const feed = await parseFeed(Buffer.from(benchFeed([...loadLabelled('tuning'), ...loadLabelled('measure')])), {
    url: 'https://bench.example/feed.xml',
    now: new Date(),
  });
  const taxonomy = defaultTaxonomy();
  const analyses = feed.items.map((item) => analyzeArticle({ title: item.title, body: item.text }, taxonomy));
  const candidates = (): ClusterCandidate[] =>
    feed.items.map((item, id) => ({
      id,
      title: item.title,
      summary: analyses[id]!.summary,
      body: item.text,
      language: analyses[id]!.language,
      entities: analyses[id]!.entities,
      topics: analyses[id]!.topics,
      publishedAt: item.publishedAt ?? new Date(0),
      source: 'bench',
      quotes: analyses[id]!.quotes,
    }));
  let since = process.cpuUsage();
  const keys = clusterArticles(candidates()).map((a) => a.key);
  const first = cpuMs(since);
  const kept: number[] = [];
  for (let run = 0; run < 5; run++) {
    const batch = candidates();
    since = process.cpuUsage();
    clusterArticles(batch);
    kept.push(cpuMs(since));
  }
  console.log(
    `  analyze bench feed: clusterArticles on ${keys.length.toLocaleString('en')} articles (${new Set(keys).size} stories): ${first.toFixed(0)} ms CPU with text features worked out, median ${median(kept).toFixed(0)} ms CPU with them kept`,
  );
}

export async function run(): Promise<void> {
  const count = Number(process.env.BENCH_STORY_ARTICLES ?? 10_000);
  const labelled = generate(count);
  const candidates = labelled.map((l) => l.candidate);
  clusterArticles(candidates.slice(0, 500)); // warm-up
  const timings: number[] = [];
  const cpuTimings: number[] = [];
  let keys: string[] = [];
  for (let run = 0; run < 3; run++) {
    const begin = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    keys = clusterArticles(candidates).map((a) => a.key);
    const used = process.cpuUsage(cpu);
    cpuTimings.push((used.user + used.system) / 1000);
    timings.push(Number(process.hrtime.bigint() - begin) / 1e6);
  }
  timings.sort((a, b) => a - b);
  cpuTimings.sort((a, b) => a - b);
  const { precision, recall } = pairwise(labelled, keys);
  console.log(
    `stories: clustering ${count.toLocaleString('en')} articles (${new Set(labelled.map((l) => l.event)).size.toLocaleString('en')} events, ${SPAN_DAYS} days), CPU ${cpus()[0]?.model ?? 'unknown'}`,
  );
  // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
  console.log(
    `  clusterArticles median ${timings[1]!.toFixed(0)} ms wall (min ${timings[0]!.toFixed(0)}, max ${timings[2]!.toFixed(0)}), median ${cpuTimings[1]!.toFixed(0)} ms CPU; ${new Set(keys).size.toLocaleString('en')} stories; synthetic pairwise precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
  );
  await realArticles();
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
