import type { LanguageCode } from '../types.js';
import { WordInts, stemOf, tokenize, wordOf, type Word } from '../text/index.js';

/** What a matched word or phrase means for one topic. */
export type EntryKind = 'term' | 'negative' | 'context' | 'frame' | 'cue' | 'history' | 'agenda';

export interface LexiconEntry {
  kind: EntryKind;
  /** Index of the topic in the taxonomy; -1 for shared political context. */
  topic: number;
  weight: number;
  /** Counts only with context words in the same sentence (an ambiguous term: "Gipfel", "truce"). */
  needsContext: boolean;
  /** With needsContext: how many of the topic's own context words the sentence needs (0: shared political context is enough). */
  ownContext: number;
  /** The term names the topic's setting (TopicTerm.setting). */
  setting: boolean;
  /** Counts only with a cue word of its topic in the same sentence (TopicTerm.needsCue). */
  needsCue: boolean;
  /** How the term is written in the taxonomy. */
  label: string;
}

export interface PhraseEntry {
  rest: string[];
  entries: LexiconEntry[];
}

/** All terms of one language, keyed by stems, ready for a single pass over an article. */
export interface Lexicon {
  language: LanguageCode;
  singles: Map<string, LexiconEntry[]>;
  phrases: Map<string, PhraseEntry[]>;
  /** Stems that may be a part of a German compound ("gipfel" in "Gipfelgespräch"). */
  compoundParts: Map<string, LexiconEntry[]>;
  /** Memo of compound look-ups per token (news vocabulary repeats). */
  compoundMemo: Map<string, LexiconEntry[]>;
  /** Memo of everything the classifier asks about a word: one map look-up per token in the hot loop. */
  wordMemo: Map<string, WordInfo>;
  /** By word id: 0 not known yet, 1 the word matters to no entry (most words: skipped without reading it), 2 it does. */
  quiet: WordInts;
}

/** A word's match key with its single-word entries, the phrases it starts and (filled on first use) its compound entries. */
export interface WordInfo {
  key: string;
  singles: LexiconEntry[] | undefined;
  phrases: PhraseEntry[] | undefined;
  compound: LexiconEntry[] | undefined;
}

const ELISION = /^(?:l|d|j|qu|n|s|c|m|t|lorsqu|jusqu|puisqu)['’]/;
const POSSESSIVE = /['’]s?$/;
const COMPOUND_LANGUAGES = new Set<LanguageCode>(['de']);
const MIN_COMPOUND_PART = 4;

/** A term written "=word" matches that word form only, not its stem ("=importations", whose stem is also "important"'s). */
const EXACT = '=';

function bareForm(lower: string): string {
  return lower.includes('’') || lower.includes("'") ? lower.replace(ELISION, '').replace(POSSESSIVE, '') : lower;
}

/** The key a word is matched under: elision and possessive dropped, Snowball stem, folded. */
export function matchKey(word: Word, language: LanguageCode): string {
  const lower = word.lower;
  if (!lower.includes('’') && !lower.includes("'")) return stemOf(word, language);
  const bare = lower.replace(ELISION, '').replace(POSSESSIVE, '');
  return bare === '' ? '' : stemOf(wordOf(bare), language);
}

/**
 * What the lexicon holds for a word, kept on the word for the lexicon last
 * asked about (one taxonomy per process is the rule), else in the lexicon's
 * memo. The lexicon must not change after the first call (compileTaxonomy builds it whole).
 */
export function wordInfo(lexicon: Lexicon, word: Word): WordInfo {
  if (word.topicLexicon === lexicon) return word.topicInfo as WordInfo;
  let info = lexicon.wordMemo.get(word.lower);
  if (info === undefined) {
    const key = matchKey(word, lexicon.language);
    const stemmed = lexicon.singles.get(key);
    const exact = lexicon.singles.get(EXACT + bareForm(word.lower));
    const singles = exact === undefined ? stemmed : stemmed === undefined ? exact : mergeExact(stemmed, exact);
    info = { key, singles, phrases: lexicon.phrases.get(key), compound: undefined };
    if (lexicon.wordMemo.size >= MEMO_LIMIT) lexicon.wordMemo.clear();
    lexicon.wordMemo.set(word.lower, info);
  }
  word.topicLexicon = lexicon;
  word.topicInfo = info;
  return info;
}

/** A word's stemmed and as-written entries; as written wins for the same topic and kind ("Botschafter" over "Botschaft"'s stem). */
function mergeExact(stemmed: LexiconEntry[], exact: LexiconEntry[]): LexiconEntry[] {
  return [...stemmed.filter((entry) => !exact.some((other) => other.kind === entry.kind && other.topic === entry.topic)), ...exact];
}

/** compoundEntries for a word, kept on its WordInfo. */
export function compoundEntriesOf(lexicon: Lexicon, info: WordInfo): LexiconEntry[] {
  return (info.compound ??= compoundEntries(lexicon, info.key));
}

export function phraseKeys(text: string, language: LanguageCode): string[] {
  return tokenize(text)
    .map((token) => matchKey(token.word, language))
    .filter((key) => key !== '');
}

export function createLexicon(language: LanguageCode): Lexicon {
  return { language, singles: new Map(), phrases: new Map(), compoundParts: new Map(), compoundMemo: new Map(), wordMemo: new Map(), quiet: new WordInts(0) };
}

/** Two terms of a topic with the same stem ("diplomatisch", "Diplomaten") are one term, with the larger weight. */
function pushTo<K>(map: Map<K, LexiconEntry[]>, key: K, value: LexiconEntry): void {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [value]);
    return;
  }
  const same = list.findIndex((entry) => entry.kind === value.kind && entry.topic === value.topic);
  if (same < 0) list.push(value);
  else if (value.weight > list[same]!.weight) list[same] = value;
}

