import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/store/index.js';
import { runCli } from '../../cli/run-cli.js';
import { blockKitViolation, startFakeSlackServer, type FakeSlackServer } from '../../fakes/slack-server.js';
import { HOSTILE } from '../../render/slack-digest-fixture.js';

let dir: string;
let slack: FakeSlackServer;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'slack-cli-'));
  slack = await startFakeSlackServer();
});
afterEach(async () => {
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});

/** 60 stories on the subscription's topic, each carrying hostile article text. */
function seed(dbPath: string): number {
  const store = openSqliteStore(dbPath);
  try {
    const now = Date.now();
    for (let i = 0; i < 60; i += 1) {
      const hostile = HOSTILE[i % HOSTILE.length]!;
      const seenAt = new Date(now - (i + 1) * 60_000);
      const quotes = [{ text: `${hostile} besondere Aufmerksamkeit`, speaker: `Kreml <@U${i}>`, kind: 'direct' as const, score: 1 }];
      const topics = [{ id: 'summits', score: 5 + (i % 7), evidence: ['Gipfeltreffen'] }];
      const { article } = store.saveArticle({
        feedId: null,
        guid: `story-${i}`,
        url: `https://news.example/a/${i}`,
        canonicalUrl: null,
        title: `${hostile} Meldung ${i}`,
        body: `${hostile} Text.`,
        source: i % 2 ? 'Tagesblick <!channel>' : 'The Meridian',
        publishedAt: seenAt,
        firstSeenAt: seenAt,
        contentHash: `hash-${i}`,
        analysis: { language: 'de', topics, quotes, statements: [], summary: `${hostile} Zusammenfassung ${i}.`.repeat(3), entities: [] },
      });
      store.createStory({
        representativeArticleId: article.id,
        title: article.title,
        url: article.url,
        summary: article.analysis.summary,
        topics,
        quotes,
        sources: [article.source],
        languages: ['de'],
        articleIds: [article.id],
        firstSeenAt: seenAt,
        updatedAt: seenAt,
      });
    }
    return store.createSubscription({
      platform: 'slack',
      workspaceId: 'T0FAKE',
      channelId: 'C100',
      topics: ['summits'],
      schedule: '0 8 * * *',
      timezone: 'Europe/Berlin',
      mode: 'digest',
      language: 'de',
      createdAt: new Date(now - 3_600_000),
    }).id;
  } finally {
    store.close();
  }
}

it('`news-digest digest --subscription ID` posts a 60-story Slack digest within every Block Kit limit, pinging nobody', async () => {
  const db = join(dir, 'news.db');
  const config = join(dir, 'config.yaml');
  writeFileSync(config, 'digest:\n  maxStories: 60\n');
  const id = seed(db);
  const result = await runCli(['--db', db, '--config', config, 'digest', '--subscription', String(id)], {
    env: { SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.apiUrl, DISCORD_TOKEN: '' },
    timeoutMs: 90_000,
  });
  expect(result.code, result.stderr).toBe(0);
  expect(slack.messages.length).toBeGreaterThan(1);
  const rendered = slack.messages.map((m) => JSON.stringify(m.blocks)).join('\n');
  for (let i = 0; i < 60; i += 1) expect(rendered).toContain(`Meldung ${i}`);
  for (const message of slack.messages) {
    expect(message.channel).toBe('C100');
    expect(blockKitViolation(message.text, message.blocks)).toBeNull();
    expect(JSON.stringify(message.blocks) + (message.text ?? '')).not.toMatch(/<[!@#]/u);
    expect(message.metadata?.event_type).toBe('news_digest_part');
  }
});
