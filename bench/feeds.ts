import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeArticle, defaultTaxonomy, type ArticleAnalysis, type ArticleText } from '../src/core/index.js';
import { silentLogger } from '../src/config/index.js';
import { openSqliteStore } from '../src/store/index.js';
import Parser from 'rss-parser';
import { parseFeed, pollFeeds, type PollReport } from '../src/feeds/index.js';
import { benchFeed } from './analysis-process.js';
import { loadLabelled } from './eval-labelled.js';

/**
 * Feed ingestion costs: parse throughput of a large RSS feed (charset
 * detection, hostile-XML pre-scan, strict XML parse, item fields, HTML to text per item), the
 * 7 MB feed of the analysis bench next to rss-parser, and one
 * poll cycle over 1,000 feeds on a local server where 90% answer 304 — the
 * steady state of a bot polling every few minutes.
 */

const PARAGRAPH = 'Der Kreml teilte am Dienstag mit, Präsident Putin und US-Präsident Trump hätten über Abrüstung und ein mögliches Gipfeltreffen gesprochen. ';

function generatedFeed(items: number, seed = 0): string {
  const entries = Array.from({ length: items }, (_, i) => {
    const body = `<p>${PARAGRAPH.repeat(4)}</p><p>„Wir hatten ein sehr gutes Gespräch“, sagte Trump. ${PARAGRAPH}</p>`;
    return `<item><title>Meldung ${seed}-${i}: Gipfel &amp; Abrüstung</title><link>https://news.example.org/${seed}/${i}.html?utm_source=rss</link><guid>https://news.example.org/${seed}/${i}</guid><pubDate>Tue, 24 Nov 2026 10:${String(i % 60).padStart(2, '0')}:00 +0100</pubDate><description><![CDATA[${body}]]></description></item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench ${seed}</title><link>https://news.example.org/</link>${entries.join('')}</channel></rss>`;
}

const taxonomy = defaultTaxonomy();
const analyze = (input: ArticleText): ArticleAnalysis => analyzeArticle(input, taxonomy);

async function benchParse(): Promise<void> {
  const body = Buffer.from(generatedFeed(500), 'utf8');
  const options = { url: 'https://news.example.org/feed.xml', now: new Date('2026-11-25T12:00:00Z') };
  for (let i = 0; i < 3; i++) await parseFeed(body, options);
  const runs = 10;
  const start = performance.now();
  let items = 0;
  for (let i = 0; i < runs; i++) items += (await parseFeed(body, options)).items.length;
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `parse 500-item RSS feed (${(body.length / 1e6).toFixed(2)} MB)`.padEnd(58),
    `${(items / seconds).toFixed(0).padStart(8)} items/s  ${((body.length * runs) / 1e6 / seconds).toFixed(2)} MB/s  (${((seconds / runs) * 1000).toFixed(1)} ms/feed)`,
  );
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function cpuMs(work: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The large-document path (over RSS_PARSER_MAX_CHARS: the tree parser) next to rss-parser on the same text, interleaved, in CPU time. */
async function benchLargeParse(): Promise<void> {
  const xml = benchFeed([...loadLabelled('tuning'), ...loadLabelled('measure')]);
  const body = Buffer.from(xml, 'utf8');
  const options = { url: 'https://bench.example/feed.xml', now: new Date('2026-11-25T12:00:00Z') };
  const parser = new Parser();
  await parser.parseString(xml);
  await parseFeed(body, options);
  const theirs: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < 5; i++) {
    theirs.push(await cpuMs(() => parser.parseString(xml)));
    ours.push(await cpuMs(() => parseFeed(body, options)));
  }
  console.log(
    `parse 2,000-item RSS feed (${(body.length / 1e6).toFixed(1)} MB), vs rss-parser`.padEnd(58),
    `${median(ours).toFixed(0).padStart(8)} ms CPU  rss-parser ${median(theirs).toFixed(0)} ms (string in hand)  ${(median(ours) / median(theirs)).toFixed(2)}× (medians of 5; target ≤ 1.5×)`,
  );
}

async function benchPollCycle(): Promise<void> {
  const feedCount = 1_000;
  const changedEvery = 10;
  const bodies = new Map<number, string>();
  const server = createServer((req, res) => {
    const id = Number(/\/feed\/(\d+)\.xml/.exec(req.url ?? '')?.[1]);
    const changing = id % changedEvery === 0;
    if (!changing && req.headers['if-none-match'] === `"f${id}"`) {
      res.writeHead(304).end();
      return;
    }
    // One feed in ten has news on every fetch (a new item on top).
    const version = changing ? Date.now() : 0;
    if (!bodies.has(id) || changing) bodies.set(id, generatedFeed(10, id * 1_000_000 + (version % 1_000_000)));
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: changing ? `"f${id}-${version}"` : `"f${id}"` }).end(bodies.get(id));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const dir = mkdtempSync(join(tmpdir(), 'bench-feeds-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  try {
    const now = new Date('2026-11-25T08:00:00Z');
    await store.transaction(async (tx) => {
      for (let id = 0; id < feedCount; id++)
        await tx.upsertFeed({ url: `http://127.0.0.1:${port}/feed/${id}.xml`, name: `Feed ${id}`, fullText: 'never' }, now);
    });
    const deps = {
      store,
      fetch: {
        timeoutSeconds: 20,
        connectTimeoutSeconds: 10,
        maxBytes: 10 * 1024 * 1024,
        allowPrivateAddresses: true,
        userAgent: 'news-digest-bench',
        perHostConcurrency: 16,
        maxConsecutiveFailures: 10,
      },
      logger: silentLogger(),
      now: () => now,
      analyze,
      jitterMs: () => 0,
    };
    const cycle = async (label: string): Promise<PollReport[]> => {
      const rssBefore = process.memoryUsage().rss;
      const start = performance.now();
      const reports = await pollFeeds(deps);
      const ms = performance.now() - start;
      const counts = reports.reduce<Record<string, number>>((acc, report) => ({ ...acc, [report.outcome]: (acc[report.outcome] ?? 0) + 1 }), {});
      const peakMb = process.resourceUsage().maxRSS / 1024;
      console.log(
        label.padEnd(58),
        `${ms.toFixed(0).padStart(8)} ms wall  peak RSS ${peakMb.toFixed(0)} MB (rss before ${(rssBefore / 1048576).toFixed(0)} MB)  ${JSON.stringify(counts)}`,
      );
      return reports;
    };
    await cycle(`poll cycle, ${feedCount} feeds, first fetch (10 items each)`);
    await cycle(`poll cycle, ${feedCount} feeds, 90% answer 304`);
    await cycle(`poll cycle, ${feedCount} feeds, 90% answer 304 (again)`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export async function run(): Promise<void> {
  console.log(`\n== feeds (${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}) ==`);
  await benchParse();
  await benchLargeParse();
  await benchPollCycle();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await run();
}
