import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { startBot, waitFor, type BotProcess } from '../cli/bot-process.js';
import { runCli } from '../cli/run-cli.js';
import { startFakeDiscordServer } from '../fakes/discord-server.js';
import { startLocalServer } from '../feeds/local-server.js';
import { freshPostgresDatabase } from '../store/engines.js';
import { startHoldingProxy } from './holding-proxy.js';
import { startFeedServer, writeScaleConfig } from './scale-fixtures.js';

const GUILD = '800000000000000001';
const CHANNEL = '810000000000000002';
const LATE_ITEM = `<?xml version="1.0"?><rss version="2.0"><channel><title>Late</title><link>https://late.example/</link><description>x</description>
<item><title>Harbour authority opens a new ferry terminal</title><link>https://late.example/ferry</link><guid>late-ferry-1</guid>
<pubDate>Tue, 20 Mar 2018 10:00:00 GMT</pubDate><description>The harbour authority opened a new ferry terminal on Tuesday, with room for three ships.</description></item>
</channel></rss>`;

/** Every part of the subscription's digests recorded and sent. */
const allSent = async (store: Store, subscriptionId: number, periods: number) => {
  const parts = await store.listDeliveries(subscriptionId);
  const keys = new Set(parts.map((part) => part.periodKey));
  return keys.size >= periods && parts.every((part) => part.sentAt !== null) ? parts : null;
};

const bots: BotProcess[] = [];
// A test that times out skips its finally: the processes must not outlive it.
afterAll(() => {
  for (const bot of bots) if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
});

describe('three `run --role all` on one PostgreSQL, one killed while posting', () => {
  it('deliver every story to the channel exactly once and fire the cron digest once per period', { timeout: 600_000 }, async () => {
    const url = await freshPostgresDatabase();
    const feeds = await startFeedServer();
    let late = false;
    // A fifth feed: empty until the test adds one new story for the second period.
    const empty = LATE_ITEM.replace(/<item>[\s\S]*<\/item>/, '');
    const lateFeed = await startLocalServer({
      '/late.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(late ? LATE_ITEM : empty),
    });
    const discord = await startFakeDiscordServer();
    const upstream = discord.url.replace(/\/api$/, '');
    const proxy = await startHoldingProxy(upstream, (method, path) => method === 'POST' && new RegExp(`^/api/v\\d+/channels/${CHANNEL}/messages$`).test(path));
    const config = writeScaleConfig(feeds, url, {
      moreFeeds: [`${lateFeed.origin}/late.xml`],
      extra: 'http:\n  port: 0\nrun:\n  jobExpirySeconds: 30\nschedule:\n  pollCron: "0 0 1 1 *"\n',
    });
    expect((await runCli(['--config', config, 'poll', '--once'], { timeoutMs: 120_000 })).code).toBe(0);
    const db = await openStore({ engine: 'postgres', url });
    try {
      const feedIds = (await db.listFeeds()).map((feed) => feed.id);
      // Owed at once: created before the last minute's fire time, so the start-up sweep delivers it.
      const sub = await db.createSubscription({
        platform: 'discord',
        workspaceId: GUILD,
        channelId: CHANNEL,
        topics: [],
        feeds: feedIds,
        schedule: '* * * * *',
        timezone: 'UTC',
        mode: 'digest',
        language: 'en',
        createdAt: new Date(Date.now() - 5 * 60_000),
      });
      for (const n of [1, 2, 3]) {
        bots.push(
          startBot(['--config', config, 'run', '--role', 'all'], {
            env: { DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_BASE: `${proxy.base(n)}/api`, LOG_LEVEL: 'info' },
          }),
        );
      }
      // One process is posting the digest's first part: kill it there. Its post then reaches Discord anyway.
      const held = await Promise.race([
        proxy.held,
        Promise.all(bots.map((bot) => bot.exited)).then(() => Promise.reject(new Error('every run process exited before posting'))),
      ]);
      const victim = bots[held.client - 1]!;
      victim.child.kill('SIGKILL');
      await victim.exited;
      await held.forward();

      // Another process takes the job over once it expires and sends every part; the re-sent first part carries the same nonce.
      const first = await waitFor(() => allSent(db, sub.id, 1), 240_000, 'the first digest to be sent');
      expect(discord.messages(CHANNEL)).toHaveLength(first.length);

      // Period two: one new story; the next minute's sweep fires once across the two processes left.
      late = true;
      expect((await runCli(['--config', config, 'poll', '--once'], { timeoutMs: 120_000 })).code).toBe(0);
      const both = await waitFor(() => allSent(db, sub.id, 2), 240_000, 'the second digest to be sent');
      const messages = discord.messages(CHANNEL);
      expect(messages).toHaveLength(both.length);
      expect(new Set(messages.map((m) => m.nonce)).size).toBe(messages.length);
      const periods = new Set(both.map((part) => part.periodKey));
      expect(periods.size).toBe(2);
      // Every story went to the channel once: the late story only in the second digest.
      expect(messages.filter((m) => JSON.stringify(m.embeds).includes('ferry terminal'))).toHaveLength(1);
      for (const bot of bots) if (bot !== victim) expect(bot.child.exitCode).toBeNull();
    } catch (error) {
      // What the processes said is the only clue to a failure here.
      for (const [index, bot] of bots.entries()) console.error(`--- run ${index + 1}\n${bot.output().slice(-4000)}`);
      throw error;
    } finally {
      for (const bot of bots) if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGTERM');
      await Promise.all(bots.map((bot) => bot.exited));
      await db.close();
      await Promise.all([feeds.close(), lateFeed.close(), discord.close(), proxy.close()]);
    }
  });
});
