import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectStore } from '../../src/cli/context.js';
import { configSchema } from '../../src/config/index.js';
import { startLocalServer, type LocalServer } from '../feeds/local-server.js';
import { freshPostgresDatabase, PG_ADMIN_URL } from '../store/engines.js';
import { runCli, withoutBuildTime } from './run-cli.js';

/** The CLI on PostgreSQL: which store a command opens, and the same results as on SQLite against the real server. */

const noTokens = { DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', DATABASE_URL: '', NEWS_DIGEST_DB: '', NEWS_DIGEST_CONFIG: '' };
const defaults = configSchema.parse({});

describe('which store a command opens', () => {
  const url = 'postgres://news@db.example:5432/news';
  it('--db is an SQLite file, then store.url, then DATABASE_URL, then NEWS_DIGEST_DB or the default file', () => {
    const withUrl = { ...defaults, store: { url } };
    const env = { DATABASE_URL: 'postgresql://other@db.example/other', NEWS_DIGEST_DB: '/data/x.db' };
    expect(selectStore({ db: './mine.db' }, withUrl, env)).toEqual({ engine: 'sqlite', path: './mine.db' });
    expect(selectStore({}, withUrl, env)).toEqual({ engine: 'postgres', url });
    expect(selectStore({}, defaults, env)).toEqual({ engine: 'postgres', url: env.DATABASE_URL });
    expect(selectStore({}, defaults, { NEWS_DIGEST_DB: '/data/x.db' })).toEqual({ engine: 'sqlite', path: '/data/x.db' });
    expect(selectStore({}, defaults, {})).toEqual({ engine: 'sqlite', path: './data/news-digest.db' });
  });

  it('accepts postgres:// and postgresql:// in store.url and refuses anything else in one sentence', async () => {
    expect(configSchema.parse({ store: { url: 'postgresql://u@h/d' } }).store.url).toBe('postgresql://u@h/d');
    const dir = mkdtempSync(join(tmpdir(), 'nd-pg-config-'));
    const config = join(dir, 'config.yaml');
    writeFileSync(config, 'store:\n  url: "mysql://news:hunter2-secret@db.example/news"\n');
    const result = await runCli(['--config', config, 'subscriptions'], { env: noTokens });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/store\.url.*must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(result.stderr).not.toContain('hunter2-secret');
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL without printing it', async () => {
    const result = await runCli(['subscriptions'], { env: { ...noTokens, DATABASE_URL: 'mysql://news:hunter2-secret@db.example/news' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/DATABASE_URL.*must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(result.stderr).not.toContain('hunter2-secret');
  });

  it('`backup` on a PostgreSQL store prints the pg_dump line and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nd-pg-backup-'));
    const result = await runCli(['backup', join(dir, 'copy.db')], {
      env: { ...noTokens, DATABASE_URL: 'postgres://news:hunter2-secret@127.0.0.1:1/news' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/back up a PostgreSQL database with pg_dump/);
    expect(result.stderr).not.toContain('hunter2-secret');
  });

  it('a PostgreSQL server that does not answer gives one line without the password', async () => {
    const result = await runCli(['subscriptions'], { env: { ...noTokens, DATABASE_URL: 'postgres://news:hunter2-secret@127.0.0.1:1/news' } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/PostgreSQL database at 127\.0\.0\.1:1\/news/);
    expect(result.stderr).not.toContain('hunter2-secret');
  });
});

if (PG_ADMIN_URL) {
  describe('the CLI on PostgreSQL gives the same results as on SQLite', () => {
    let server: LocalServer;
    beforeAll(async () => {
      const files = ['tagesblick.xml', 'the-meridian.xml'].map((name) => readFileSync(join('examples/feeds', name)));
      server = await startLocalServer({
        '/a.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(files[0]),
        '/b.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(files[1]),
      });
    });
    afterAll(() => server.close());

    /** poll, subscribe, subscriptions --json, digest --all --dry-run and digest --all on one store; outputs with times blanked. */
    async function scenario(store: { args: string[]; env: Record<string, string>; configExtra: string }) {
      const dir = mkdtempSync(join(tmpdir(), 'nd-pg-cli-'));
      const config = join(dir, 'config.yaml');
      writeFileSync(
        config,
        `feeds:\n  - url: "${server.origin}/a.xml"\n  - url: "${server.origin}/b.xml"\nfetch:\n  allowPrivateAddresses: true\n  timeoutSeconds: 5\n${store.configExtra}`,
      );
      const cli = async (...args: string[]) => {
        const result = await runCli(['--config', config, ...store.args, ...args], { env: { ...noTokens, ...store.env } });
        expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
        return result;
      };
      const blank = (text: string) =>
        withoutBuildTime(text)
          .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>')
          .replace(/\b\d+(\.\d+)? ?ms\b/g, '<ms>')
          .replace(/\b\d\d:\d\d \(UTC\)/g, '<now>')
          .replace(new RegExp(server.origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), '<origin>');
      const poll = await cli('poll', '--json');
      const polled = poll.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        // Feeds are saved concurrently on PostgreSQL, so ids interleave across feeds: compare how many.
        .map(({ durationMs: _d, articleIds, ...rest }) => ({ ...rest, articles: (articleIds as number[]).length }));
      const again = await cli('poll', '--json');
      await cli('subscribe', '--platform', 'console', '--channel', 'stdout', '--topics', 'summits,arms-control');
      await cli('subscribe', '--platform', 'console', '--channel', 'other', '--topics', 'trade');
      const subscriptions = (await cli('subscriptions', '--json')).stdout;
      const dryRun = (await cli('digest', '--all', '--dry-run')).stdout;
      const sent = await cli('digest', '--all');
      const resent = await cli('digest', '--all');
      return {
        polled: blank(JSON.stringify(polled)),
        again: blank(again.stdout.replace(/"durationMs":\d+/g, '')),
        subscriptions: blank(subscriptions),
        dryRun: blank(dryRun),
        sent: blank(sent.stdout + sent.stderr),
        resent: blank(resent.stdout + resent.stderr),
      };
    }

    it('with DATABASE_URL, and with store.url in the config file', async () => {
      const sqliteDir = mkdtempSync(join(tmpdir(), 'nd-pg-cli-sqlite-'));
      const [onSqlite, onEnv, onConfig] = await Promise.all([
        scenario({ args: ['--db', join(sqliteDir, 'news.db')], env: {}, configExtra: '' }),
        freshPostgresDatabase().then((url) => scenario({ args: [], env: { DATABASE_URL: url }, configExtra: '' })),
        freshPostgresDatabase().then((url) => scenario({ args: [], env: {}, configExtra: `store:\n  url: "${url}"\n` })),
      ]);
      expect(onSqlite.polled).toMatch(/"newArticles":[1-9]/);
      expect(onSqlite.dryRun).toMatch(/=== Subscription #1/);
      expect(onEnv).toEqual(onSqlite);
      expect(onConfig).toEqual(onSqlite);
    }, 600_000);
  });
}
