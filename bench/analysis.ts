/**
 * Throughput of the newsroom core: articles analysed per second on one core
 * for ~600-word articles in de/en/fr/es, peak memory, and how long hostile
 * input (huge, binary, 100,000 unmatched quote marks) takes.
 */
import os from 'node:os';
import { analyzeArticle, defaultTaxonomy } from '../src/core/index.js';
import { loadLabelled, type LabelledArticle } from './eval-analysis.js';

const TARGET_WORDS = 600;
const WARMUP_ROUNDS = 200;
const MEASURE_MS = 4000;

/** ~600-word articles built from the labelled set's paragraphs, one language per article. */
function buildArticles(labelled: LabelledArticle[]): { title: string; body: string }[] {
  const byLanguage = new Map<string, LabelledArticle[]>();
  for (const article of labelled) byLanguage.set(article.language, [...(byLanguage.get(article.language) ?? []), article]);
  const articles: { title: string; body: string }[] = [];
  for (const group of byLanguage.values()) {
    group.forEach((article, index) => {
      const paragraphs: string[] = [];
      let words = 0;
      for (let k = 0; words < TARGET_WORDS; k += 1) {
        const source = group[(index + k) % group.length]!;
        for (const paragraph of source.body.split(/\n\s*\n/)) {
          paragraphs.push(paragraph);
          words += paragraph.split(/\s+/).length;
        }
      }
      articles.push({ title: article.title, body: paragraphs.join('\n\n') });
    });
  }
  return articles;
}

function timeOne(label: string, body: string): void {
  const taxonomy = defaultTaxonomy();
  const started = performance.now();
  const analysis = analyzeArticle({ title: 'Hostile input', body }, taxonomy);
  console.log(`  ${label.padEnd(34)} ${(performance.now() - started).toFixed(0).padStart(6)} ms  (${analysis.quotes.length} quotes, ${analysis.topics.length} topics)`);
}

export async function run(): Promise<void> {
  const taxonomy = defaultTaxonomy();
  const articles = buildArticles(loadLabelled());
  const averageWords = Math.round(articles.reduce((sum, article) => sum + article.body.split(/\s+/).length, 0) / articles.length);
  let peakRss = process.memoryUsage().rss;
  for (let i = 0; i < WARMUP_ROUNDS; i += 1) analyzeArticle(articles[i % articles.length]!, taxonomy);
  let analysed = 0;
  const started = performance.now();
  while (performance.now() - started < MEASURE_MS) {
    for (let i = 0; i < 50; i += 1) analyzeArticle(articles[(analysed + i) % articles.length]!, taxonomy);
    analysed += 50;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nAnalysis throughput (${os.cpus()[0]?.model ?? 'unknown CPU'}, one core, Node ${process.version})`);
  console.log(`  articles: ${articles.length} distinct, ${averageWords} words on average (de/en/fr/es)`);
  console.log(`  ${Math.round(analysed / seconds)} articles/s   (target ≥ 2,000)`);
  console.log(`  peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
  console.log('Hostile input:');
  timeOne('100,000 unmatched „ marks', '„'.repeat(100_000));
  timeOne('100,000 alternating " a', '" a '.repeat(100_000));
  timeOne('50,000 « and » pairs broken', '« x '.repeat(50_000));
  timeOne('2 MB of prose (capped at 200k chars)', (articles[0]!.body + '\n\n').repeat(500));
  timeOne('binary noise 200 kB', Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(''));
  timeOne('100,000 dots', '. '.repeat(100_000));
}
