import { cpus } from 'node:os';
import { clusterArticles, mergeStory, type ClusterCandidate } from '../src/core/index.js';
import { STORY_PARTS, fixtureCandidates, loadStoryFixtures, pairwiseScores, type StoryFixture, type StoryPart } from '../test/fixtures/stories/fixtures.js';

/**
 * Story clustering quality on the labelled sets in test/fixtures/stories/<part>:
 * every article goes through the real core analysis (language, topics,
 * quotes, summary, entities), then clusterArticles; pairwise precision and
 * recall against the folder labels, cross-language pairs counted apart.
 */

/** `fresh`, `fresh2`, … for an event folder `<topic>--fresh-<event>`, `<topic>--fresh2-<event>` (sets written apart), `main` otherwise. */
export function storyGroup(story: string): string {
  return /--(fresh\d*)-/.exec(story)?.[1] ?? 'main';
}

function evaluatePart(part: StoryPart): void {
  const fixtures = loadStoryFixtures(part);
  const candidates: ClusterCandidate[] = fixtureCandidates(fixtures);
  const misdetected = fixtures.filter((f, i) => candidates[i]!.language !== f.language).length;
  const keys = new Map(clusterArticles(candidates).map((a) => [String(a.articleId), a.key]));
  const scores = pairwiseScores(fixtures, keys);
  const labels = new Set(fixtures.map((f) => f.story));
  console.log(
    `\nstories, ${part} part: ${fixtures.length} labelled articles in ${labels.size} events (${new Set(fixtures.map((f) => f.language)).size} languages)`,
  );
  console.log(`  pairwise precision ${scores.precision.toFixed(3)} (goal ≥ 0.95), recall ${scores.recall.toFixed(3)} (goal ≥ 0.90)`);
  console.log(
    `  ${scores.correctPairs}/${scores.truePairs} same-event pairs joined, ${scores.predictedPairs - scores.correctPairs} wrong pairs; cross-language ${scores.crossLanguageFound}/${scores.crossLanguagePairs}; ${misdetected} language misdetections`,
  );
  // Events written apart (`<topic>--fresh-<event>`, `--fresh2-`) are also scored on their own, within the same clustering.
  const groups = new Map<string, StoryFixture[]>();
  for (const f of fixtures) groups.set(storyGroup(f.story), [...(groups.get(storyGroup(f.story)) ?? []), f]);
  for (const [group, members] of groups.size > 1 ? [...groups].sort() : []) {
    const own = pairwiseScores(members, keys);
    const outside = fixtures.filter((f) => storyGroup(f.story) !== group);
    const crossed = members.reduce((n, m) => n + outside.filter((o) => keys.get(o.id) === keys.get(m.id)).length, 0);
    console.log(
      `  group ${group}: ${members.length} articles in ${new Set(members.map((m) => m.story)).size} events — precision ${own.precision.toFixed(3)}, recall ${own.recall.toFixed(3)} (${own.correctPairs}/${own.truePairs} joined, ${own.predictedPairs - own.correctPairs} wrong pairs inside, ${crossed} with other groups; cross-language ${own.crossLanguageFound}/${own.crossLanguagePairs})`,
    );
  }
  // Events one by one (which split, which joined) for the tuning part only: the measure part is read as totals.
  for (const label of part === 'tuning' ? [...labels].sort() : []) {
    const members = candidates.filter((_, i) => fixtures[i]!.story === label);
    const predicted = new Set(members.map((m) => keys.get(String(m.id))));
    const story = mergeStory(members);
    const split = predicted.size > 1 ? ` — SPLIT into ${predicted.size}` : '';
    const joined = new Set(candidates.filter((c, i) => fixtures[i]!.story !== label && predicted.has(keys.get(String(c.id)))).map((_, i) => i));
    const merged = joined.size > 0 ? ` — JOINED with ${joined.size} of other events` : '';
    console.log(
      `  ${label}: ${members.length} articles, ${story.sources.length} sources (${story.languages.join(', ')}), ${story.quotes.length} quotes${split}${merged}`,
    );
  }
}

export async function run(): Promise<void> {
  console.log(`Story clustering (CPU ${cpus()[0]?.model ?? 'unknown'})`);
  for (const part of STORY_PARTS) evaluatePart(part);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
