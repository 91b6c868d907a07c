import type { ClusterCandidate, ClusterOptions, IncrementalAssignment, StoryAssignment, StoryCandidate } from './types.js';
import { buildFeatures, type ArticleFeatures } from './features.js';
import { pairScore } from './pair-score.js';
import { BlockingIndex } from './blocking-index.js';

export const DEFAULT_WINDOW_HOURS = 48;
/** Tuned on test/fixtures/stories (see bench/eval-stories.ts). */
export const DEFAULT_THRESHOLD = 0.3;
/** Posting entries scanned per key, and candidates fully scored per article: bounds the work on popular names. */
const POSTINGS_CAP = 100;
const CANDIDATES_CAP = 20;
/** Blocking keys looked up per article (its rarest), and at most this many more: its lead's places. */
const KEYS_PER_ARTICLE = 12;
const LEAD_PLACE_KEYS = 3;

interface Member {
  candidate: ClusterCandidate;
  /** Index of the story this member belongs to in `stories`. */
  story: number;
}

interface WorkingStory {
  key: string;
  storyId: number | null;
}

/** The CANDIDATES_CAP members with the most shared key weight (ties: lower index), without sorting them all. */
function topCandidates(touched: number[], accumulated: Float64Array): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) => accumulated[a]! > accumulated[b]! || (accumulated[a] === accumulated[b] && a < b);
  for (const member of touched) {
    if (top.length === CANDIDATES_CAP && !better(member, top[top.length - 1]!)) continue;
    let at = top.length === CANDIDATES_CAP ? top.length - 1 : top.length;
    while (at > 0 && better(member, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at -= 1;
    }
    top[at] = member;
  }
  return top;
}

/**
 * Positions of the KEYS_PER_ARTICLE rarest blocking keys (highest weight; ties: lower key), rarest first,
 * written into `into`; returns how many. Common names add cost, not recall.
 */
function rarestKeys(keys: number[], weights: number[], into: Int32Array): number {
  const rarer = (a: number, b: number) => weights[a]! > weights[b]! || (weights[a] === weights[b] && keys[a]! < keys[b]!);
  let count = 0;
  for (let position = 0; position < keys.length; position++) {
    if (count === KEYS_PER_ARTICLE && !rarer(position, into[count - 1]!)) continue;
    let at = count === KEYS_PER_ARTICLE ? count - 1 : count++;
    while (at > 0 && rarer(position, into[at - 1]!)) {
      into[at] = into[at - 1]!;
      at -= 1;
    }
    into[at] = position;
  }
  return count;
}

/**
 * Adds to the `count` positions in `into` those of the article's lead places (its specific ones, at most
 * LEAD_PLACE_KEYS) that are not there yet; returns the new count. The event's place is looked up however common the
 * name: reports that share only it and one distinctive name (a Reuters report full of shipping lines, a local paper
 * naming the terminal) would otherwise never meet.
 */
function withLeadPlaces(own: ArticleFeatures, count: number, into: Int32Array): number {
  let total = count;
  for (const place of own.specificPlaces) {
    if (total === count + LEAD_PLACE_KEYS) break;
    const at = own.blockingKeys.indexOf(place);
    if (at < 0) continue;
    let known = false;
    for (let k = 0; k < total; k++) if (into[k] === at) known = true;
    if (!known) into[total++] = at;
  }
  return total;
}

function byTimeThenId(a: ClusterCandidate, b: ClusterCandidate): number {
  const dt = a.publishedAt.getTime() - b.publishedAt.getTime();
  if (dt !== 0) return dt;
  const ia = String(a.id);
  const ib = String(b.id);
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/**
 * Groups articles about the same event into stories. Pure and deterministic:
 * the same input in any order gives the same keys.
 */
export function clusterArticles(articles: ClusterCandidate[], options: ClusterOptions = {}): StoryAssignment[] {
  return assignToStories([], articles, options).map(({ articleId, key }) => ({ articleId, key }));
}

/**
 * Attaches incoming articles to existing recent stories or to new ones.
 * Existing stories' members are compared but never moved.
 */
export function assignToStories(existing: StoryCandidate[], incoming: ClusterCandidate[], options: ClusterOptions = {}): IncrementalAssignment[] {
  const windowMs = (options.windowHours ?? DEFAULT_WINDOW_HOURS) * 3_600_000;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;

  const stories: WorkingStory[] = [];
  const members: Member[] = [];
  for (const story of [...existing].sort((a, b) => a.storyId - b.storyId)) {
    const storyIndex = stories.push({ key: `s:${story.storyId}`, storyId: story.storyId }) - 1;
    for (const candidate of [...story.articles].sort(byTimeThenId)) members.push({ candidate, story: storyIndex });
  }
  const existingCount = members.length;
  const ordered = [...incoming].sort(byTimeThenId);
  for (const candidate of ordered) members.push({ candidate, story: -1 });

  const features = buildFeatures(members.map((m) => m.candidate));
  const index = new BlockingIndex();
  for (let i = 0; i < existingCount; i++) {
    for (const key of features[i]!.blockingKeys) index.add(key, features[i]!.time, i);
  }

  const assignments: IncrementalAssignment[] = [];
  const accumulated = new Float64Array(members.length);
  const scratch = new Int32Array(POSTINGS_CAP);
  const rarest = new Int32Array(KEYS_PER_ARTICLE + LEAD_PLACE_KEYS);
  for (let i = existingCount; i < members.length; i++) {
    const own = features[i]!;
    const touched: number[] = [];
    const keys = withLeadPlaces(own, rarestKeys(own.blockingKeys, own.blockingWeights, rarest), rarest);
    for (let k = 0; k < keys; k++) {
      const at = rarest[k]!;
      const weight = own.blockingWeights[at]!;
      const found = index.within(own.blockingKeys[at]!, own.time - windowMs, own.time + windowMs, own.time, POSTINGS_CAP, scratch);
      for (let f = 0; f < found; f++) {
        const other = scratch[f]!;
        if (accumulated[other] === 0) touched.push(other);
        accumulated[other]! += weight;
      }
    }
    const shortlist = topCandidates(touched, accumulated);
    for (const other of touched) accumulated[other] = 0;

    let bestStory = -1;
    let bestScore = threshold;
    for (const other of shortlist) {
      const score = pairScore(own, features[other]!, bestScore - 1e-12);
      const story = members[other]!.story;
      if (score > bestScore || (score === bestScore && bestStory !== -1 && story < bestStory)) {
        bestScore = score;
        bestStory = story;
      }
    }
    if (bestStory === -1) {
      bestStory = stories.push({ key: `a:${String(members[i]!.candidate.id)}`, storyId: null }) - 1;
    }
    members[i]!.story = bestStory;
    for (const key of own.blockingKeys) index.add(key, own.time, i);
    const story = stories[bestStory]!;
    assignments.push({ articleId: members[i]!.candidate.id, key: story.key, storyId: story.storyId });
  }
  // Report in the caller's order.
  const position = new Map(incoming.map((c, i) => [c.id, i]));
  return assignments.sort((a, b) => position.get(a.articleId)! - position.get(b.articleId)!);
}
