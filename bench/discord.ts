import { cpus } from 'node:os';
import { createDiscordSender } from '../src/chat/index.js';
import { silentLogger } from '../src/config/index.js';
import { renderDigestText, renderDiscordDigest } from '../src/render/index.js';
import { startFakeDiscordServer } from '../test/fakes/discord-server.js';
import { hostileDigest, referenceDigest, sixtyStoryDigest } from '../test/render/discord-fixtures.js';
import { time } from './timing.js';
import { subscriptionFixture } from '../test/fixtures/subscription.js';

/**
 * Discord and plain-text rendering costs (escaping, truncation, packing into
 * messages under every limit) for a realistic and a hostile 60-story digest,
 * and posting parts through the real discord.js REST client to the local fake
 * Discord server (client and schema-validation overhead, no network latency).
 */

export async function run(): Promise<void> {
  console.log(`discord — ${cpus()[0]?.model ?? 'unknown CPU'}`);
  const reference = referenceDigest();
  const sixty = {
    ...reference,
    sections: reference.sections.map((section) => ({
      ...section,
      stories: Array.from({ length: 30 }, (_, i) => ({ ...section.stories[0]!, storyId: i + 1 })),
    })),
  };
  const hostile = sixtyStoryDigest();
  const worst = hostileDigest(3, 60);
  for (const [name, digest] of [
    ['realistic', sixty],
    ['hostile titles', hostile],
    ['hostile everything', worst],
  ] as const) {
    const messages = renderDiscordDigest(digest);
    console.log(`60-story ${name} digest → ${messages.length} messages, ${JSON.stringify(messages).length} bytes`);
  }
  await time('renderDiscordDigest, 60 realistic stories', 200, () => renderDiscordDigest(sixty));
  await time('renderDiscordDigest, 60 hostile stories', 200, () => renderDiscordDigest(hostile));
  await time('renderDigestText, 60 hostile stories', 200, () => renderDigestText(hostile));

  const server = await startFakeDiscordServer();
  const sender = createDiscordSender({ token: 'bench', apiBase: server.url, logger: silentLogger() });
  try {
    const subscription = subscriptionFixture({
      id: 1,
      workspaceId: '800000000000000001',
      channelId: '123456789012345678',
      topics: ['summits'],
      createdAt: new Date(0),
    });
    const payloads = sender.renderDigest(hostile, subscription);
    await sender.send(subscription, payloads[0]!, 'warm-up');
    await time('send one part via discord.js REST to the fake server', 200, (i) => sender.send(subscription, payloads[i % payloads.length]!, `bench:${i}`));
  } finally {
    sender.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
