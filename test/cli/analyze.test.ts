import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SEED_PATH, SEED_QUOTE } from '../core/seed.js';
import { runCli } from './run-cli.js';

interface AnalyzedLine {
  id: string;
  title: string;
  language: string;
  topics: { id: string; score: number; evidence: string[] }[];
  quotes: { text: string; speaker: string | null }[];
  summary: string;
  story: string;
}

const parseLines = (stdout: string): AnalyzedLine[] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as AnalyzedLine);

it('`analyze --json` on the reference wire story: German, summits and arms control with evidence, the Kremlin quote, a short summary', async () => {
  const result = await runCli(['analyze', '--json', SEED_PATH]);
  expect(result.code, result.stderr).toBe(0);
  const [article] = parseLines(result.stdout);
  expect(article?.language).toBe('de');
  const topics = new Map(article?.topics.map((t) => [t.id, t]));
  expect(topics.get('summits')?.evidence).toContain('Gipfeltreffen');
  expect(topics.get('arms-control')?.evidence.length).toBeGreaterThan(0);
  const quote = article?.quotes.find((q) => q.text.includes(SEED_QUOTE));
  expect(quote?.speaker).toMatch(/Kreml/);
  expect(article?.summary.length).toBeLessThanOrEqual(300);
  expect(article?.summary.match(/[.!?](\s|$)/g)?.length ?? 0).toBeLessThanOrEqual(2);
  expect(article?.title).not.toMatch(/^date /);
});

it('`analyze --json` groups the same story across the sample feeds in one call and keeps other stories apart', async () => {
  const feeds = ['tagesblick.xml', 'the-meridian.xml', 'nordkurier.xml'].map((f) => join('examples', 'feeds', f));
  const result = await runCli(['analyze', '--json', ...feeds]);
  expect(result.code, result.stderr).toBe(0);
  const lines = parseLines(result.stdout);
  const storyOf = (titlePart: string) => lines.find((l) => l.title.includes(titlePart))?.story;
  expect(storyOf('Putin und Trump erwägen')).toBeDefined();
  expect(storyOf('Trump calls Putin')).toBe(storyOf('Putin und Trump erwägen'));
  expect(storyOf('Präsidenten wollen Rüstungswettlauf')).toBe(storyOf('Putin und Trump erwägen'));
  expect(storyOf('NATO leaders set dates')).not.toBe(storyOf('Putin und Trump erwägen'));
  expect(storyOf('Zugspitze')).not.toBe(storyOf('Putin und Trump erwägen'));
  expect(lines.find((l) => l.title.includes('Zugspitze'))?.topics.map((t) => t.id)).not.toContain('summits');
});
