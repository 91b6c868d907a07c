import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './cli/bot-process.js';
import { unassignedPort } from './ports.js';
import { startFakeDiscordServer, type FakeDiscordServer } from './fakes/index.js';
import { startFakeSlackServer, type FakeSlackServer } from './fakes/slack-server.js';
import { startLocalServer, type LocalServer } from './feeds/local-server.js';

/**
 * Walks the README's "Quick start" and "Run it for real" as a newcomer would, with
 * the commands taken from README.md itself, in a fresh clone-like directory: the
 * repository's files, node_modules as `npm ci` lays it out (linked here instead of
 * installed), local feeds and the fake Discord and Slack APIs. Two commands are not
 * run: `npm ci` (node_modules is already there) and `npm test` (this suite).
 */

const README = readFileSync('README.md', 'utf8');

function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  expect(start, `README section "${title}"`).toBeGreaterThan(-1);
  const end = README.indexOf('\n## ', start + 4);
  return README.slice(start, end === -1 ? undefined : end);
}

/** The lines of the ```sh blocks of "Quick start". */
const quickStart = [...section('Quick start').matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.trim().split('\n'));
/** The first command of each numbered step of "Run it for real" (before its "### …" subsection). */
const runForReal = [
  ...section('Run it for real')
    .split('\n### ')[0]!
    .matchAll(/^\d+\. `([^`]+)`/gm),
].map((m) => m[1]!);

const SKIPPED = new Set(['npm ci', 'npm test']);
/** `npm ci && X` runs X: the clone's node_modules is already in place. */
const runnable = (line: string) =>
  line
    .split('&&')
    .map((part) => part.trim())
    .filter((part) => !SKIPPED.has(part));

const clone = mkdtempSync(join(tmpdir(), 'nd-readme-'));
const home = mkdtempSync(join(tmpdir(), 'nd-readme-home-'));

/** The repository's own files (tracked, plus new ones not ignored), as `git clone` would give them. */
function copyRepository(): void {
  const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const file of files) {
    try {
      mkdirSync(dirname(join(clone, file)), { recursive: true });
      cpSync(file, join(clone, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // deleted in the working tree
    }
  }
}

/**
 * node_modules as `npm ci` leaves it: every package (linked to this checkout's copies),
 * `.bin` links resolving inside the clone, and the package's own link
 * `node_modules/news-digest -> ..` from the lock file, which puts `news-digest` in `.bin`.
 */
function linkNodeModules(): void {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { link?: boolean }> };
  expect(lock.packages['node_modules/news-digest']?.link).toBe(true);
  const target = join(clone, 'node_modules');
  mkdirSync(join(target, '.bin'), { recursive: true });
  for (const entry of readdirSync('node_modules')) {
    if (entry === '.bin' || entry === 'news-digest' || entry.startsWith('.package-lock')) continue;
    symlinkSync(resolve('node_modules', entry), join(target, entry));
  }
  symlinkSync('..', join(target, 'news-digest'));
  for (const bin of readdirSync('node_modules/.bin')) symlinkSync(readlinkSync(join('node_modules/.bin', bin)), join(target, '.bin', bin));
}

const env = () => ({
  PATH: process.env.PATH,
  HOME: home,
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
});

/** Runs one README command the way a shell would, without blocking this process (the fakes answer from here). */
function sh(command: string, timeoutMs = 120_000): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn('sh', ['-c', command], { cwd: clone, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`${command} did not finish within ${timeoutMs / 1000} s\n${output}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

let feeds: LocalServer;
let discord: FakeDiscordServer;
let slack: FakeSlackServer;
const DISCORD_TOKEN = 'readme-discord-token';

beforeAll(async () => {
  copyRepository();
  linkNodeModules();
  const bodies = ['tagesblick.xml', 'the-meridian.xml'].map((file) => readFileSync(join('examples/feeds', file)));
  feeds = await startLocalServer({
    '/tagesblick.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(bodies[0]),
    '/meridian.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(bodies[1]),
  });
  discord = await startFakeDiscordServer({ token: DISCORD_TOKEN });
  slack = await startFakeSlackServer();
}, 120_000);
afterAll(async () => {
  await feeds.close();
  await discord.close();
  await slack.close();
});

