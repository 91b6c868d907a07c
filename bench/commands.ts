import { Client, Events, type Interaction } from 'discord.js';
import { cpus } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  completeTopics,
  createInteractionListener,
  formatReply,
  handleCommand,
  newsCommandDefinitions,
  parseSlackCommandText,
  type Caller,
  type CommandDeps,
} from '../src/chat/index.js';
import { silentLogger } from '../src/config/index.js';
import { defaultTaxonomy, topicLabel } from '../src/core/index.js';
import { buildDigest } from '../src/schedule/index.js';
import { openSqliteStore, type Store } from '../src/store/index.js';
import { startFakeDiscordForInteractions } from '../test/fakes/discord-interactions.js';
import { time } from './timing.js';

/**
 * Slash-command costs: the platform-neutral handlers on a real SQLite store
 * holding 2,000 articles, reply formatting for Discord, autocomplete, and a
 * whole /news interaction through discord.js to the local fake Discord server
 * (no network latency). All well under Discord's 3-second deadline is the bar.
 */

const moderator: Caller = {
  platform: 'discord',
  workspaceId: '800000000000000001',
  channelId: '700000000000000001',
  userId: '600000000000000001',
  canManageChannel: true,
  canManageFeeds: true,
};
const member: Caller = { ...moderator, userId: '600000000000000002', canManageChannel: false, canManageFeeds: false };

