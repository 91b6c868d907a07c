import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnv, parseConfig } from '../../src/config/index.js';
import type { Subscription } from '../../src/core/index.js';
import { Metrics, startHttpServer, type HttpServer } from '../../src/http/index.js';
import { deliverDigest } from '../../src/schedule/index.js';
import { createContext, syncConfigFeeds, type CliContext } from '../../src/cli/context.js';
import { deliveryDeps, describeOutcome } from '../../src/cli/digest.js';
import { ingestOnce } from '../../src/cli/ingest.js';
import { createSenders, type Senders } from '../../src/cli/senders.js';
import { subscribe } from '../../src/cli/subscriptions.js';
import { startWebDashboard } from '../../src/cli/web.js';
import { startLocalServer, type LocalServer } from '../feeds/local-server.js';
import { loadStoryFixtures, type StoryFixture } from '../fixtures/stories/fixtures.js';
import { startFakeDiscordServer, type FakeDiscordServer } from '../fakes/discord-server.js';

/**
 * A running dashboard on real data: feed servers on 127.0.0.1 (two outlets in
 * different languages reporting the same events, a hostile outlet, one feed
 * answering 500 and one taken out of the config), polled by the real poller
 * into a real SQLite file, subscriptions made the way the CLI makes them, and
 * the web app mounted on the real HTTP server beside /healthz. "Send now" goes
 * through the real delivery path to the fake Discord API.
 */

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const DISCORD_CHANNEL = '223456789012345678';

/** Titles as they come in the wild: markup, markdown, mass mentions, a script. */
export const HOSTILE_TITLE =
  'Gipfeltreffen <script>window.__pwned = 1</script> **fett** _kursiv_ @everyone <@&123> <img src=x onerror="window.__pwned = 2"> [klick](javascript:alert(1))';