describe('README', () => {
  it('has the commands this walk expects to find', () => {
    expect(quickStart.length).toBeGreaterThan(0);
    expect(runForReal.length).toBeGreaterThanOrEqual(5);
  });

  // Each command starts cold through npm and tsx, as the reader's would: minutes, not seconds, on a busy machine
  // (60 s ran out under load 15 with two files at a time). sh() still bounds each command.
  it('Quick start works as written (npm ci aside)', { timeout: 240_000 }, async () => {
    for (const line of quickStart) {
      for (const command of runnable(line)) {
        const result = await sh(command);
        expect(result.code, `${command}\n${result.output}`).toBe(0);
        if (command === 'npm run demo') expect(result.output).toMatch(/Polled 4 sample feeds[\s\S]*(Putin|Trump)/);
      }
    }
  });

  it('"Run it for real" works as written, step by step', { timeout: 480_000 }, async () => {
    const port = await unassignedPort();
    for (const [index, command] of runForReal.entries()) {
      const step = index + 1;
      if (command === 'npm start') {
        await startAndStop(command, port);
        continue;
      }
      const result = await sh(command);
      expect(result.code, `step ${step}: ${command}\n${result.output}`).toBe(0);
      if (command === 'cp .env.example .env') fillInTokens();
      if (command.startsWith('cp examples/news-digest.config.yaml')) listLocalFeeds(port);
      if (command === 'npx news-digest check-config') {
        expect(result.output).toMatch(/^Feeds: 2 /m);
        expect(result.output).toMatch(/^Discord: on$/m);
        expect(result.output).toMatch(/^Slack: on \(Socket Mode\)$/m);
      }
      if (command === 'npx news-digest register-commands') expect((discord.commands() as { name: string }[]).map((c) => c.name)).toEqual(['news']);
    }
    expect(runForReal).toContain('npm start');
  });
});

/** What the reader does after step 1: put their tokens into .env (here: the fake platforms'). */
function fillInTokens(): void {
  const values: Record<string, string> = {
    DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_BASE: discord.url,
    SLACK_BOT_TOKEN: slack.token,
    SLACK_APP_TOKEN: slack.appToken,
    SLACK_API_URL: slack.apiUrl,
  };
  const path = join(clone, '.env');
  const text = readFileSync(path, 'utf8').replace(/^([A-Z_]+)=$/gm, (line, name: string) => (values[name] ? `${name}=${values[name]}` : line));
  for (const name of Object.keys(values)) expect(text, `.env.example lists ${name}`).toMatch(new RegExp(`^${name}=\\S`, 'm'));
  writeFileSync(path, text);
}

/** What the reader does after step 2: list their feeds (here: local ones) and pick a port. */
function listLocalFeeds(port: number): void {
  const path = join(clone, 'news-digest.config.yaml');
  const doc = parseDocument(readFileSync(path, 'utf8'));
  doc.set('feeds', [
    { url: `${feeds.origin}/tagesblick.xml`, name: 'Tagesblick' },
    { url: `${feeds.origin}/meridian.xml`, name: 'The Meridian' },
  ]);
  doc.setIn(['fetch', 'allowPrivateAddresses'], true);
  doc.setIn(['http', 'port'], port);
  doc.setIn(['http', 'host'], '127.0.0.1');
  writeFileSync(path, doc.toString());
}

/** `npm start` in a terminal: runs until Ctrl-C (SIGINT to the foreground process group), then stops cleanly. */
async function startAndStop(command: string, port: number): Promise<void> {
  const child = spawn('sh', ['-c', command], { cwd: clone, env: env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<string>((done) => child.on('close', (code, signal) => done(signal ?? String(code))));
  try {
    const ready = await waitFor(
      async () => {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`);
        return res.status === 200 ? ((await res.json()) as { chat: Record<string, string> }) : null;
      },
      60_000,
      `/readyz of npm start\n${output}`,
    );
    expect(ready.chat).toEqual({ discord: 'ok', slack: 'ok' });
    await waitFor(async () => (feeds.hits.get('/tagesblick.xml') ? true : null), 60_000, 'the first poll');
    expect(discord.gatewayLogins()).toBeGreaterThan(0);
  } finally {
    process.kill(-child.pid!, 'SIGINT');
  }
  // The bot drains and exits 0; the `sh -c` wrapper standing in for the terminal's shell may die of the SIGINT itself.
  expect(['0', 'SIGINT'], output).toContain(await exited);
  expect(output).toMatch(/"signal":"SIGINT","msg":"signal received"[\s\S]*"code":0,"msg":"stopped"/);
  expect(output).not.toContain('second signal');
  await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
}
