import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscordServer, type FakeDiscordServer } from '../fakes/index.js';
import { startFakeSlackServer, type FakeSlackServer } from '../fakes/slack-server.js';
import { startLocalServer, type LocalServer } from '../feeds/local-server.js';
import { getJson, startBot, waitFor } from './bot-process.js';

const DISCORD_TOKEN = 'fake-discord-token';
let feeds: LocalServer;
let discord: FakeDiscordServer;
let slack: FakeSlackServer;

beforeAll(async () => {
  const body = readFileSync('examples/feeds/the-meridian.xml');
  feeds = await startLocalServer({ '/meridian.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(body) });
  discord = await startFakeDiscordServer({ token: DISCORD_TOKEN });
  slack = await startFakeSlackServer();
});
afterAll(async () => {
  await feeds.close();
  await discord.close();
  await slack.close();
});

function setup(extraConfig = ''): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'nd-start-'));
  const config = join(dir, 'config.yaml');
  writeFileSync(
    config,
    `feeds:\n  - url: "${feeds.origin}/meridian.xml"\nfetch:\n  allowPrivateAddresses: true\nhttp:\n  port: 0\n  host: 127.0.0.1\n${extraConfig}`,
  );
  return ['--config', config, '--db', join(dir, 'bot.db'), 'run'];
}

/** Port 1 (tcpmux): nothing listens there, so a connection is refused at once. */
const CLOSED_PORT = 'http://127.0.0.1:1/api';

describe('`run` fails fast when a chat adapter cannot start', () => {
  it.each([
    [
      'Discord answers 401',
      async () => ({ DISCORD_TOKEN: 'wrong-token', DISCORD_API_BASE: discord.url }),
      /Discord rejected DISCORD_TOKEN \(401 Unauthorized\)/,
    ],
    [
      'Slack answers invalid_auth',
      async () => ({ SLACK_BOT_TOKEN: 'xoxb-wrong', SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: slack.apiUrl }),
      /Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/,
    ],
    [
      'Slack rejects the Socket Mode app token',
      async () => ({ SLACK_BOT_TOKEN: slack.token, SLACK_APP_TOKEN: 'xapp-wrong', SLACK_API_URL: slack.apiUrl }),
      /Slack rejected SLACK_APP_TOKEN \(invalid_auth\)/,
    ],
    [
      'the Discord API port is closed',
      async () => ({ DISCORD_TOKEN, DISCORD_API_BASE: CLOSED_PORT }),
      /Could not reach the Discord API at http:\/\/127\.0\.0\.1:\d+\/api after 3 tries \(ECONNREFUSED\)/,
    ],
    [
      'the Slack API port is closed',
      async () => ({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: CLOSED_PORT }),
      /Could not reach the Slack Web API at .* after 3 tries \(ECONNREFUSED\)/,
    ],
  ])('%s: exit code 1, one line naming the fix, nothing polled', async (_name, env, message) => {
    const args = setup();
    const hitsBefore = feeds.requests.length;
    const bot = startBot(args, { env: { ...(await env()), LOG_LEVEL: 'silent' } });
    expect(await bot.exited).toBe(1);
    const lines = bot.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).toMatch(/^news-digest: /);
    expect(feeds.requests.length).toBe(hitsBefore); // the scheduler never started
    expect(existsSync(bot.portFile)).toBe(false); // the HTTP server never listened
  });
});

describe('degraded mode (chat.degraded: true)', () => {
  it('keeps running without the adapter: /healthz answers, /readyz names the adapter that is down', async () => {
    const bot = startBot(setup('chat:\n  degraded: true\n'), { env: { DISCORD_TOKEN, DISCORD_API_BASE: CLOSED_PORT } });
    try {
      const port = await bot.port();
      const health = await waitFor(async () => ((await getJson(`http://127.0.0.1:${port}/healthz`)).status === 200 ? true : null), 45_000, '/healthz');
      expect(health).toBe(true);
      const ready = await getJson(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(503);
      expect((ready.body.chat as Record<string, string>).discord).toMatch(/^down: Could not reach the Discord API/);
      expect(bot.output()).toMatch(/Running without Discord \(degraded mode\)/);
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
  });
});

describe('a chat adapter that starts', () => {
  it('logs in to the Discord gateway before polling, and /readyz reports it connected', async () => {
    const args = setup();
    const logins = discord.gatewayLogins();
    const bot = startBot(args, { env: { DISCORD_TOKEN, DISCORD_API_BASE: discord.url } });
    try {
      const port = await bot.port();
      const ready = await waitFor(
        async () => {
          const answer = await getJson(`http://127.0.0.1:${port}/readyz`);
          return answer.status === 200 ? answer : null;
        },
        45_000,
        '/readyz',
      );
      expect(ready.body.chat).toEqual({ discord: 'ok' });
      expect(discord.gatewayLogins()).toBe(logins + 1);
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
  });
});
