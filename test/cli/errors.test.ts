import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerCommands } from '../../src/cli/program.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'nd-cli-'));
const db = join(dir, 'cli.db');

const oneLine = (text: string) => text.trim().split('\n').filter(Boolean);

describe('CLI errors', () => {
  it('a bad config file gives one line per problem and exit code 2, never a stack trace', async () => {
    const config = join(dir, 'bad.yaml');
    writeFileSync(config, 'feeds:\n  - url: https://a.example/feed\n  - url: https://b.example/feed\n  - url: not-a-url\nschedule:\n  cron: "0 25 * * *"\n');
    const result = await runCli(['--config', config, '--db', db, 'subscriptions']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('feeds[2].url: must be an http(s) URL');
    expect(result.stderr).toContain('schedule.cron: must be a five-field cron expression');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unknown option is one line and exit code 2', async () => {
    const result = await runCli(['--db', db, 'articles', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown option '--bogus'/);
  });

  it('a bad option value names the problem', async () => {
    const result = await runCli(['--db', db, 'articles', '--since', 'last tuesday']);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)[0]).toMatch(/--since must be an ISO date/);
  });

  it('an unknown topic or cron expression on subscribe is refused with a fix', async () => {
    const topic = await runCli(['--db', db, 'subscribe', '--platform', 'console', '--channel', 'x', '--topics', 'sumits']);
    expect(topic.code).toBe(2);
    expect(topic.stderr).toMatch(/Unknown topic "sumits" — did you mean "summits"\?/);
    const cron = await runCli(['--db', db, 'subscribe', '--platform', 'console', '--channel', 'x', '--topics', 'summits', '--schedule', '61 8 * * *']);
    expect(cron.code).toBe(2);
    expect(cron.stderr).toMatch(/Schedule "61 8 \* \* \*" is not valid: 61 is not a valid minute/);
  });

  it('every command has --help', async () => {
    const program = new Command('news-digest');
    registerCommands(program);
    const commands = [
      'demo',
      'run',
      'poll',
      'analyze',
      'articles',
      'subscribe',
      'unsubscribe',
      'resume',
      'subscriptions',
      'feeds',
      'digest',
      'check-config',
      'register-commands',
      'backup',
      'prune',
      'healthcheck',
    ];
    for (const name of commands) {
      const command = program.commands.find((c) => c.name() === name);
      expect(command?.helpInformation(), name).toContain(`Usage: news-digest ${name}`);
    }
    // And the real entry point answers --help with exit code 0.
    const result = await runCli(['poll', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: news-digest poll');
    expect(result.stdout).toContain('fetch every configured feed once');
  });
});

describe('subscriptions from the CLI', () => {
  it('subscribe, list as JSON Lines, unsubscribe', async () => {
    const created = await runCli([
      '--db',
      db,
      'subscribe',
      '--platform',
      'console',
      '--channel',
      'stdout',
      '--topics',
      'summits,arms-control',
      '--tz',
      'Europe/Berlin',
      '--json',
    ]);
    expect(created.code).toBe(0);
    const sub = JSON.parse(created.stdout) as { id: number; topics: string[]; timezone: string };
    expect(sub.topics).toEqual(['summits', 'arms-control']);
    const listed = await runCli(['--db', db, 'subscriptions', '--json']);
    const rows = listed.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: number });
    expect(rows.map((r) => r.id)).toContain(sub.id);
    const resumed = await runCli(['--db', db, 'resume', String(sub.id)]);
    expect(resumed.stdout).toMatch(new RegExp(`^Resumed: #${sub.id} .* active`));
    expect((await runCli(['--db', db, 'unsubscribe', String(sub.id)])).code).toBe(0);
    const missing = await runCli(['--db', db, 'unsubscribe', String(sub.id)]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`There is no subscription #${sub.id}`);
  });
});
