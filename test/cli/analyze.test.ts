import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { SEED_PATH, SEED_QUOTE } from '../core/seed.js';
import { poolThreads } from '../../src/cli/analyze-threads.js';
import { INLINING_FLAG, INTERRUPT_FLAG, POOL_MIN_ARTICLES, tuneCompiler } from '../../src/cli/analyze.js';
import { runCli } from './run-cli.js';

interface AnalyzedLine {
  id: string;
  title: string;
  language: string;
  topics: { id: string; score: number; evidence: string[] }[];
  quotes: { text: string; speaker: string | null }[];
  summary: string;
  story: string;
}

const parseLines = (stdout: string): AnalyzedLine[] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as AnalyzedLine);

it('`analyze --json` on the reference wire story: German, summits and arms control with evidence, the Kremlin quote, a short summary', async () => {
  const result = await runCli(['analyze', '--json', SEED_PATH]);
  expect(result.code, result.stderr).toBe(0);
  const [article] = parseLines(result.stdout);
  expect(article?.language).toBe('de');
  const topics = new Map(article?.topics.map((t) => [t.id, t]));
  expect(topics.get('summits')?.evidence).toContain('Gipfeltreffen');
  expect(topics.get('arms-control')?.evidence.length).toBeGreaterThan(0);
  const quote = article?.quotes.find((q) => q.text.includes(SEED_QUOTE));
  expect(quote?.speaker).toMatch(/Kreml/);
  expect(article?.summary.length).toBeLessThanOrEqual(300);
  expect(article?.summary.match(/[.!?](\s|$)/g)?.length ?? 0).toBeLessThanOrEqual(2);
  expect(article?.title).not.toMatch(/^date /);
});

it('`analyze --json` groups the same story across the sample feeds in one call and keeps other stories apart', async () => {
  const feeds = ['tagesblick.xml', 'the-meridian.xml', 'nordkurier.xml'].map((f) => join('examples', 'feeds', f));
  const result = await runCli(['analyze', '--json', ...feeds]);
  expect(result.code, result.stderr).toBe(0);
  const lines = parseLines(result.stdout);
  const storyOf = (titlePart: string) => lines.find((l) => l.title.includes(titlePart))?.story;
  expect(storyOf('Putin und Trump erwägen')).toBeDefined();
  expect(storyOf('Trump calls Putin')).toBe(storyOf('Putin und Trump erwägen'));
  expect(storyOf('Präsidenten wollen Rüstungswettlauf')).toBe(storyOf('Putin und Trump erwägen'));
  expect(storyOf('NATO leaders set dates')).not.toBe(storyOf('Putin und Trump erwägen'));
  expect(storyOf('Zugspitze')).not.toBe(storyOf('Putin und Trump erwägen'));
  expect(lines.find((l) => l.title.includes('Zugspitze'))?.topics.map((t) => t.id)).not.toContain('summits');
});