export interface World {
  dashboard: HttpServer;
  url: string;
  ctx: CliContext;
  feeds: LocalServer;
  discord: FakeDiscordServer;
  fixtures: { de: StoryFixture; en: StoryFixture };
  hostileUrl: string;
  subscriptions: { discord: Subscription; slack: Subscription };
  close(): Promise<void>;
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function rss(title: string, items: { title: string; link: string; body: string; published: Date }[]): string {
  const entries = items
    .map(
      (item) => `<item><title>${escapeXml(item.title)}</title><link>${escapeXml(item.link)}</link><guid>${escapeXml(item.link)}</guid>
<pubDate>${item.published.toUTCString()}</pubDate><description>${escapeXml(item.body)}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${escapeXml(title)}</title><link>https://example.test/</link><description>t</description>${entries}</channel></rss>`;
}

const slug = (fixture: StoryFixture) => fixture.id.replace(/[^a-z0-9]+/gi, '-');

export async function startWorld(): Promise<World> {
  const all = loadStoryFixtures();
  const pick = (story: string, language: string) => all.find((f) => f.story === story && f.language === language)!;
  const de = pick('summits--putin-trump-call', 'de');
  const en = pick('summits--putin-trump-call', 'en');
  const german = [de, pick('diplomacy--skripal-expulsions', 'de'), pick('arms-control--putin-new-weapons', 'de')];
  const english = [en, pick('diplomacy--skripal-expulsions', 'en'), pick('arms-control--putin-new-weapons', 'en')];
  const now = Date.now();
  const item = (origin: string, f: StoryFixture, i: number) => ({
    title: f.title,
    link: `${origin}/a/${slug(f)}`,
    body: f.body,
    published: new Date(now - (i + 1) * 3_600_000),
  });
  const hostileBody =
    'Die Präsidenten sprachen über ein Gipfeltreffen und das Wettrüsten. „Wir wollen ein Gipfeltreffen“, sagte der Kreml. <b>Fett</b> **nicht fett** @here <!channel> ' +
    'Beide Seiten betonten die strategische Stabilität; ein Gipfeltreffen sei möglich. '.repeat(12);

  const feeds = await startLocalServer({
    '/tagesblick.xml': (_q, r, s) =>
      r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        rss(
          'Tagesblick',
          german.map((f, i) => item(s.origin, f, i)),
        ),
      ),
    '/meridian.xml': (_q, r, s) =>
      r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        rss(
          'The Meridian',
          english.map((f, i) => item(s.origin, f, i)),
        ),
      ),
    '/hostile.xml': (_q, r, s) =>
      r
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(rss('Hostile <Wire>', [{ title: HOSTILE_TITLE, link: `${s.origin}/a/hostile`, body: hostileBody, published: new Date(now - 1_800_000) }])),
    '/broken.xml': (_q, r) => r.writeHead(500, { 'content-type': 'text/plain' }).end('upstream exploded'),
    '/retired.xml': (_q, r, s) =>
      r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Retired', [item(s.origin, pick('diplomacy--skripal-expulsions', 'fr'), 0)])),
  });
  const discord = await startFakeDiscordServer();
  const dir = mkdtempSync(join(tmpdir(), 'news-digest-web-'));
  const feedList = [
    { url: `${feeds.origin}/tagesblick.xml`, name: 'Tagesblick', fullText: 'never' },
    { url: `${feeds.origin}/meridian.xml`, name: 'The Meridian', fullText: 'never' },
    { url: `${feeds.origin}/hostile.xml`, name: 'Hostile Wire', fullText: 'never' },
    { url: `${feeds.origin}/broken.xml`, name: 'Broken Feed', fullText: 'never' },
    { url: `${feeds.origin}/retired.xml`, name: 'Retired Feed', fullText: 'never' },
  ];
  const configFor = (list: typeof feedList) =>
    parseConfig(
      JSON.stringify({
        feeds: list,
        fetch: { allowPrivateAddresses: true, timeoutSeconds: 10 },
        schedule: { timezone: 'Europe/Berlin' },
        http: { host: '127.0.0.1', port: 0 },
        web: { enabled: true },
      }),
      'web test config',
    );
  const env = { ...loadEnv({}), NEWS_DIGEST_ADMIN_TOKEN: ADMIN_TOKEN, DISCORD_TOKEN: 'fake-bot-token', DISCORD_API_BASE: discord.url };
  const ctx = createContext({ db: join(dir, 'web.db'), logLevel: 'silent' }, { config: configFor(feedList), env });
  await ingestOnce(ctx, { jitterMs: () => 0 });
  // The operator takes a feed out of the config file: the real sync disables it with its reason.
  await syncConfigFeeds(await ctx.store(), configFor(feedList.filter((f) => f.name !== 'Retired Feed')), new Date());

  const discordSub = await subscribe(
    ctx,
    { platform: 'discord', channel: DISCORD_CHANNEL, workspace: '800000000000000001' },
    { topics: 'summits,arms-control,diplomacy' },
  );
  const slackSub = await subscribe(ctx, { platform: 'slack', channel: 'C0SLACK', workspace: 'T0FAKE' }, { topics: 'elections' });

  const senders: Senders = await createSenders(ctx);
  const fallback = await startWebDashboard(ctx, {
    sendDigestNow: async (sub) => describeOutcome(await deliverDigest(await deliveryDeps(ctx, senders.senders), sub, new Date(), { force: true })),
  });
  const dashboard = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    metrics: new Metrics(),
    readiness: () => ({ ok: true, details: {} }),
    fallback,
  });
  return {
    dashboard,
    url: dashboard.url,
    ctx,
    feeds,
    discord,
    fixtures: { de, en },
    hostileUrl: `${feeds.origin}/a/hostile`,
    subscriptions: { discord: discordSub, slack: slackSub },
    close: async () => {
      await dashboard.close();
      senders.close();
      await ctx.close();
      await Promise.all([feeds.close(), discord.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
