import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../feeds/local-server.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'nd-feeds-'));
const db = join(dir, 'feeds.db');
const config = join(dir, 'config.yaml');
let server: LocalServer;

beforeAll(async () => {
  const body = readFileSync('examples/feeds/the-meridian.xml');
  const serve = () => (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(body);
  server = await startLocalServer({ '/a.xml': serve(), '/b.xml': serve() });
});
afterAll(() => server.close());

const writeConfig = (paths: string[]) =>
  writeFileSync(config, ['feeds:', ...paths.map((p) => `  - url: "${server.origin}${p}"`), 'fetch:', '  allowPrivateAddresses: true'].join('\n'));
const cli = (...args: string[]) => runCli(['--config', config, '--db', db, ...args]);
const stored = async () =>
  (await cli('feeds', '--json')).stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: number; url: string; enabled: boolean; disabledReason: string | null });

// Eleven command starts in a row: 60 s under load 11 with two files at a time, 107 s in the next run.
it('`feeds` listings never change state; a feed taken out of the config file says to add it back there', { timeout: 360_000 }, async () => {
  writeConfig(['/a.xml', '/b.xml']);
  expect((await cli('poll')).code).toBe(0);
  const b = (await stored()).find((f) => f.url.endsWith('/b.xml'))!;

  writeConfig(['/a.xml']);
  const listing = await cli('feeds');
  expect(listing.code, listing.stderr).toBe(0);
  expect(listing.stdout).toMatch(/b\.xml .*no longer in the config file \(stops being polled on the next run or poll\)/);
  await cli('feeds');
  expect((await stored()).find((f) => f.id === b.id)).toMatchObject({ enabled: true, disabledReason: null }); // listing twice changed nothing

  const enable = await cli('feeds', 'enable', String(b.id));
  expect(enable.code).toBe(2);
  expect(enable.stderr).toMatch(
    new RegExp(`Feed #${b.id} was taken out of the config file; add it back under \`feeds:\` in .*config\\.yaml to poll it again\\.`),
  );

  expect((await cli('poll')).code).toBe(0); // polling syncs the file
  const after = await cli('feeds');
  expect(after.stdout).toMatch(/DISABLED: no longer in the config file \(add it back under `feeds:` in .*config\.yaml to poll it again\)/);
  expect(after.stdout).not.toMatch(/feeds enable/);

  writeConfig(['/a.xml', '/b.xml', '/c.xml']);
  const pending = await cli('feeds');
  expect(pending.stdout).toMatch(/b\.xml .*back in the config file/);
  expect(pending.stdout).toMatch(/^new .*c\.xml .*added on the next run or poll$/m);
  expect((await stored()).map((f) => f.url)).not.toContain(`${server.origin}/c.xml`);
});
