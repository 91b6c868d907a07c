import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Caller, CommandDeps } from '../../../src/chat/index.js';
import { silentLogger } from '../../../src/config/index.js';
import { defaultTaxonomy, topicLabel, type ArticleAnalysis, type Quote } from '../../../src/core/index.js';
import { assertPublicUrl } from '../../../src/feeds/index.js';
import { buildDigest } from '../../../src/schedule/index.js';
import { openSqliteStore, type NewArticle, type Store } from '../../../src/store/index.js';

/**
 * Real parts for command tests: a SQLite file in a temp dir, the default
 * taxonomy, the feed layer's address guard (with a fixed resolver instead of
 * DNS) and the scheduler's digest builder.
 */

export const NOW = new Date('2018-03-21T09:30:00Z');

/** Public names resolve to a public address; everything else to a private one, as an intranet name would. */
const resolve = async (host: string) =>
  host.endsWith('.example.org') || host === 'news.example' ? [{ address: '93.184.216.34', family: 4 }] : [{ address: '10.1.2.3', family: 4 }];

export interface Harness {
  store: Store;
  deps: CommandDeps;
  close(): void;
}

export function createHarness(): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'nd-commands-'));
  const store = openSqliteStore(join(dir, 'store.db'));
  const taxonomy = defaultTaxonomy();
  const deps: CommandDeps = {
    store,
    taxonomy,
    now: () => NOW,
    defaults: { schedule: '0 8 * * *', timezone: 'Europe/Berlin', language: 'en' },
    checkFeedUrl: (url) => assertPublicUrl(url, { allowPrivateAddresses: false, resolve }),
    previewDigest: (subscription, now) => buildDigest(store, (id) => topicLabel(taxonomy, id, subscription.language), subscription, now, { maxStories: 10 }),
    logger: silentLogger(),
  };
  return {
    store,
    deps,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const moderator: Caller = {
  platform: 'discord',
  workspaceId: '800000000000000001',
  channelId: '700000000000000001',
  userId: '600000000000000001',
  canManageChannel: true,
  canManageFeeds: true,
};

export const member: Caller = { ...moderator, userId: '600000000000000002', canManageChannel: false, canManageFeeds: false };

const kremlinQuote: Quote = {
  text: 'besondere Aufmerksamkeit der Frage gewidmet, möglicherweise ein Gipfeltreffen abzuhalten',
  speaker: 'Kreml',
  kind: 'direct',
  score: 1,
};

export function analysis(overrides: Partial<ArticleAnalysis> = {}): ArticleAnalysis {
  return {
    language: 'de',
    topics: [
      { id: 'summits', score: 4, evidence: ['Gipfeltreffen'] },
      { id: 'arms-control', score: 3, evidence: ['Rüstungswettlauf'] },
    ],
    quotes: [kremlinQuote],
    statements: [],
    summary: 'Putin und Trump erwägen nach einem Telefonat ein Gipfeltreffen und wollen das Wettrüsten begrenzen.',
    entities: ['putin', 'trump', 'kremlin'],
    ...overrides,
  };
}

export async function seedArticle(store: Store, overrides: Partial<NewArticle> = {}) {
  return (
    await store.saveArticle({
      feedId: null,
      guid: 'guid-seed',
      url: 'https://news.example/putin-trump',
      canonicalUrl: 'https://news.example/putin-trump',
      title: 'Putin und Trump erwägen Gipfeltreffen',
      body: 'Der russische Präsident Wladimir Putin und US-Präsident Donald Trump haben bei einem Telefonat über ein mögliches Gipfeltreffen gesprochen. Beide wollen den Rüstungswettlauf begrenzen.',
      source: 'Tagesblick',
      publishedAt: new Date('2018-03-20T18:00:00Z'),
      firstSeenAt: new Date('2018-03-20T18:05:00Z'),
      contentHash: 'hash-seed',
      analysis: analysis(),
      ...overrides,
    })
  ).article;
}

/** A feed added from chat by one workspace (default: the moderator's): stored once, linked to that workspace only. */
export async function addWorkspaceFeed(
  store: Store,
  url: string,
  name: string | null = null,
  workspaceId = moderator.workspaceId!,
  platform: 'discord' | 'slack' = 'discord',
) {
  const feed = await store.upsertFeed({ url, origin: 'chat', ...(name ? { name } : {}) }, NOW);
  await store.linkFeed({ feedId: feed.id, platform, workspaceId, name: null, addedBy: null }, NOW);
  return feed;
}

/** A caller in another Discord server, with every permission there. */
export const otherServerAdmin: Caller = { ...moderator, workspaceId: '800000000000000002', channelId: '700000000000000002', userId: '600000000000000003' };
