import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../config/index.js';
import { formatPollReport } from '../feeds/index.js';
import { deliverDigest } from '../schedule/index.js';
import { createContext } from './context.js';
import { deliveryDeps } from './digest.js';
import { startSampleFeedServer } from './demo-server.js';
import { ingestOnce } from './ingest.js';
import { printLines } from './output.js';
import { createSenders } from './senders.js';

/** examples/feeds, found from this file whether it runs from src/ (tsx) or dist/. */
const SAMPLE_FEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'feeds');
const SAMPLE_FEEDS_BY_FILE: Record<string, string> = {
  'tagesblick.xml': 'Tagesblick',
  'the-meridian.xml': 'The Meridian',
  'nordkurier.xml': 'Nordkurier',
  'westwind.xml': 'Westwind Wire',
};

export interface DemoOptions {
  keepDb: boolean;
  logLevel?: string;
  out?: NodeJS.WritableStream;
}

/**
 * The main job end to end on the bundled sample feeds: serve them on 127.0.0.1,
 * poll, store, analyse, cluster, and deliver one digest to a console channel
 * subscribed to every topic.
 */
export async function runDemo(options: DemoOptions): Promise<void> {
  const out = options.out ?? process.stdout;
  const server = await startSampleFeedServer(SAMPLE_FEEDS);
  const tempDir = options.keepDb ? null : mkdtempSync(join(tmpdir(), 'news-digest-demo-'));
  const dbPath = tempDir ? join(tempDir, 'demo.db') : './data/demo.db';
  const config = parseConfig(
    JSON.stringify({
      feeds: Object.entries(SAMPLE_FEEDS_BY_FILE).map(([file, name]) => ({ url: `${server.url}/${file}`, name })),
      // The sample server is on 127.0.0.1; real deployments keep the guard on.
      fetch: { allowPrivateAddresses: true, timeoutSeconds: 10 },
      digest: { maxStories: 12, language: 'en' },
      schedule: { timezone: 'Europe/Berlin' },
    }),
    'demo config',
  );
  const ctx = createContext({ db: dbPath, logLevel: options.logLevel ?? 'error' }, { config });
  try {
    const { reports } = await ingestOnce(ctx, { jitterMs: () => 0 });
    printLines([`Polled ${reports.length} sample feeds from ${server.url} into ${dbPath}:`, ...reports.map((r) => `  ${formatPollReport(r)}`), ''], out);

    const store = await ctx.store();
    const subscription = await store.createSubscription({
      platform: 'console',
      workspaceId: null,
      channelId: 'demo',
      topics: ctx.taxonomy.topics.map((t) => t.id),
      schedule: config.schedule.cron,
      timezone: config.schedule.timezone,
      mode: 'digest',
      language: 'en',
      createdBy: 'demo',
      createdAt: new Date(),
    });
    const senders = await createSenders(ctx, out);
    await deliverDigest({ ...(await deliveryDeps(ctx, senders.senders)), senders: { console: senders.senders.console } }, subscription, new Date(), {
      force: true,
    });
  } finally {
    await ctx.close();
    await server.close();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}
