import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli.js';
import { blockKitViolation, startFakeSlackServer, type FakeSlackServer } from '../../fakes/slack-server.js';
import { HOSTILE } from '../../render/slack-digest-fixture.js';
import { seedHostileDigest } from '../../fixtures/hostile-store.js';

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

it('`news-digest digest --subscription ID` posts a 60-story Slack digest within every Block Kit limit, pinging nobody', async () => {
  const db = join(dir, 'news.db');
  const config = join(dir, 'config.yaml');
  writeFileSync(config, 'digest:\n  maxStories: 60\n');
  const id = await seedHostileDigest(db, { platform: 'slack', workspaceId: 'T0FAKE', channelId: 'C100', hostile: HOSTILE });
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
