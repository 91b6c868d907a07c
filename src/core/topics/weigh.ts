/**
 * What a topic's terms in one article add up to (TopicTally, filled by classify.ts) and the rules that make
 * the tally a subject of the article: corroboration, secondary subjects, background topics.
 */
import type { TopicScore } from '../types.js';
import type { Taxonomy } from './types.js';

/** Weak terms only within this many adjacent sentences past the lead are a mention in passing… */
const PASSAGE_SENTENCES = 2;
/** …unless they are this many different terms in two sentences of one paragraph: a paragraph about the topic, not an aside. */
const PARAGRAPH_TERMS = 3;
/** …in an article this long (in a short wire story every sentence is central). */
const PASSING_MIN_SENTENCES = 8;
/**
 * In an article this long, a topic besides the best one must be the subject of a paragraph (two of its
 * sentences) or be named in the title or the lead: one term here and one there is an aside.
 */
const SECONDARY_MIN_SENTENCES = 10;
/** …unless it weighs at least this share of the best topic: then its mentions, scattered or not, add up to a subject. */
const ASIDE_SHARE = 0.5;

/** Two term sentences of one paragraph at most this far apart (a flattened feed body is one long paragraph). */
export const SUBJECT_SPAN = 3;

export interface TopicTally {
  score: number;
  evidence: string[];
  /** The evidence lower-cased, so a term's spellings are listed once. */
  evidenceKeys: Set<string>;
  counts: Map<string, number>;
  /** Terms counted inside a longer term of the same topic: weight and evidence, no mention. */
  nested: Map<string, number>;
  inTitle: boolean;
  /** A strong term counted in the lead (title or first paragraph). */
  strongInLead: boolean;
  /** A strong term that needs no context counted anywhere. */
  strong: boolean;
  /** A term that names the topic outright, heading the list of a meeting's agenda ("will discuss arms control, …"). */
  onAgenda: boolean;
  /** …further down that list ("…, strategic stability and joint efforts against terrorism"). */
  listedOnAgenda: boolean;
  /** A strong ambiguous term ("summit") that its sentence, or the one before, vouches for, past the lead. */
  vouchedStrong: boolean;
  /** Such a term in a sentence with the topic's own context words ("limit nuclear arsenals" next to "treaty"). */
  strongBesideContext: boolean;
  /** The first sentence with a strong term that needs two context words (two leaders meeting), -1 if none. */
  meetingSentence: number;
  /** A term counted in the title or first paragraph. */
  inLead: boolean;
  /** The first and last sentence (Scan.sentence) with a counted term. */
  firstSentence: number;
  lastSentence: number;
  /** The body paragraph (Scan.paragraph) of the last counted term. */
  paragraph: number;
  /** Two sentences of one paragraph, close together, carry the topic's terms: the paragraph is about it. */
  paragraphSubject: boolean;
  /** A term that reports the topic, not only names its setting (TopicTerm.setting), was counted. */
  reported: boolean;
  /** The title or lead frames the article as another subject (TopicDefinition.frameTerms): only strong terms counted. */
  framed: boolean;
}

export type Tallies = Map<number, TopicTally>;

/** Per topic index: its best tally over the article's lexicons, with its context sentences and the article's length. */
export type ArticleTallies = Map<number, { tally: TopicTally; support: number; sentences: number }>;

export function tallyOf(tallies: Tallies, topic: number): TopicTally {
  let tally = tallies.get(topic);
  if (tally === undefined) {
    tally = {
      score: 0,
      evidence: [],
      evidenceKeys: new Set(),
      counts: new Map(),
      nested: new Map(),
      inTitle: false,
      strongInLead: false,
      strong: false,
      vouchedStrong: false,
      onAgenda: false,
      listedOnAgenda: false,
      strongBesideContext: false,
      meetingSentence: -1,
      inLead: false,
      firstSentence: -1,
      lastSentence: -1,
      paragraph: -1,
      paragraphSubject: false,
      reported: false,
      framed: false,
    };
    tallies.set(topic, tally);
  }
  return tally;
}

/**
 * One passing mention is not what an article is about: a topic needs a title
 * hit, two terms, or a repeat; or one strong term in the lead, or one strong
 * term in an article whose sentences keep to the topic's context (a summit
 * story that names the "Gipfeltreffen" once but its leaders throughout).
 */
