import type { LanguageCode, Quote, TopicScore } from '../types.js';
import type { MergedStory, StoryMember } from './types.js';
import { foldDiacritics } from './text-features.js';

/** Quotes a story carries at most; the digest shows fewer. */
const MAX_STORY_QUOTES = 6;

/** A quote's identity regardless of quote marks, case, accents and spacing. */
export function quoteKey(text: string): string {
  return foldDiacritics(text.toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function wordSet(key: string): Set<string> {
  return new Set(key.split(' ').filter((w) => w.length > 2));
}

/** Outlets trim and punctuate the same quotation differently; nearly all words shared means one quote. */
function sameQuote(a: string, b: string): boolean {
  if (a === b || a.includes(b) || b.includes(a)) return true;
  const wa = wordSet(a);
  const wb = wordSet(b);
  if (wa.size === 0 || wb.size === 0) return false;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return shared / (wa.size + wb.size - shared) >= 0.85;
}

/**
 * Best quotes across articles, each quotation once. Quotes from `preferred`
 * lists come before the rest (the story's own language first: a translated
 * copy of the same words cannot be recognised, but it can be ranked after).
 */
export function mergeQuotes(quoteLists: Quote[][], limit = MAX_STORY_QUOTES, preferred = quoteLists.length): Quote[] {
  const all = quoteLists.flatMap((list, listIndex) => list.map((quote, order) => ({ quote, listIndex, order, tier: listIndex < preferred ? 0 : 1 })));
  all.sort((a, b) => a.tier - b.tier || b.quote.score - a.quote.score || a.listIndex - b.listIndex || a.order - b.order);
  const kept: Array<{ quote: Quote; key: string }> = [];
  for (const { quote } of all) {
    const key = quoteKey(quote.text);
    if (key === '') continue;
    const twin = kept.find((k) => sameQuote(k.key, key));
    if (twin) {
      // Keep the higher-scored wording but do not lose a speaker the other outlet named.
      if (twin.quote.speaker === null && quote.speaker !== null) twin.quote = { ...twin.quote, speaker: quote.speaker };
      continue;
    }
    kept.push({ quote, key });
    if (kept.length >= limit) break;
  }
  return kept.map((k) => k.quote);
}

function mergeTopics(lists: TopicScore[][]): TopicScore[] {
  const byId = new Map<string, TopicScore>();
  for (const list of lists) {
    for (const topic of list) {
      const seen = byId.get(topic.id);
      if (!seen) byId.set(topic.id, { id: topic.id, score: topic.score, evidence: [...topic.evidence] });
      else {
        seen.score = Math.max(seen.score, topic.score);
        for (const e of topic.evidence) if (!seen.evidence.includes(e)) seen.evidence.push(e);
      }
    }
  }
  return [...byId.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

/** Why one article represents the story: a real summary and strong direct quotes. */
function representativeScore(member: StoryMember): number {
  const summaryLength = member.summary.trim().length;
  const summaryScore = summaryLength >= 60 && summaryLength <= 300 ? 1 : summaryLength > 0 ? 0.5 : 0;
  const direct = member.quotes.filter((q) => q.kind === 'direct');
  const quoteScore = direct.reduce((best, q) => Math.max(best, q.score), 0);
  const namedSpeakers = direct.some((q) => q.speaker !== null) ? 0.25 : 0;
  return summaryScore + quoteScore + namedSpeakers + (member.url ? 0.1 : 0);
}

function compareMembersByTime(a: StoryMember, b: StoryMember): number {
  const dt = a.publishedAt.getTime() - b.publishedAt.getTime();
  if (dt !== 0) return dt;
  return String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0;
}

function quotesOf(representative: StoryMember, byTime: StoryMember[]): Quote[] {
  const others = byTime.filter((m) => m !== representative);
  const sameLanguage = others.filter((m) => m.language === representative.language);
  const otherLanguages = others.filter((m) => m.language !== representative.language);
  const lists = [representative, ...sameLanguage, ...otherLanguages].map((m) => m.quotes);
  return mergeQuotes(lists, MAX_STORY_QUOTES, 1 + sameLanguage.length);
}

/** Describes a story from its member articles. Throws when there are none. */
export function mergeStory(members: StoryMember[]): MergedStory {
  if (members.length === 0) throw new RangeError('mergeStory needs at least one article.');
  const byTime = [...members].sort(compareMembersByTime);
  // Earliest wins ties: the first report is usually the fullest.
  let representative = byTime[0]!;
  let bestScore = representativeScore(representative);
  for (const member of byTime.slice(1)) {
    const score = representativeScore(member);
    if (score > bestScore + 1e-9) {
      representative = member;
      bestScore = score;
    }
  }
  const sources: string[] = [];
  const languages: LanguageCode[] = [];
  for (const member of byTime) {
    if (!sources.includes(member.source)) sources.push(member.source);
    if (!languages.includes(member.language)) languages.push(member.language);
  }
  return {
    representativeId: representative.id,
    title: representative.title,
    url: representative.url ?? null,
    summary: representative.summary,
    topics: mergeTopics(byTime.map((m) => m.topics)),
    quotes: quotesOf(representative, byTime),
    sources,
    languages,
    articleIds: byTime.map((m) => m.id),
    publishedAt: byTime[0]!.publishedAt,
  };
}
