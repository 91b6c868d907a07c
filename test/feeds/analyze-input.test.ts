import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnalysisInputs } from '../../src/cli/analyze-input.js';
import { TEST_FETCH } from './local-server.js';

const corpus = (name: string): string => resolve(import.meta.dirname, '../fixtures/feeds/corpus', name);
const NOW = new Date('2026-11-25T12:00:00Z');

describe('`analyze` reads files with the same sniffing as the poller', () => {
  it.each([
    ['bom-comment.xml', 'After a comment', ['Found after the comment']],
    ['pi-doctype-comments.xml', 'found', ['Behind a stylesheet, comments and a DOCTYPE']],
    ['cdf.xml', 'Channel Definition Format', ['First CDF article', 'Second CDF article']],
    ['channel-root.xml', 'Bare channel', ['Bare item']],
    ['rss20-no-version.xml', 'No Version Daily', ['First story without a version', 'Second story without a version']],
    ['jsonfeed-11.json', 'JSON Feed 1.1', ['Bold claims "quoted"', 'Linked elsewhere', 'Script link dropped']],
    ['broken-one-item.xml', 'Six good, one broken', ['Good one', 'Good two', 'Good three', 'Broken unclosed', 'Good four', 'Good five', 'Good six']],
  ])('%s is read as a feed', async (name, source, titles) => {
    const inputs = await readAnalysisInputs(corpus(name), TEST_FETCH, NOW);
    expect(inputs.map((input) => input.title)).toEqual(titles);
    expect(new Set(inputs.map((input) => input.source))).toEqual(new Set([source]));
  });

  it('reads plain text as one article, not as a feed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-input-'));
    try {
      const path = join(dir, 'story.xml');
      writeFileSync(path, 'Putin und Trump telefonieren\n\nDer Kreml teilte mit, man habe über ein Gipfeltreffen gesprochen.');
      const inputs = await readAnalysisInputs(path, TEST_FETCH, NOW);
      expect(inputs.map((input) => [input.title, input.body])).toEqual([
        ['Putin und Trump telefonieren', 'Der Kreml teilte mit, man habe über ein Gipfeltreffen gesprochen.'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
