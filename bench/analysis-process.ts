/**
 * `analyze --json` as a whole process on 2,000 articles of ~500 words in one
 * RSS file, next to rss-parser parsing the same file in this process: the
 * ratio says how much the product adds to the cheapest step it cannot skip.
 * The CLI runs as built by `npm run build` (dist/cli.js, the esbuild bundle the
 * Docker image runs); the bench builds it first (scripts/build.mjs, without the
 * type check) when dist/ is missing, older than src/ or laid out by an older build.
 *
 * Where the time goes (#15, 2 December, one thread as on every two-core
 * machine; CPU profile of the main thread, by samples): analysis 68 % (quotes
 * 27, reading and tokenising 13, topics 12, clustering features 8, entities
 * 4, summary 3), garbage collector 8 %, feed read and parse 6 %, module
 * loading 6 %, clustering 5 %, JSON output 1 %. The analysis is mostly
 * warm-up: the first 250 articles cost five times what the same 250 cost
 * again, in the interpreter until V8 has optimised the code, and V8's
 * background threads (optimising compiler, collector) used about 3 s of CPU
 * next to the main thread's 5 s. That is also why a second analysing thread
 * does not pay on two cores: it warms up on its own, and its compiler work
 * takes the core the first thread's compiler was using.
 *
 * The optimising compiler's share (#15, 2 December, valgrind/callgrind
 * instruction counts of the whole process, all threads, noise-free on a busy
 * machine): of 25.5 G instructions for the 2,000 articles, TurboFan's own
 * work was 8.6 G, the collector 1.1 G, the optimised code itself 6.8 G. The
 * CLI now lowers TurboFan's inlining budget for `analyze` (tuneCompiler in
 * src/cli/analyze.ts: --max-inlined-bytecode-size-cumulative=150): 25.5 G ->
 * 21.6 G for the 2,000 articles (flag given to node; TurboFan 8.6 -> 5.3 G, the optimised code
 * about 6 % slower, 6.8 -> 7.2 G), 12.2 G -> 10.3 G for the first 300 (set by the CLI); output
 * byte-identical. Wall and CPU times on this shared machine (load 7-17) varied
 * by 30 % between identical runs, so no clock figure is given for the change.
 *
 * Counting on a busy machine (#15, round 10): with the compiler in its
 * background thread, callgrind totals of one build still move by several per
 * cent between runs (one short article: 1,184 and 1,263 M), because the
 * compiler's jobs race the main thread. `node --single-threaded` runs those
 * jobs on the main thread: two runs differed by 0.3 %. Compare builds that
 * way (`valgrind --tool=callgrind node --single-threaded dist/cli.js analyze
 * --json FEED`), and give the default run's total beside it. Round-10 figures:
 * one short article 1.27 G (node -e 0: 0.51 G, of which 0.21 G reading
 * NODE_EXTRA_CA_CERTS here), 300 articles 10.95 G (TurboFan 38 %, collector
 * 7 %), 2,000 articles 25.2 G (default threads; TurboFan 25 %). The CLI now
 * also doubles V8's interrupt budget (tuneCompiler): 300 articles 10.95 ->
 * 10.42 G set by the CLI, 2,000 articles 25.13 -> 24.97 G (both
 * --single-threaded; 10.20 G for 300 given to node, 9.96 G at four times the
 * budget, not taken: it delays optimising a long run further). Tried and
 * left: --maglev (300 articles 11.05 G against 11.01 G) and --always-sparkplug
 * (11.14 G). A second analysing thread on 2,000 articles cost 46 % more
 * instructions (36.8 G against 25.2 G; main thread 14.3 G, worker 8.3 G, V8's
 * helper threads 14.2 G) and 40-55 % more CPU in all than one thread (two
 * runs each at load 13: 17.7 and 16.9 s against 11.3 and 13.6 s), while it
 * took the main thread's share from 8.4-10.0 s to 6.8-7.0 s: it still does not
 * pay on two cores.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Parser from 'rss-parser';
import { parseFeed } from '../src/feeds/index.js';
import { loadLabelled, type LabelledArticle } from './eval-labelled.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLES = 2000;
const WORDS = 500;

/** A deterministic pseudo-random sequence, so every run parses and analyses the same feed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Articles of ~500 words, each mixing paragraphs of several labelled articles of one language. */
export function benchFeed(labelled: LabelledArticle[], count = ARTICLES): string {
  const random = seeded(4711);
  const groups = new Map<string, LabelledArticle[]>();
  for (const article of labelled) groups.set(article.language, [...(groups.get(article.language) ?? []), article]);
  const byLanguage = [...groups.values()];
  const items: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const group = byLanguage[i % byLanguage.length]!;
    const paragraphs: string[] = [];
    let words = 0;
    while (words < WORDS) {
      const source = group[Math.floor(random() * group.length)]!.body.split(/\n\s*\n/);
      const paragraph = source[Math.floor(random() * source.length)]!;
      paragraphs.push(paragraph);
      words += paragraph.split(/\s+/).length;
    }
    const title = group[Math.floor(random() * group.length)]!.title;
    const date = new Date(Date.UTC(2024, 5, 1) + i * 60_000).toUTCString();
    items.push(
      `<item><title>${escape(title)} (${i})</title><link>https://news.example.org/a/${i}</link><guid>https://news.example.org/a/${i}</guid><pubDate>${date}</pubDate><description><![CDATA[${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}]]></description></item>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench</title><link>https://news.example.org/</link><description>bench</description>${items.join('\n')}</channel></rss>`;
}

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function ensureBuilt(): string {
  const cli = join(ROOT, 'dist', 'cli.js');
  let built = 0;
  try {
    // dist/chunks/: a dist/ from the former `tsc` build has none, and would be measured as it is.
    statSync(join(ROOT, 'dist', 'chunks'));
    built = statSync(cli).mtimeMs;
  } catch {
    built = 0;
  }
  if (built < Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'scripts')))) {
    console.log('  (building dist/ with scripts/build.mjs first)');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  }
  return cli;
}

