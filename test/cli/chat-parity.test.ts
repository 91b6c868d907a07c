import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../feeds/local-server.js';
import { runCli } from './run-cli.js';

/**
 * The CLI does what /news does: feeds (per workspace, OPML in and out),
 * subscribe with the same option names and checks, search, quotes, why and
 * the preview — run as the real `news-digest` entry point.
 */

const dir = mkdtempSync(join(tmpdir(), 'nd-cli-parity-'));
const config = join(dir, 'config.yaml');
/** No feeds of its own, but local addresses allowed (the feeds below are on 127.0.0.1). */
const bare = join(dir, 'bare.yaml');
let server: LocalServer;

beforeAll(async () => {
  const tagesblick = readFileSync('examples/feeds/tagesblick.xml');
  const feed = (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(tagesblick);
  // `feeds add` reads the address it is given (a page is followed to its feed), so the feeds must answer.
  server = await startLocalServer({ '/tagesblick.xml': feed, '/a.xml': feed, '/b.xml': feed });
  writeFileSync(bare, ['fetch:', '  allowPrivateAddresses: true'].join('\n'));
  writeFileSync(
    config,
    ['feeds:', `  - { url: "${server.origin}/tagesblick.xml", name: Tagesblick }`, 'fetch:', '  allowPrivateAddresses: true', '  timeoutSeconds: 5'].join('\n'),
  );
});
afterAll(() => server.close());

const cli = (db: string, ...args: string[]) => runCli(['--config', config, '--db', db, ...args]);
const plain = (db: string, ...args: string[]) => runCli(['--config', bare, '--db', db, ...args]);
const feedsOf = async (db: string) =>
  (await plain(db, 'feeds', '--json')).stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: number; url: string; name: string; shared: boolean; workspaces: { workspaceId: string }[] });

describe('feeds from the CLI', () => {
  it('adds shared and workspace feeds, refuses a duplicate naming it, and round-trips through OPML', async () => {
    const db = join(dir, 'feeds.db');
    const shared = await plain(db, 'feeds', 'add', `${server.origin}/a.xml`, '--name', 'Alpha & Co');
    expect(shared.code, shared.stderr).toBe(0);
    expect(shared.stdout.startsWith(`Added #1  Alpha & Co  ${server.origin}/a.xml  [shared]`)).toBe(true);
    const own = await plain(db, 'feeds', 'add', `${server.origin}/b.xml`, '--name', 'Beta', '--workspace', '800000000000000001');
    expect(own.code, own.stderr).toBe(0);
    const again = await plain(db, 'feeds', 'add', `${server.origin}/a.xml`);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already stored as #1 (Alpha & Co)');
    const listed = await feedsOf(db);
    expect(listed.map((f) => [f.name, f.shared, f.workspaces.map((w) => w.workspaceId)])).toEqual([
      ['Alpha & Co', true, []],
      ['Beta', false, ['800000000000000001']],
    ]);

    const exported = await plain(db, 'feeds', 'export');
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('<opml version="2.0">');
    expect(exported.stdout).toContain('text="Alpha &amp; Co"');
    const file = join(dir, 'feeds.opml');
    writeFileSync(file, exported.stdout);
    const fresh = join(dir, 'fresh.db');
    const imported = await plain(fresh, 'feeds', 'import', file);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(new RegExp(`line \\d+: added {5}${server.origin.replace(/[.]/g, '\\.')}/a\\.xml`));
    expect(imported.stdout.trim().split('\n').at(-1)).toBe('2 added');
    const roundTrip = await feedsOf(fresh);
    expect(roundTrip.map((f) => [f.url, f.name])).toEqual(listed.map((f) => [f.url, f.name]));

    const repeat = await plain(fresh, 'feeds', 'import', file);
    expect(repeat.stdout.trim().split('\n').at(-1)).toBe('0 added, 2 already there or repeated');
    writeFileSync(join(dir, 'cut.opml'), exported.stdout.slice(0, exported.stdout.indexOf('</body>')));
    const cut = await plain(join(dir, 'cut.db'), 'feeds', 'import', join(dir, 'cut.opml'));
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/not a usable OPML file: <body> opened on line \d+ is never closed/);
    expect(await feedsOf(join(dir, 'cut.db'))).toEqual([]);
  }, 600_000);
});

