import { cpus } from 'node:os';
import { silentLogger } from '../src/config/index.js';
import { renderSlackDigest } from '../src/render/index.js';
import { createSlackSender, parseSlackCommandText } from '../src/chat/index.js';
import { startFakeSlackServer } from '../test/fakes/slack-server.js';
import { hostileDigest } from '../test/render/slack-digest-fixture.js';
import { time } from './timing.js';
import { subscriptionFixture } from '../test/fixtures/subscription.js';

/**
 * Slack adapter costs: rendering a 60-story digest into Block Kit (with
 * escaping and splitting), parsing /news text, and posting the parts through
 * the real WebClient to the local fake Web API (client overhead, no network
 * latency, per-channel pacing off).
 */

export async function run(): Promise<void> {
  console.log(`slack — ${cpus()[0]?.model ?? 'unknown CPU'}`);
  const digest = hostileDigest(60);
  const parts = renderSlackDigest(digest);
  const blocks = parts.reduce((n, p) => n + p.blocks.length, 0);
  console.log(`60-story digest → ${parts.length} messages, ${blocks} blocks, ${JSON.stringify(parts).length} bytes`);
  await time('renderSlackDigest, 60 hostile stories', 200, () => renderSlackDigest(digest));
  const commands = [
    'subscribe summits,arms-control daily 08:00 Europe/Berlin',
    'search Putin Gipfeltreffen topic:summits since:yesterday',
    'feeds add https://example.org/rss.xml "Example News"',
  ];
  await time('parseSlackCommandText', 20_000, (i) => parseSlackCommandText(commands[i % commands.length]!));

  const slack = await startFakeSlackServer();
  try {
    const subscription = subscriptionFixture({
      id: 1,
      platform: 'slack',
      workspaceId: 'T0FAKE',
      channelId: 'C1',
      topics: ['summits'],
      timezone: 'UTC',
      language: 'en',
      createdAt: new Date(0),
    });
    for (const reconcile of [false, true]) {
      const sender = createSlackSender({
        token: slack.token,
        apiUrl: slack.apiUrl,
        logger: silentLogger(),
        minIntervalPerChannelMs: 0,
        reconcileBeforeSend: reconcile,
      });
      const payloads = sender.renderDigest(digest, subscription);
      await time(`send one part to the fake Web API (history check ${reconcile ? 'on' : 'off'})`, 100, (i) =>
        sender.send(subscription, payloads[i % payloads.length]!, `bench:${reconcile}:${i}`),
      );
    }
  } finally {
    await slack.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
