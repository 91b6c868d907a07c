import { expect, it } from 'vitest';
import { runCli } from './run-cli.js';

it('`demo` polls the sample feeds and prints a digest with topic sections, summaries and attributed quotes', async () => {
  const result = await runCli(['demo'], { timeoutMs: 90_000 });
  expect(result.code, result.stderr).toBe(0);
  const out = result.stdout;
  // Every sample feed was fetched over HTTP and stored.
  expect(out).toMatch(/Polled 4 sample feeds/);
  expect(out).not.toMatch(/FAIL/);
  // Topic sections, led by the default taxonomy's first topics.
  expect(out).toMatch(/^SUMMITS \(\d+\)$/m);
  expect(out).toMatch(/^ARMS CONTROL \(\d+\)$/m);
  // The mountain-summit trap in the German feed is not a summit story.
  expect(out).not.toContain('Zugspitze');
  // A story reported by several outlets appears once, with its sources.
  const summitStories = out.match(/Putin|Trump/g) ?? [];
  expect(summitStories.length).toBeGreaterThan(0);
  expect(out).toMatch(/Tagesblick|The Meridian|Nordkurier|Westwind Wire/);
  // At least one key quote with its speaker, and summaries of full sentences.
  expect(out).toMatch(/^> [„“"«].+[“”"»] — \S.+$/m);
  // The windows-1252 feed came through with correct umlauts.
  expect(out).not.toMatch(/Ã¤|Ã¼|Ã¶|\uFFFD/);
});