describe('subscribe, preview, search, quotes and why from the CLI', () => {
  // Dozens of command starts in a row: 219 s of the former 300 s under load 11 with two files at a time.
  it('answers as /news does, with the same option names', async () => {
    const db = join(dir, 'news.db');
    expect((await cli(db, 'poll', '--once')).code).toBe(0);

    const sub = await cli(
      db,
      'subscribe',
      '--platform',
      'console',
      '--channel',
      'stdout',
      '--topics',
      'summits',
      '--tz',
      'Europe/Berlin',
      '--exclude',
      'Zugspitze',
      '--json',
    );
    expect(sub.code, sub.stderr).toBe(0);
    const created = JSON.parse(sub.stdout) as { id: number; timezone: string; filters: { exclude: string[] } };
    expect(created).toMatchObject({ timezone: 'Europe/Berlin', filters: { exclude: ['Zugspitze'] } });
    const twin = await cli(
      db,
      'subscribe',
      '--platform',
      'console',
      '--channel',
      'stdout',
      '--topics',
      'summits',
      '--timezone',
      'Europe/Berlin',
      '--exclude',
      'Zugspitze',
    );
    expect(twin.code).toBe(2);
    expect(twin.stderr).toContain(`Subscription #${created.id} already does exactly this`);
    const listed = await cli(db, 'subscriptions', '--json');
    expect(JSON.parse(listed.stdout.trim().split('\n')[0]!)).toMatchObject({
      filters: { include: [], exclude: ['Zugspitze'], languages: [], minSources: null },
      feeds: [],
    });

    const preview = await cli(db, 'digest', '--preview', '--topics', 'summits', '--language', 'de');
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toContain('Putin und Trump erwägen ein Gipfeltreffen');

    const instant = await cli(db, 'subscribe', '--platform', 'console', '--channel', 'alerts', '--topics', 'trade', '--mode', 'instant', '--json');
    const instantId = (JSON.parse(instant.stdout) as { id: number }).id;
    const dry = await cli(db, 'digest', '--subscription', String(instantId), '--dry-run');
    expect(dry.stdout).toContain(`#${instantId}: no new stories yet.`);

    const search = await cli(db, 'search', 'Gipfeltreffen', '--since', '2018-01-01');
    expect(search.code, search.stderr).toBe(0);
    expect(search.stdout).toMatch(/^Search: Gipfeltreffen/);
    expect(search.stdout).toContain('Putin und Trump erwägen ein Gipfeltreffen');
    const quotes = await cli(db, 'quotes', 'Kreml', '--json');
    expect(quotes.code, quotes.stderr).toBe(0);
    expect(
      quotes.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { quote?: string })
        .some((line) => line.quote !== undefined),
    ).toBe(true);

    const why = await cli(db, 'why', 'https://tagesblick.example/politik/putin-trump-telefonat', '--subscription', String(created.id), '--json');
    expect(why.code, why.stderr).toBe(0);
    const explanation = JSON.parse(why.stdout) as {
      found: boolean;
      topics: { id: string; score: number | null }[];
      subscriptions: { subscriptionId: number }[];
    };
    expect(explanation.found).toBe(true);
    expect(explanation.topics.find((topic) => topic.id === 'summits')?.score).toBeGreaterThan(0);
    expect(explanation.subscriptions.map((s) => s.subscriptionId)).toEqual([created.id]);
    const text = await cli(db, 'why', 'https://tagesblick.example/politik/zugspitze-sturm');
    expect(text.stdout).toMatch(/Why\?\n- /);
  }, 600_000);
});
