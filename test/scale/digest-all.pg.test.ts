import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../cli/run-cli.js';
import { startFakeDiscordServer } from '../fakes/discord-server.js';
import { startFakeSlackServer } from '../fakes/slack-server.js';
import { freshPostgresDatabase } from '../store/engines.js';
import { startFeedServer, writeScaleConfig } from './scale-fixtures.js';

const DISCORD_CHANNEL = '810000000000000001';
const SLACK_CHANNEL = 'C0SCALE01';

describe('three `digest --all` on one PostgreSQL', () => {
  it('deliver each story to each channel exactly once between them', { timeout: 240_000 }, async () => {
    const url = await freshPostgresDatabase();
    const feeds = await startFeedServer();
    const discord = await startFakeDiscordServer();
    const slack = await startFakeSlackServer();
    slack.addChannel({ id: SLACK_CHANNEL, name: 'news' });
    try {
      const config = writeScaleConfig(feeds, url);
      const env = { DISCORD_TOKEN: 'test-token', DISCORD_API_BASE: discord.url, SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.apiUrl };
      const cli = (...args: string[]) => runCli(['--config', config, ...args], { env, timeoutMs: 180_000 });
      expect((await cli('poll', '--once')).code).toBe(0);
      for (const [platform, channel] of [
        ['discord', DISCORD_CHANNEL],
        ['slack', SLACK_CHANNEL],
      ]) {
        const sub = await cli(
          'subscribe',
          '--platform',
          platform!,
          '--channel',
          channel!,
          '--workspace',
          platform === 'slack' ? slack.teamId : '800000000000000001',
          '--topics',
          'summits,arms-control',
        );
        expect(sub.code, sub.stderr).toBe(0);
      }

      const runs = await Promise.all([1, 2, 3].map(() => cli('digest', '--all')));
      for (const run of runs) expect(run.code, run.stderr).toBe(0);

      const store = await openStore({ engine: 'postgres', url });
      try {
        const [discordSub, slackSub] = await store.listSubscriptions();
        const discordParts = await store.listDeliveries(discordSub!.id);
        const slackParts = await store.listDeliveries(slackSub!.id);
        expect(discordParts.length).toBeGreaterThan(0);
        expect(slackParts.length).toBeGreaterThan(0);
        // One digest per channel: every recorded part sent, one period only.
        for (const parts of [discordParts, slackParts]) {
          expect(parts.every((part) => part.sentAt !== null)).toBe(true);
          expect(new Set(parts.map((part) => part.periodKey)).size).toBe(1);
        }
        // Each part reached its channel once, and was posted once: no process sent it again (not even deduplicated by a nonce).
        const discordPosts = discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${DISCORD_CHANNEL}/messages`);
        expect(discordPosts).toHaveLength(discordParts.length);
        expect(discord.messages(DISCORD_CHANNEL)).toHaveLength(discordParts.length);
        const slackPosts = slack.requests.filter((r) => r.path.endsWith('chat.postMessage'));
        expect(slackPosts).toHaveLength(slackParts.length);
        expect(slack.messages.filter((m) => m.channel === SLACK_CHANNEL)).toHaveLength(slackParts.length);
        // Every story went out to each channel once.
        const stories = await store.storiesSeenBetween(new Date(0), new Date(Date.now() + 60_000));
        const delivered = (id: number) =>
          store.deliveredStoryIds(
            id,
            stories.map((s) => s.id),
          );
        expect((await delivered(discordSub!.id)).length).toBeGreaterThan(0);
        expect(await delivered(slackSub!.id)).toEqual(await delivered(discordSub!.id));
        // Every process reports both subscriptions, sent here or by another process.
        for (const run of runs) {
          expect(run.stderr).toMatch(new RegExp(`^#${discordSub!.id}: `, 'm'));
          expect(run.stderr).toMatch(new RegExp(`^#${slackSub!.id}: `, 'm'));
        }
      } finally {
        await store.close();
      }
    } finally {
      await Promise.all([feeds.close(), discord.close(), slack.close()]);
    }
  });
});