function benchStore(): { store: Store; deps: CommandDeps; close(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'nd-bench-commands-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  const taxonomy = defaultTaxonomy();
  const deps: CommandDeps = {
    store,
    taxonomy,
    now: () => new Date('2018-03-21T09:30:00Z'),
    defaults: { schedule: '0 8 * * *', timezone: 'Europe/Berlin', language: 'en' },
    checkFeedUrl: async () => undefined,
    previewDigest: (sub, now) => buildDigest(store, (id) => topicLabel(taxonomy, id, sub.language), sub, now, { maxStories: 10 }),
    logger: silentLogger(),
  };
  return { store, deps, close: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
}

/** A /news quotes interaction as Discord's gateway delivers it. */
function quotesPayload(i: number) {
  return {
    id: String(1_300_000_000_000_000_000n + BigInt(i)),
    application_id: '900000000000000001',
    token: `bench-token-${i}`,
    version: 1,
    type: 2,
    locale: 'en-US',
    app_permissions: '3072',
    entitlements: [],
    context: 0,
    guild_id: moderator.workspaceId,
    channel_id: moderator.channelId,
    authorizing_integration_owners: { '0': moderator.workspaceId },
    member: {
      permissions: '2147486720',
      roles: [],
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      premium_since: null,
      joined_at: '2024-01-15T10:00:00.000000+00:00',
      user: { id: member.userId, username: 'bench', discriminator: '0', global_name: null, avatar: null },
    },
    data: { id: '1000000000000000001', name: 'news', type: 1, options: [{ name: 'quotes', type: 1, options: [{ name: 'speaker', type: 3, value: 'Kreml' }] }] },
  };
}

export async function run(): Promise<void> {
  console.log(`commands — ${cpus()[0]?.model ?? 'unknown CPU'}`);
  const h = benchStore();
  const fake = await startFakeDiscordForInteractions();
  const client = new Client({ intents: [], rest: { api: fake.url, retries: 0 } });
  try {
    await h.store.transaction(async (tx) => {
      const feed = await tx.upsertFeed({ url: 'https://feeds.example.org/bench.xml', name: 'Bench Desk', origin: 'chat' }, new Date());
      await tx.linkFeed({ feedId: feed.id, platform: 'discord', workspaceId: moderator.workspaceId!, name: null, addedBy: null }, new Date());
      for (let i = 0; i < 2000; i += 1) {
        const at = new Date(Date.UTC(2018, 2, 21) - i * 600_000);
        const { article } = await tx.saveArticle({
          feedId: i % 2 ? feed.id : null,
          guid: `bench-${i}`,
          url: `https://news.example/${i}`,
          canonicalUrl: `https://news.example/${i}`,
          title: `${i % 3 === 0 ? 'Gipfeltreffen' : 'Strafzölle'} Meldung ${i}`,
          body: 'Putin und Trump sprachen über ein Gipfeltreffen.',
          source: i % 2 ? 'Tagesblick' : 'Weltecho',
          publishedAt: at,
          firstSeenAt: at,
          contentHash: `bench-${i}`,
          analysis: {
            language: 'de',
            topics: [{ id: i % 3 === 0 ? 'summits' : 'trade', score: 4, evidence: [] }],
            statements: [],
            entities: ['kremlin'],
            quotes: [{ text: `Zitat ${i} über ein mögliches Gipfeltreffen`, speaker: i % 4 === 0 ? 'Kreml' : 'Weißes Haus', kind: 'direct', score: 1 }],
            summary: 'Putin und Trump erwägen ein Gipfeltreffen.',
          },
        });
        // The newest 300 articles are stories of the last two days: what previews and why look at.
        if (i < 300) {
          await tx.createStory({
            representativeArticleId: article.id,
            title: article.title,
            url: article.url,
            summary: article.analysis.summary,
            topics: article.analysis.topics,
            quotes: article.analysis.quotes,
            sources: [article.source],
            languages: ['de'],
            articleIds: [article.id],
            firstSeenAt: at,
            updatedAt: at,
          });
        }
      }
    });
    await time('subscribe (create or update)', 500, (i) =>
      handleCommand({ name: 'subscribe', options: { topics: i % 2 ? 'summits,arms-control' : 'trade', schedule: 'daily 08:00' } }, moderator, h.deps),
    );
    await time('subscriptions', 500, () => handleCommand({ name: 'subscriptions', options: {} }, member, h.deps));
    await time('quotes speaker:Kreml since:7d (2,000 articles)', 200, () =>
      handleCommand({ name: 'quotes', options: { speaker: 'Kreml', since: '7d' } }, member, h.deps),
    );
    await time('search query:Gipfeltreffen (2,000 articles)', 200, () =>
      handleCommand({ name: 'search', options: { query: 'Gipfeltreffen' } }, member, h.deps),
    );
    await time('topics', 1000, () => handleCommand({ name: 'topics', options: {} }, member, h.deps));
    await time('subscribe with feeds + filters (update)', 300, (i) =>
      handleCommand(
        {
          name: 'subscribe',
          options: { topics: 'summits', feeds: 'Bench Desk', exclude: i % 2 ? 'Strafzölle' : 'sport', 'min-sources': '1', threads: i % 2 === 0 },
        },
        moderator,
        h.deps,
      ),
    );
    await time('preview topics:summits exclude:sport (300 stories)', 100, () =>
      handleCommand({ name: 'preview', options: { topics: 'summits', exclude: 'sport' } }, member, h.deps),
    );
    await time('why <article URL> (1 subscription)', 200, (i) =>
      handleCommand({ name: 'why', options: { article: `https://news.example/${(i * 7) % 300}` } }, member, h.deps),
    );
    await time('feeds list (workspace view)', 500, () => handleCommand({ name: 'feeds', action: 'list', options: {} }, member, h.deps));
    await time('parse Slack text (README subscribe example)', 5000, () =>
      parseSlackCommandText('subscribe topics:summits,arms-control schedule:daily 08:00 timezone:Europe/Berlin exclude:sport min-sources:2'),
    );
    await time('build /news definition from the option descriptions', 200, () => newsCommandDefinitions());
    await time('completeTopics "summits, arm"', 5000, () => completeTopics('summits, arm', h.deps.taxonomy));
    const feedsReply = await handleCommand({ name: 'feeds', action: 'list', options: {} }, member, h.deps);
    const topicsReply = await handleCommand({ name: 'topics', options: {} }, member, h.deps);
    await time('formatReply (topics list) for Discord', 2000, () => formatReply(topicsReply));
    await time('formatReply (empty feeds list) for Discord', 2000, () => formatReply(feedsReply));

    const listener = createInteractionListener({ commands: h.deps, logger: silentLogger() });
    let pending: Promise<void>[] = [];
    client.on(Events.InteractionCreate, (interaction: Interaction) => {
      pending.push(listener(interaction));
    });
    const actions = (client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }).actions;
    await time('/news quotes through discord.js → fake Discord (defer+edit)', 100, async (i) => {
      actions.InteractionCreate.handle(quotesPayload(i));
      const answered = pending;
      pending = [];
      await Promise.all(answered);
    });
  } finally {
    await client.destroy();
    await fake.close();
    h.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
