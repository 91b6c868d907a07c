import { createDiscordSender, type DiscordSender } from '../../../src/chat/index.js';
import { attachmentFetcher } from '../../../src/cli/command-deps.js';
import { configSchema, silentLogger } from '../../../src/config/index.js';
import { topicLabel, type Quote, type Story, type TopicScore } from '../../../src/core/index.js';
import type { DeliveryDeps } from '../../../src/schedule/index.js';
import type { Store } from '../../../src/store/index.js';
import { analysis, NOW } from '../commands/harness.js';
import { createDiscordHarness, type DiscordHarness } from './discord-harness.js';

/**
 * The Discord command harness (real discord.js client → fake Discord) plus
 * the real Discord sender and delivery dependencies on the same store and a
 * clock the test moves, so a subscription made with /news is delivered
 * through the same fake and can be explained with /news why.
 */
export interface DeliveryHarness extends DiscordHarness {
  sender: DiscordSender;
  delivery: DeliveryDeps;
  clock: { now: Date };
  teardown(): Promise<void>;
}

export async function createDeliveryHarness(): Promise<DeliveryHarness> {
  const h = await createDiscordHarness();
  const clock = { now: NOW };
  h.deps.now = () => clock.now;
  // Attachments come from the fake's CDN on 127.0.0.1: the production fetcher with private addresses allowed.
  h.deps.fetchAttachment = attachmentFetcher({ ...configSchema.parse({}).fetch, allowPrivateAddresses: true, timeoutSeconds: 10 });
  const sender = createDiscordSender({ token: 'test-bot-token', apiBase: h.fake.url, retries: 0, timeoutMs: 10_000, logger: silentLogger() });
  const delivery: DeliveryDeps = {
    store: h.store,
    senders: { discord: sender },
    labels: (id, language) => topicLabel(h.deps.taxonomy, id, language),
    logger: silentLogger(),
    now: () => clock.now,
    maxStories: 10,
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
  };
  return {
    ...h,
    sender,
    delivery,
    clock,
    async teardown() {
      sender.close();
      await h.shutdown();
    },
  };
}

export interface StorySeed {
  feedId: number | null;
  title: string;
  url?: string;
  topics?: TopicScore[];
  sources?: string[];
  languages?: string[];
  quotes?: Quote[];
  summary?: string;
  firstSeenAt: Date;
}

let seeded = 0;

/** One stored article from a feed, in a story of its own (as the poller and clustering would leave it). */
export async function seedStory(store: Store, seed: StorySeed): Promise<Story> {
  seeded += 1;
  const url = seed.url ?? `https://news.example/story-${seeded}`;
  const topics = seed.topics ?? [{ id: 'summits', score: 4, evidence: ['Gipfeltreffen'] }];
  const quotes = seed.quotes ?? [{ text: `Aussage ${seeded} über das Gipfeltreffen`, speaker: 'Kreml', kind: 'direct' as const, score: 1 }];
  const summary = seed.summary ?? `Zusammenfassung ${seeded}.`;
  const { article } = await store.saveArticle({
    feedId: seed.feedId,
    guid: `guid-${seeded}-${url}`,
    url,
    canonicalUrl: url,
    title: seed.title,
    body: `${seed.title}. ${summary}`,
    source: (seed.sources ?? ['Tagesblick'])[0]!,
    publishedAt: seed.firstSeenAt,
    firstSeenAt: seed.firstSeenAt,
    contentHash: `hash-${seeded}`,
    analysis: analysis({ topics, quotes, summary, language: (seed.languages ?? ['de'])[0]! }),
  });
  return store.createStory({
    representativeArticleId: article.id,
    title: seed.title,
    url,
    summary,
    topics,
    quotes,
    sources: seed.sources ?? ['Tagesblick'],
    languages: seed.languages ?? ['de'],
    articleIds: [article.id],
    firstSeenAt: seed.firstSeenAt,
    updatedAt: seed.firstSeenAt,
  });
}

export const minutesAfter = (date: Date, minutes: number): Date => new Date(date.getTime() + minutes * 60_000);