/**
 * Loaded into the measured process (--import): at exit it prints the process's CPU time and the
 * main thread's (Linux: /proc), so a run on a busy machine can be judged by CPU as well as by the
 * clock, and the difference shows what V8's background threads (optimising compiler, collector) did.
 */
const CPU_REPORT = `data:text/javascript,${encodeURIComponent(`
import { readFileSync } from 'node:fs';
process.on('exit', () => {
  const usage = process.cpuUsage();
  let main = -1;
  try {
    const stat = readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    main = (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {}
  process.stderr.write('bench-cpu ' + Math.round((usage.user + usage.system) / 1000) + ' ' + main + '\\n');
});`)}`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

export async function run(): Promise<void> {
  const cli = ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'nd-bench-analyze-'));
  try {
    const xml = benchFeed([...loadLabelled('tuning'), ...loadLabelled('measure')]);
    const file = join(dir, 'feed.xml');
    writeFileSync(file, xml);
    const parser = new Parser();
    const parseTimes: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const started = performance.now();
      await parser.parseString(xml);
      parseTimes.push(performance.now() - started);
    }
    const ownParseTimes: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const started = performance.now();
      await parseFeed(Buffer.from(xml), { url: 'https://bench.example/feed.xml', now: new Date() });
      ownParseTimes.push(performance.now() - started);
    }
    const processTimes: number[] = [];
    const cpuTimes: number[] = [];
    const mainCpuTimes: number[] = [];
    let lines = 0;
    const loadBefore = loadavg()[0]!;
    for (let i = 0; i < 3; i += 1) {
      const started = performance.now();
      const result = spawnSync(process.execPath, ['--import', CPU_REPORT, cli, 'analyze', '--json', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
      processTimes.push(performance.now() - started);
      if (result.status !== 0) throw new Error(`analyze --json failed: ${result.stderr}`);
      lines = result.stdout.trim().split('\n').length;
      const usage = /bench-cpu (\d+) (-?\d+)/.exec(result.stderr);
      if (usage !== null) {
        cpuTimes.push(Number(usage[1]));
        if (Number(usage[2]) >= 0) mainCpuTimes.push(Number(usage[2]));
      }
    }
    const one = join(dir, 'one.txt');
    writeFileSync(one, 'Gipfeltreffen in Genf\n\nDie Präsidenten wollen sich treffen, sagte ein Sprecher.');
    const help: number[] = [];
    const commandHelp: number[] = [];
    const small: number[] = [];
    const bare: number[] = [];
    const fromClone: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      let started = performance.now();
      spawnSync(process.execPath, ['-e', '0'], { encoding: 'utf8' });
      bare.push(performance.now() - started);
      started = performance.now();
      spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
      help.push(performance.now() - started);
      started = performance.now();
      spawnSync(process.execPath, [cli, 'subscribe', '--help'], { encoding: 'utf8' });
      commandHelp.push(performance.now() - started);
      started = performance.now();
      spawnSync(process.execPath, [cli, 'analyze', '--json', one], { encoding: 'utf8' });
      small.push(performance.now() - started);
      started = performance.now();
      spawnSync(process.execPath, [join(ROOT, 'bin', 'news-digest.js'), '--help'], { encoding: 'utf8' });
      fromClone.push(performance.now() - started);
    }
    const wall = median(processTimes);
    const parse = median(parseTimes);
    console.log(
      `\nWhole process: news-digest analyze --json on ${lines.toLocaleString('en')} articles of ~${WORDS} words (${(xml.length / 1e6).toFixed(1)} MB RSS)`,
    );
    console.log(
      `  ${Math.round(lines / (wall / 1000)).toLocaleString('en')} articles/s as a whole process (median ${wall.toFixed(0)} ms of 3 runs; target ≥ 2,000)`,
    );
    if (cpuTimes.length > 0) {
      const main = mainCpuTimes.length > 0 ? `, main thread ${median(mainCpuTimes).toFixed(0)} ms (the rest: V8's compiler and collector threads)` : '';
      console.log(
        `  CPU: ${median(cpuTimes).toFixed(0)} ms for the process${main}; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`,
      );
    }
    console.log(
      `  rss-parser alone on the same file: ${parse.toFixed(0)} ms (median of 3), so the whole process takes ${(wall / parse).toFixed(1)}× rss-parser (target ≤ 4×)`,
    );
    console.log(`  the project's own feed parser on the same file: ${median(ownParseTimes).toFixed(0)} ms (median of 3)`);
    console.log(
      `  start-up: news-digest --help ${median(help).toFixed(0)} ms, subscribe --help ${median(commandHelp).toFixed(0)} ms, analyze --json on one short article ${median(small).toFixed(0)} ms (medians of 5; target < 300 ms)`,
    );
    // Node reads NODE_EXTRA_CA_CERTS at every start, before any of our code: on a machine that sets it, that is most of node -e 0.
    const extraCerts = process.env.NODE_EXTRA_CA_CERTS ? ' (NODE_EXTRA_CA_CERTS is set: Node loads those certificates at every start)' : '';
    console.log(`  of which Node itself: node -e 0 takes ${median(bare).toFixed(0)} ms${extraCerts}`);
    // In a clone `npx news-digest` (bin/news-digest.js) runs the sources through tsx, as the README says; the image runs dist/.
    console.log(`  news-digest --help from a clone (bin/news-digest.js: the sources through tsx) ${median(fromClone).toFixed(0)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
