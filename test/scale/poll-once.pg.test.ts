import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../cli/run-cli.js';
import { freshPostgresDatabase } from '../store/engines.js';
import { SAMPLE_FEEDS, startFeedServer, writeScaleConfig } from './scale-fixtures.js';

describe('three `poll --once` on one PostgreSQL', () => {
  it('fetch each feed once between them, store each article once and group every article into a story', { timeout: 180_000 }, async () => {
    const url = await freshPostgresDatabase();
    const server = await startFeedServer();
    try {
      const config = writeScaleConfig(server, url);
      const runs = await Promise.all([1, 2, 3].map(() => runCli(['--config', config, 'poll', '--once'], { timeoutMs: 120_000 })));
      for (const run of runs) expect(run.code, run.stderr).toBe(0);
      for (const index of SAMPLE_FEEDS.keys()) expect(server.hits.get(`/feed-${index + 1}.xml`)).toBe(1);
      // Every process reports every feed: the ones it fetched, and the others' results from the queue.
      for (const run of runs) expect(run.stdout).toMatch(new RegExp(`^${SAMPLE_FEEDS.length} feeds: `, 'm'));
      const stored = runs.map((run) => Number(/: (\d+) new articles/.exec(run.stdout)?.[1]));
      const store = await openStore({ engine: 'postgres', url });
      try {
        const articles = await store.countArticles();
        expect(articles).toBeGreaterThan(0);
        // Each process's summary counts the articles of all feeds, wherever they were fetched.
        expect(stored).toEqual([articles, articles, articles]);
        expect(await store.unassignedArticlesSince(new Date(0), 10)).toEqual([]);
      } finally {
        await store.close();
      }
    } finally {
      await server.close();
    }
  });
});
