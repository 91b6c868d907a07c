import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscordServer, type FakeDiscordServer } from '../fakes/index.js';
import { getJson, startBot, waitFor } from './bot-process.js';

let discord: FakeDiscordServer;
beforeAll(async () => {
  discord = await startFakeDiscordServer();
});
afterAll(() => discord.close());

/** A working directory holding a .env, with no variable of ours set in the process environment. */
function workdir(dotenv: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'nd-env-'));
  writeFileSync(join(dir, '.env'), dotenv);
  return dir;
}

async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const bot = startBot(args, { cwd, env: { LOG_LEVEL: undefined, ...env } });
  return { code: await bot.exited, output: bot.output() };
}

describe('.env is read by every command', () => {
  it('check-config sees the token in .env and names the file', async () => {
    const dir = workdir(`DISCORD_TOKEN=from-dotenv\nDISCORD_APPLICATION_ID=${discord.applicationId}\n`);
    const result = await cli(['check-config'], dir);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/^Discord: on$/m);
    expect(result.output).toContain(`Environment: ${join(dir, '.env')} read`);
  });

  it('a variable already set in the environment wins over .env, even when it is blank', async () => {
    const dir = workdir('DISCORD_TOKEN=from-dotenv\n');
    const result = await cli(['check-config'], dir, { DISCORD_TOKEN: '' });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/^Discord: off \(no DISCORD_TOKEN\)$/m);
  });

  it('register-commands takes its credentials from .env', async () => {
    const dir = workdir(`DISCORD_TOKEN=from-dotenv\nDISCORD_APPLICATION_ID=${discord.applicationId}\nDISCORD_API_BASE=${discord.url}\n`);
    const result = await cli(['register-commands', '--guild', '800000000000000002'], dir);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/Registered \/news in guild 800000000000000002/);
    expect(discord.requests.some((r) => r.headers.authorization === 'Bot from-dotenv')).toBe(true);
  });
});

describe('blank values count as unset everywhere', () => {
  it('`run` starts with the copied .env.example (LOG_LEVEL= and every other value blank)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nd-env-'));
    copyFileSync('.env.example', join(dir, '.env'));
    writeFileSync(join(dir, 'news-digest.config.yaml'), 'http:\n  port: 0\n  host: 127.0.0.1\n');
    const bot = startBot(['run'], { cwd: dir, env: { LOG_LEVEL: undefined } });
    try {
      const port = await bot.port();
      const health = await waitFor(async () => ((await getJson(`http://127.0.0.1:${port}/healthz`)).status === 200 ? true : null), 45_000, '/healthz');
      expect(health).toBe(true);
      expect(bot.output()).toContain('"msg":"news-digest is running"'); // LOG_LEVEL blank → run's default, info
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
    expect(bot.output()).not.toMatch(/custom levels/);
  });
});

describe('check-config reports what run would do', () => {
  it('a Slack bot token with no way to receive /news: both stop with the same sentence', async () => {
    const dir = workdir('SLACK_BOT_TOKEN=xoxb-only\n');
    writeFileSync(join(dir, 'news-digest.config.yaml'), 'http:\n  port: 0\n  host: 127.0.0.1\n');
    const check = await cli(['check-config'], dir);
    const run = await cli(['run'], dir);
    const sentence = 'SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is';
    expect(check.code).toBe(2);
    expect(check.output).toContain(`news-digest: run would stop: ${sentence}`);
    expect(check.output).toMatch(/^Slack: posting only \(cannot receive \/news\)$/m);
    expect(run.code).toBe(2);
    expect(run.output).toContain(`news-digest: ${sentence}`);
  });
});
