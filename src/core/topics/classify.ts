import type { LanguageCode, TopicScore } from '../types.js';
import { tokenize } from '../text/index.js';
import { compileTaxonomy } from './compile.js';
import { compoundEntriesOf, wordInfo, type Lexicon, type LexiconEntry, type WordInfo } from './lexicon.js';
import type { Taxonomy } from './types.js';

/** A title mention says more about what the article is about than a body mention. */
const TITLE_FACTOR = 2;
/** Repeating a term past this many times adds nothing. */
const MAX_COUNTED_REPEATS = 3;
const MAX_EVIDENCE = 8;

interface Hit {
  entry: LexiconEntry;
  surface: string;
}

interface TopicTally {
  score: number;
  evidence: string[];
  /** The evidence lower-cased, so a term's spellings are listed once. */
  evidenceKeys: Set<string>;
  counts: Map<string, number>;
  inTitle: boolean;
}

type Tallies = Map<number, TopicTally>;

function sentenceBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    // . ! ? newline ;
    if (code === 46 || code === 33 || code === 63 || code === 10 || code === 59) return true;
  }
  return false;
}

function hitsOfSentence(text: string, tokens: ReturnType<typeof tokenize>, infos: WordInfo[], from: number, to: number, lexicon: Lexicon): Hit[] {
  const hits: Hit[] = [];
  for (let i = from; i < to; i += 1) {
    const info = infos[i]!;
    const singles = info.singles;
    let termFound = false;
    if (singles !== undefined) {
      for (const entry of singles) {
        hits.push({ entry, surface: tokens[i]!.raw });
        if (entry.kind === 'term') termFound = true;
      }
    }
    const phrases = info.phrases;
    if (phrases !== undefined)
      for (const phrase of phrases) {
        const end = i + 1 + phrase.rest.length;
        if (end > to) continue;
        let matched = true;
        for (let k = 0; k < phrase.rest.length; k += 1) {
          if (infos[i + 1 + k]!.key !== phrase.rest[k]) {
            matched = false;
            break;
          }
        }
        if (!matched) continue;
        const surface = text.slice(tokens[i]!.start, tokens[end - 1]!.end);
        for (const entry of phrase.entries) {
          hits.push({ entry, surface });
          if (entry.kind === 'term') termFound = true;
        }
      }
    if (!termFound && singles === undefined) {
      for (const entry of compoundEntriesOf(lexicon, info)) hits.push({ entry, surface: tokens[i]!.raw });
    }
  }
  return hits;
}

function tallySentence(hits: Hit[], factor: number, tallies: Tallies): void {
  if (hits.length === 0) return;
  // Most sentences have neither negative nor context words: no sets for them.
  let negative: Set<number> | undefined;
  let context: Set<number> | undefined;
  for (const { entry } of hits) {
    if (entry.kind === 'negative') (negative ??= new Set()).add(entry.topic);
    else if (entry.kind === 'context') (context ??= new Set()).add(entry.topic);
  }
  for (const { entry, surface } of hits) {
    if (entry.kind !== 'term' || negative?.has(entry.topic) === true) continue;
    if (entry.needsContext && (context === undefined || (!context.has(-1) && !context.has(entry.topic)))) continue;
    let tally = tallies.get(entry.topic);
    if (tally === undefined) {
      tally = { score: 0, evidence: [], evidenceKeys: new Set(), counts: new Map(), inTitle: false };
      tallies.set(entry.topic, tally);
    }
    const count = (tally.counts.get(entry.label) ?? 0) + 1;
    tally.counts.set(entry.label, count);
    if (count > MAX_COUNTED_REPEATS) continue;
    tally.score += entry.weight * factor;
    if (factor === TITLE_FACTOR) tally.inTitle = true;
    if (tally.evidence.length < MAX_EVIDENCE) {
      const lowered = surface.toLowerCase();
      if (!tally.evidenceKeys.has(lowered)) {
        tally.evidenceKeys.add(lowered);
        tally.evidence.push(surface);
      }
    }
  }
}

function scan(text: string, factor: number, lexicon: Lexicon, tallies: Tallies): void {
  const tokens = tokenize(text);
  const infos = tokens.map((token) => wordInfo(lexicon, token.text));
  let from = 0;
  for (let i = 1; i <= tokens.length; i += 1) {
    if (i < tokens.length && !sentenceBreakBetween(text, tokens[i - 1]!.end, tokens[i]!.start)) continue;
    tallySentence(hitsOfSentence(text, tokens, infos, from, i, lexicon), factor, tallies);
    from = i;
  }
}

/** One passing mention is not what an article is about: a topic needs a title hit, two terms, or a repeat. */
function isCorroborated(tally: TopicTally): boolean {
  if (tally.inTitle || tally.counts.size >= 2) return true;
  for (const count of tally.counts.values()) if (count >= 2) return true;
  return false;
}

function lexiconsFor(lexicons: Map<LanguageCode, Lexicon>, language: LanguageCode): Lexicon[] {
  const own = lexicons.get(language);
  return own !== undefined ? [own] : [...lexicons.values()];
}

/**
 * Topics of an article, best first, each with the terms that triggered it.
 * Terms match by stem (and inside German compounds); ambiguous terms need
 * political context in their sentence; a topic's negative words (climbers,
 * shareholders, referees, rappers) silence it for that sentence.
 */
export function classifyTopics(input: { title: string; body: string; language: LanguageCode }, taxonomy: Taxonomy): TopicScore[] {
  const compiled = compileTaxonomy(taxonomy);
  const best = new Map<number, TopicTally>();
  for (const lexicon of lexiconsFor(compiled.lexicons, input.language)) {
    const tallies: Tallies = new Map();
    scan(input.title, TITLE_FACTOR, lexicon, tallies);
    scan(input.body, 1, lexicon, tallies);
    for (const [topic, tally] of tallies) {
      const known = best.get(topic);
      if (known === undefined || tally.score > known.score) best.set(topic, tally);
    }
  }
  const scores: TopicScore[] = [];
  for (const [index, tally] of best) {
    const topic = taxonomy.topics[index]!;
    if (tally.score >= topic.threshold && isCorroborated(tally))
      scores.push({ id: topic.id, score: Math.round(tally.score * 100) / 100, evidence: tally.evidence });
  }
  return scores.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
