/**
 * Throughput of the newsroom core: articles analysed per second on one core
 * for ~600-word articles in de/en/fr/es, peak memory, and how long hostile
 * input (huge, binary, 100,000 unmatched quote marks) takes.
 */
import os from 'node:os';
import { analyzeArticle, defaultTaxonomy } from '../src/core/index.js';
import { loadLabelled, type LabelledArticle } from './eval-labelled.js';
import { run as runWholeProcess } from './analysis-process.js';

const TARGET_WORDS = 600;
/** Optimising compilers run in the background; give them time before measuring. */
const WARMUP_MS = 2500;
const MEASURE_MS = 4000;

/** ~600-word articles built from the labelled set's paragraphs, one language per article. */
export function buildArticles(labelled: LabelledArticle[]): { title: string; body: string }[] {
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
  const analysis = analyzeArticle({ title: 'Input', body }, taxonomy);
  console.log(
    `  ${label.padEnd(34)} ${(performance.now() - started).toFixed(0).padStart(6)} ms  (${analysis.quotes.length} quotes, ${analysis.topics.length} topics)`,
  );
}

export async function run(): Promise<void> {
  const taxonomy = defaultTaxonomy();
  const articles = buildArticles([...loadLabelled('tuning'), ...loadLabelled('measure')]);
  const averageWords = Math.round(articles.reduce((sum, article) => sum + article.body.split(/\s+/).length, 0) / articles.length);
  let peakRss = process.memoryUsage().rss;
  const warmupStarted = performance.now();
  for (let i = 0; performance.now() - warmupStarted < WARMUP_MS; i += 1) {
    const article = articles[i % articles.length]!;
    analyzeArticle({ title: article.title, body: `${article.body} w${i}` }, taxonomy);
  }
  let analysed = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  while (performance.now() - started < MEASURE_MS) {
    for (let i = 0; i < 50; i += 1) {
      const article = articles[(analysed + i) % articles.length]!;
      // A fresh string per call, so no cache can recognise a repeated article.
      analyzeArticle({ title: article.title, body: `${article.body} ${analysed + i}` }, taxonomy);
    }
    analysed += 50;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`\nAnalysis throughput (${os.cpus()[0]?.model ?? 'unknown CPU'}, one core, Node ${process.version})`);
  console.log(`  articles: ${articles.length} distinct, ${averageWords} words on average (de/en/fr/es)`);
  console.log(`  ${Math.round(analysed / cpuSeconds)} articles per CPU-second   (target ≥ 2,000; wall clock: ${Math.round(analysed / seconds)} articles/s)`);
  console.log(
    `  ${((cpuSeconds / analysed) * 1000).toFixed(3)} ms CPU per article; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs while measuring`,
  );
  console.log(`  peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
  console.log('Hostile input:');
  timeOne('100,000 unmatched „ marks', '„'.repeat(100_000));
  timeOne('100,000 alternating " a', '" a '.repeat(100_000));
  timeOne('50,000 « and » pairs broken', '« x '.repeat(50_000));
  timeOne('2 MB of prose (capped at 200k chars)', (articles[0]!.body + '\n\n').repeat(500));
  timeOne('binary noise 200 kB', Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(''));
  timeOne('100,000 dots', '. '.repeat(100_000));
  await runWholeProcess();
}
