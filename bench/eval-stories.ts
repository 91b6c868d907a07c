import { cpus } from 'node:os';
import { clusterArticles, mergeStory, type ClusterCandidate } from '../src/core/index.js';
import { fixtureCandidates, loadStoryFixtures, pairwiseScores } from '../test/fixtures/stories/fixtures.js';

/**
 * Story clustering quality on the labelled set in test/fixtures/stories:
 * every article goes through the real core analysis (language, topics,
 * quotes, summary, entities), then clusterArticles; pairwise precision and
 * recall against the folder labels, cross-language pairs counted apart.
 */

export async function run(): Promise<void> {
  const fixtures = loadStoryFixtures();
  const candidates: ClusterCandidate[] = fixtureCandidates(fixtures);
  const misdetected = fixtures.filter((f, i) => candidates[i]!.language !== f.language).length;
  const keys = new Map(clusterArticles(candidates).map((a) => [String(a.articleId), a.key]));
  const scores = pairwiseScores(fixtures, keys);
  const labels = new Set(fixtures.map((f) => f.story));
  console.log(
    `stories: ${fixtures.length} labelled articles in ${labels.size} events (${new Set(fixtures.map((f) => f.language)).size} languages), CPU ${cpus()[0]?.model ?? 'unknown'}`,
  );
  console.log(`  pairwise precision ${scores.precision.toFixed(3)} (target ≥ 0.95), recall ${scores.recall.toFixed(3)} (target ≥ 0.85)`);
  console.log(
    `  ${scores.correctPairs}/${scores.truePairs} same-event pairs joined, ${scores.predictedPairs - scores.correctPairs} wrong pairs; cross-language ${scores.crossLanguageFound}/${scores.crossLanguagePairs}; ${misdetected} language misdetections`,
  );
  for (const label of [...labels].sort()) {
    const members = candidates.filter((_, i) => fixtures[i]!.story === label);
    const predicted = new Set(members.map((m) => keys.get(String(m.id))));
    const story = mergeStory(members);
    const split = predicted.size > 1 ? ` — SPLIT into ${predicted.size}` : '';
    console.log(
      `  ${label}: ${members.length} articles, ${story.sources.length} sources (${story.languages.join(', ')}), ${story.quotes.length} quotes${split}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