function isCorroborated(tally: TopicTally, support: number, sentences: number): boolean {
  // Weak terms in one passage further down (a past "war", a "missile" aside): the topic is named in passing; a paragraph
  // that keeps to it in three different terms ("Diplomatic efforts … Mediators … indirect talks") is about it.
  const passage = tally.lastSentence - tally.firstSentence < PASSAGE_SENTENCES && !(tally.paragraphSubject && tally.counts.size >= PARAGRAPH_TERMS);
  // Two leaders meeting in the first half of the story is what it is about; in its last lines, an aside.
  const meetingIsCentral = tally.meetingSentence >= 0 && tally.meetingSentence * 2 <= sentences;
  if (!tally.inLead && !tally.strong && !meetingIsCentral && passage && sentences >= PASSING_MIN_SENTENCES) return false;
  if (tally.inTitle || tally.counts.size >= 2) return true;
  for (const count of tally.counts.values()) if (count >= 2) return true;
  // What a meeting is to discuss is what the story is about, named once or not; an item far down the agenda's list is,
  // in a long story, one only if the story comes back to it (counted above).
  if ((tally.onAgenda || (tally.listedOnAgenda && sentences < PASSING_MIN_SENTENCES)) && !tally.framed) return true;
  // In a story framed as something else (an exercise, a call to get ready for war), one strong term is an aside ("short of ammunition for long battles").
  if (tally.framed) return false;
  // A short wire story has no asides: a term that names the topic outright, next to the topic's own words, is what it is about.
  if (tally.strongBesideContext && sentences < PASSING_MIN_SENTENCES) return true;
  // …nor does a strong ambiguous term that its leaders vouch for ("At their summit in Tokyo, the two…").
  if (tally.vouchedStrong && support >= 1 && sentences < PASSING_MIN_SENTENCES) return true;
  return tally.strongInLead || ((tally.strong || tally.vouchedStrong || meetingIsCentral) && support >= 2);
}

/**
 * A topic besides the article's main one is one of its subjects when a paragraph is about it, or the title
 * or the lead (which says what the story is about) names it; in a long article one term in each of a few paragraphs
 * (a diplomat quoted in a sanctions story, the army in a bombing story) is background.
 */
function isSubject(tally: TopicTally, sentences: number): boolean {
  return sentences < SECONDARY_MIN_SENTENCES || tally.inTitle || tally.inLead || tally.paragraphSubject;
}

/** Topics far lighter than the article's best other topic, for topics that say so (TopicDefinition.backgroundShare), are dropped. */
function dropBackground(scores: TopicScore[], taxonomy: Taxonomy): void {
  if (scores.length < 2) return;
  for (let i = scores.length - 1; i >= 0; i -= 1) {
    const share = taxonomy.topics.find((topic) => topic.id === scores[i]!.id)?.backgroundShare ?? 0;
    if (share <= 0) continue;
    let bestOther = 0;
    for (const other of scores) if (other !== scores[i] && other.score > bestOther) bestOther = other.score;
    if (scores[i]!.score < share * bestOther) scores.splice(i, 1);
  }
}

/** The topics an article's tallies make its subjects, best first. */
export function weighTallies(best: ArticleTallies, taxonomy: Taxonomy): TopicScore[] {
  const found: { topic: number; tally: TopicTally; sentences: number }[] = [];
  for (const [index, { tally, support, sentences }] of best) {
    if (tally.score >= taxonomy.topics[index]!.threshold && isCorroborated(tally, support, sentences)) found.push({ topic: index, tally, sentences });
  }
  const top = Math.max(0, ...found.map(({ tally }) => tally.score));
  const scores: TopicScore[] = [];
  for (const { topic, tally, sentences } of found) {
    if (tally.score < top * ASIDE_SHARE && !isSubject(tally, sentences)) continue;
    // Only its setting named ("over its war in Ukraine", "talks on a ceasefire") in a story another topic leads: background.
    if (!tally.reported && tally.score < top) continue;
    scores.push({ id: taxonomy.topics[topic]!.id, score: Math.round(tally.score * 100) / 100, evidence: tally.evidence });
  }
  dropBackground(scores, taxonomy);
  return scores.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
