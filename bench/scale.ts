import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openStore, type StoreTarget } from '../src/store/index.js';

/**
 * Polling at scale: BENCH_SCALE_FEEDS (default 10,000) feeds on a local server,
 * 90% answering 304 Not Modified and 10% a small feed with one new item, polled
 * by real `news-digest poll --once` processes: one on SQLite, then one and three
 * at once on PostgreSQL (they share the work through the job queue). Prints the
 * wall time of the whole poll and the peak RSS of the largest process.
 * The PostgreSQL runs need NEWS_DIGEST_TEST_PG (an admin URL: a fresh database
 * is created and dropped for each run); without it they are skipped.
 */

const FEEDS = Number(process.env.BENCH_SCALE_FEEDS ?? 10_000);
const CHANGED_EVERY = 10;
const PG_ADMIN = process.env.NEWS_DIGEST_TEST_PG?.trim();
const TIME = '/usr/bin/time';

function smallFeed(id: number, version: number): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed ${id}</title><link>https://news.example.org/${id}/</link><item><title>Harbour news ${id}-${version}</title><link>https://news.example.org/${id}/${version}.html</link><guid>f${id}-${version}</guid><pubDate>Tue, 24 Nov 2026 10:00:00 +0100</pubDate><description>The harbour authority of town ${id} reported item ${version} on Tuesday.</description></item></channel></rss>`;
}

async function startFeedServer(): Promise<{ origin: string; requests: () => number; close: () => Promise<void> }> {
  let requests = 0;
  let version = 0;
  const server = createServer((req, res) => {
    requests += 1;
    const id = Number(/\/feed\/(\d+)\.xml/.exec(req.url ?? '')?.[1]);
    if (id % CHANGED_EVERY !== 0 && req.headers['if-none-match'] === `"f${id}"`) {
      res.writeHead(304).end();
      return;
    }
    version += 1;
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: `"f${id}-${version}"` }).end(smallFeed(id, version));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The feeds, each already fetched once with an ETag the server answers 304 to (nine in ten). */
async function seed(target: StoreTarget, origin: string): Promise<void> {
  const store = await openStore(target);
  try {
    await store.transaction(async (tx) => {
      const earlier = new Date(Date.now() - 3_600_000);
      for (let id = 1; id <= FEEDS; id++) {
        const feed = await tx.upsertFeed({ url: `${origin}/feed/${id}.xml`, name: `feed ${id}`, origin: 'chat', shared: true }, earlier);
        await tx.updateFeedState(feed.id, { etag: `"f${id}"`, lastFetchedAt: earlier, lastStatus: 'not modified' });
      }
    });
  } finally {
    await store.close();
  }
}

interface ProcessRun {
  code: number | null;
  peakKb: number | null;
  stderr: string;
}

function pollProcess(config: string, env: NodeJS.ProcessEnv, dir: string, n: number): Promise<ProcessRun> {
  const rssFile = join(dir, `rss-${n}.txt`);
  const node = [process.execPath, '--import', 'tsx', resolve('src/cli.ts'), '--config', config, 'poll', '--once'];
  const [command, ...args] = existsSync(TIME) ? [TIME, '-f', '%M', '-o', rssFile, ...node] : node;
  return new Promise((done, fail) => {
    const child = spawn(command!, args, { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const peak = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
      done({ code, peakKb: Number.isFinite(peak) ? peak : null, stderr });
    });
  });
}

async function measure(label: string, target: StoreTarget, processes: number): Promise<void> {
  const server = await startFeedServer();
  const dir = mkdtempSync(join(tmpdir(), 'nd-bench-scale-'));
  try {
    await seed(target, server.origin);
    const config = join(dir, 'config.yaml');
    const store = target.engine === 'postgres' ? `store:\n  url: "${target.url}"\n` : '';
    writeFileSync(config, `${store}fetch:\n  allowPrivateAddresses: true\n  perHostConcurrency: 16\n  timeoutSeconds: 60\n`);
    const env = target.engine === 'sqlite' ? { NEWS_DIGEST_DB: target.path } : {};
    const before = server.requests();
    const start = performance.now();
    const runs = await Promise.all(Array.from({ length: processes }, (_, n) => pollProcess(config, env, dir, n)));
    const seconds = (performance.now() - start) / 1000;
    const failed = runs.find((run) => run.code !== 0);
    if (failed) throw new Error(`poll --once exited ${failed.code}: ${failed.stderr.slice(-500)}`);
    const peaks = runs.map((run) => run.peakKb).filter((kb): kb is number => kb !== null);
    const peak = peaks.length > 0 ? `${(Math.max(...peaks) / 1024).toFixed(0)} MB peak RSS per process` : 'peak RSS n/a (no /usr/bin/time)';
    console.log(
      `${label}`.padEnd(58),
      `${seconds.toFixed(1).padStart(7)} s wall  ${((FEEDS / seconds) | 0).toString().padStart(6)} feeds/s  ${peak}  (${server.requests() - before} requests)`,
    );
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function withDatabase(fn: (url: string) => Promise<void>): Promise<void> {
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  const name = `nd_bench_${process.pid}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(PG_ADMIN!);
    url.pathname = `/${name}`;
    await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export async function run(): Promise<void> {
  console.log(`poll ${FEEDS} local feeds, ${100 - 100 / CHANGED_EVERY}% answering 304 (load average ${loadavg()[0]!.toFixed(1)} at start)`);
  const dir = mkdtempSync(join(tmpdir(), 'nd-bench-sqlite-'));
  try {
    await measure('SQLite, 1 process', { engine: 'sqlite', path: join(dir, 'bench.db') }, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!PG_ADMIN) {
    console.log('PostgreSQL runs skipped: set NEWS_DIGEST_TEST_PG=postgres://postgres@127.0.0.1:5432/postgres to run them');
    return;
  }
  for (const processes of [1, 3]) {
    await withDatabase((url) =>
      measure(`PostgreSQL, ${processes} process${processes === 1 ? '' : 'es'} (shared queue)`, { engine: 'postgres', url }, processes),
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