/** A feed of `count` articles of about 500 words, each its own mix of paragraphs of the sample feeds' stories (some share a story). */
function largeFeed(count: number): string {
  const paragraphs = [
    'Kremlsprecher Dmitri Peskow sagte am Dienstag in Moskau, ein Gipfeltreffen der Präsidenten Wladimir Putin und Donald Trump sei möglich, aber noch nicht vereinbart. „Wir schließen nichts aus“, sagte Peskow.',
    'NATO Secretary General Mark Rutte said allies would meet in The Hague in June to agree on higher defence spending. "We need to do more, and faster," Rutte told reporters in Brussels.',
    'Le ministre des Affaires étrangères, Jean-Noël Barrot, a reçu son homologue allemand à Paris. « Nous avançons ensemble », a déclaré le chef de la diplomatie française.',
    'El presidente del Gobierno, Pedro Sánchez, viajará la próxima semana a Pekín para reunirse con Xi Jinping. «China es un socio imprescindible», afirmó Sánchez en Madrid.',
    'Bergretter haben am Wochenende zwei Wanderer von der Zugspitze geholt. Die beiden waren bei Nebel vom Weg abgekommen, teilte die Bergwacht mit.',
    'Hackers linked to a ransomware group crippled the computer systems of a regional hospital on Monday, the national cyber agency said. "Hospitals remain a prime target," the agency said.',
  ];
  const items: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const body: string[] = [];
    for (let k = 0; body.join(' ').split(' ').length < 500; k += 1) body.push(`<p>${paragraphs[(i * 7 + k * 3) % paragraphs.length]!} (${i}-${k})</p>`);
    const date = new Date(Date.UTC(2025, 2, 1) + (i % 48) * 3_600_000).toUTCString();
    items.push(
      `<item><title>Bericht ${i}: ${paragraphs[i % paragraphs.length]!.slice(0, 40)}</title><link>https://news.example.org/${i}</link><pubDate>${date}</pubDate><description><![CDATA[${body.join('')}]]></description></item>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Large</title><link>https://news.example.org/</link><description>x</description>${items.join('\n')}</channel></rss>`;
}

it('`analyze --json` on a large feed analyses in worker threads and prints exactly what one thread prints, in input order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nd-large-'));
  const file = join(dir, 'large.xml');
  // The fewest articles analysed in threads (src/cli/analyze.ts), still over its 1 MB for starting the pool early.
  writeFileSync(file, largeFeed(POOL_MIN_ARTICLES));
  const trace = join(dir, 'imports.txt');
  const singleTrace = join(dir, 'imports-single.txt');
  const hook = pathToFileURL(resolve('test/cli/fixtures/trace-imports.mjs')).href;
  const [threaded, single] = await Promise.all([
    runCli(['analyze', '--json', file], {
      env: { NEWS_DIGEST_ANALYZE_THREADS: '2', NODE_OPTIONS: `--import ${hook}`, TRACE_IMPORTS: trace },
      timeoutMs: 240_000,
    }),
    runCli(['analyze', '--json', file], {
      env: { NEWS_DIGEST_ANALYZE_THREADS: '1', NODE_OPTIONS: `--import ${hook}`, TRACE_IMPORTS: singleTrace },
      timeoutMs: 240_000,
    }),
  ]);
  expect(threaded.code, threaded.stderr).toBe(0);
  expect(single.code, single.stderr).toBe(0);
  expect(readFileSync(trace, 'utf8')).toMatch(/\/cli\/analyze-pool\.[jt]s/); // the threads were used
  // One thread wanted: the input is large enough to start threads, but neither the pool nor piscina is loaded.
  const singleModules = readFileSync(singleTrace, 'utf8');
  expect(singleModules).toMatch(/\/core\/analyze\.[jt]s/); // the trace works
  expect(singleModules).not.toMatch(/\/cli\/analyze-pool\.[jt]s|\/node_modules\/piscina\//);
  const lines = parseLines(threaded.stdout);
  expect(lines.map((line) => line.title)).toEqual(
    Array.from({ length: POOL_MIN_ARTICLES }, (_, i) => expect.stringMatching(new RegExp(`^Bericht ${i}:`)) as string),
  );
  expect(threaded.stdout).toBe(single.stdout);
  expect(new Set(lines.map((line) => line.story)).size).toBeLessThan(lines.length); // stories were grouped
}, 300_000);

it('analyses in as many threads as there are idle cores when three or more are, or as NEWS_DIGEST_ANALYZE_THREADS says', () => {
  expect(poolThreads({}, 0, 4)).toBe(4);
  expect(poolThreads({}, 0, 16)).toBe(8);
  expect(poolThreads({}, 2, 4)).toBe(3);
  expect(poolThreads({}, 2.5, 4)).toBe(1); // two idle cores do not pay for a worker's warm-up
  expect(poolThreads({}, 0, 2)).toBe(1);
  expect(poolThreads({}, 9, 8)).toBe(1);
  expect(poolThreads({ NEWS_DIGEST_ANALYZE_THREADS: '3' }, 13, 8)).toBe(3);
  expect(poolThreads({ NEWS_DIGEST_ANALYZE_THREADS: '1' }, 0, 8)).toBe(1);
  expect(poolThreads({ NEWS_DIGEST_ANALYZE_THREADS: 'many' }, 0, 8)).toBe(8);
});

it("`analyze` lowers the optimising compiler's inlining budget and doubles its interrupt budget, unless the command line or NODE_OPTIONS set them", () => {
  const both = [`${INLINING_FLAG}=150`, `${INTERRUPT_FLAG}=135168`];
  expect(tuneCompiler(['--max-old-space-size=512'], '--enable-source-maps')).toEqual(both);
  expect(tuneCompiler([`${INLINING_FLAG}=400`], '')).toEqual([`${INTERRUPT_FLAG}=135168`]);
  expect(tuneCompiler([], `--trace-warnings ${INLINING_FLAG}=600`)).toEqual([`${INTERRUPT_FLAG}=135168`]);
  expect(tuneCompiler([`${INTERRUPT_FLAG}=50000`], '')).toEqual([`${INLINING_FLAG}=150`]);
  // A flag that only starts with the same words is another flag.
  expect(tuneCompiler([`${INTERRUPT_FLAG}-for-feedback-allocation=900`], '')).toEqual(both);
});