export function addToLexicon(lexicon: Lexicon, text: string, entry: LexiconEntry): void {
  if (text.startsWith(EXACT)) {
    pushTo(lexicon.singles, EXACT + bareForm(text.slice(EXACT.length).trim().toLowerCase()), entry);
    return;
  }
  const keys = phraseKeys(text, lexicon.language);
  if (keys.length === 0) return;
  if (keys.length === 1) {
    const key = keys[0]!;
    pushTo(lexicon.singles, key, entry);
    if (COMPOUND_LANGUAGES.has(lexicon.language) && key.length >= MIN_COMPOUND_PART && (entry.kind === 'term' || entry.kind === 'negative'))
      pushTo(lexicon.compoundParts, key, entry);
    return;
  }
  const [first, ...rest] = keys;
  const list = lexicon.phrases.get(first!) ?? [];
  const existing = list.find((phrase) => phrase.rest.join(' ') === rest.join(' '));
  if (existing === undefined) list.push({ rest, entries: [entry] });
  else {
    const same = existing.entries.findIndex((known) => known.kind === entry.kind && known.topic === entry.topic);
    if (same < 0) existing.entries.push(entry);
    else if (entry.weight > existing.entries[same]!.weight) existing.entries[same] = entry;
  }
  lexicon.phrases.set(first!, list);
}

const MEMO_LIMIT = 50_000;

/**
 * Topic terms inside a German compound: a term stem as the head
 * ("Abrüstungsgespräche") or the tail ("Atomwaffenprogramm" ← "Waffenprogramm"),
 * with at least three letters left over so short words are not cut up.
 */
export function compoundEntries(lexicon: Lexicon, key: string): LexiconEntry[] {
  if (!COMPOUND_LANGUAGES.has(lexicon.language) || key.length < MIN_COMPOUND_PART + 3) return [];
  const known = lexicon.compoundMemo.get(key);
  if (known !== undefined) return known;
  const found: LexiconEntry[] = [];
  for (let length = key.length - 3; length >= MIN_COMPOUND_PART; length -= 1) {
    const entries = lexicon.compoundParts.get(key.slice(0, length));
    if (entries !== undefined) {
      found.push(...entries);
      break;
    }
  }
  for (let start = 3; start <= key.length - (MIN_COMPOUND_PART + 1); start += 1) {
    const entries = lexicon.compoundParts.get(key.slice(start));
    if (entries !== undefined) {
      found.push(...entries);
      break;
    }
  }
  const strongest = strongestPerTopic(found);
  if (lexicon.compoundMemo.size >= MEMO_LIMIT) lexicon.compoundMemo.clear();
  lexicon.compoundMemo.set(key, strongest);
  return strongest;
}

/** A compound counts once per topic and kind, with its strongest part. */
function strongestPerTopic(entries: LexiconEntry[]): LexiconEntry[] {
  const best = new Map<string, LexiconEntry>();
  for (const entry of entries) {
    const slot = `${entry.kind}:${entry.topic}`;
    const current = best.get(slot);
    if (current === undefined || entry.weight > current.weight) best.set(slot, entry);
  }
  return [...best.values()];
}
