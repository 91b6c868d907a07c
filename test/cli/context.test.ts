import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REMOVED_FROM_CONFIG, syncConfigFeeds } from '../../src/cli/context.js';
import { parseConfig } from '../../src/config/index.js';
import { openSqliteStore } from '../../src/store/index.js';

it('config feeds are added, disabled when taken out of the file, and enabled again when they return; chat feeds are untouched', async () => {
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'nd-sync-')), 'sync.db'));
  const now = new Date('2026-01-01T00:00:00Z');
  const both = parseConfig('feeds:\n  - url: https://a.example/feed\n  - url: https://b.example/feed\n');
  const onlyA = parseConfig('feeds:\n  - url: https://a.example/feed\n');
  await store.upsertFeed({ url: 'https://chat.example/feed', origin: 'chat' }, now);

  await syncConfigFeeds(store, both, now);
  expect(
    (await store.listFeeds())
      .filter((f) => f.enabled)
      .map((f) => f.url)
      .sort(),
  ).toEqual(['https://a.example/feed', 'https://b.example/feed', 'https://chat.example/feed']);

  await syncConfigFeeds(store, onlyA, now);
  expect(await store.getFeedByUrl('https://b.example/feed')).toMatchObject({ enabled: false, disabledReason: REMOVED_FROM_CONFIG });
  expect((await store.getFeedByUrl('https://chat.example/feed'))?.enabled).toBe(true);

  await syncConfigFeeds(store, both, now);
  expect(await store.getFeedByUrl('https://b.example/feed')).toMatchObject({ enabled: true, disabledReason: null });
  await store.close();
});
