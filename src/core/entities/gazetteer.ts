import { WordInts, foldDiacritics, tokenize, type Token, type TokenTable, type Word } from '../text/index.js';
import { GAZETTEER, type GazetteerEntry } from './gazetteer-data.js';
import { CITY_COUNTRIES } from './gazetteer-city-countries.js';

interface Variant {
  words: string[];
  /** Acronyms (US, EU, UN) only match in capitals, so the English "us" is no country. */
  acronym: boolean;
  entry: GazetteerEntry;
}

export interface GazetteerMatch {
  entry: GazetteerEntry;
  /** Token range [first, end). */
  first: number;
  end: number;
}

/** French and Italian elision in front of a name: "l’Élysée", "d’Ankara". */
const ELISION = /^(?:l|d|qu|j|n|s|c|m|t)['’](?=\p{L})/iu;

function normalizeWord(text: string): string {
  const folded = foldDiacritics(text);
  return folded.endsWith('s') && (folded.endsWith("'s") || folded.endsWith('’s')) ? folded.slice(0, -2) : folded;
}

interface Index {
  /** First word → variants starting with it, longest first. */
  variants: Map<string, Variant[]>;
  /** Lower-case words that can start a gazetteer name ("gouvernement allemand"); other lower-case words need no look-up. */
  lowerCaseStarts: Set<string>;
}

/**
 * The variants by first word, built at module load in one pass over the gazetteer (one tokenisation per name).
 * Not on first use: that comes in the middle of a text, and tokenising then may empty a full vocabulary under
 * the text's own words (see beginText).
 */
const INDEX: Index = (() => {
  const variants = new Map<string, Variant[]>();
  const lowerCaseStarts = new Set<string>();
  for (const entry of GAZETTEER) {
    for (const name of entry.variants) {
      const tokens = tokenize(name);
      const first = tokens[0];
      if (first === undefined) continue;
      if (first.raw === first.text) {
        lowerCaseStarts.add(first.text);
        lowerCaseStarts.add(normalizeWord(first.text));
      }
      // An elided word inside a name is compared without its elision, as the text's words are: "Côte d’Ivoire".
      const words = tokens.map((token, k) => normalizeWord(k === 0 ? token.text : token.text.replace(ELISION, '')));
      const acronym = name.length <= 5 && name === name.toUpperCase() && /\p{Lu}/u.test(name);
      const list = variants.get(words[0]!) ?? [];
      list.push({ words, acronym, entry });
      variants.set(words[0]!, list);
    }
  }
  for (const list of variants.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { variants, lowerCaseStarts };
})();

/** The first entry of a key carries its display names. */
const ENTRY_BY_KEY: Map<string, GazetteerEntry> = (() => {
  const byKey = new Map<string, GazetteerEntry>();
  for (const entry of GAZETTEER) if (!byKey.has(entry.key)) byKey.set(entry.key, entry);
  return byKey;
})();

export function gazetteerEntry(key: string): GazetteerEntry | undefined {
  return ENTRY_BY_KEY.get(key);
}

/** The country of a gazetteer city (its key), undefined for any other key. */
export function cityCountry(key: string): string | undefined {
  return Object.hasOwn(CITY_COUNTRIES, key) ? CITY_COUNTRIES[key] : undefined;
}

/** What the gazetteer knows about a spelling, kept on its vocabulary word. */
interface WordGazetteer {
  /** The word as gazetteer names are compared: folded, possessive dropped. */
  key: string;
  /** Variants that can start at this spelling (capitalisation checked), longest first; null when none. */
  variants: Variant[] | null;
}

function gazetteerOf(word: Word): WordGazetteer {
  if (word.gazetteer !== undefined) return word.gazetteer as WordGazetteer;
  const elided = ELISION.test(word.raw);
  const raw = elided ? word.raw.replace(ELISION, '') : word.raw;
  const lower = elided ? raw.toLowerCase() : word.lower;
  const key = normalizeWord(lower);
  let variants: Variant[] | null = null;
  if (raw !== lower || INDEX.lowerCaseStarts.has(lower)) {
    let candidates = INDEX.variants.get(key);
    if (candidates === undefined && key.length > 3 && key.endsWith('s')) candidates = INDEX.variants.get(key.slice(0, -1));
    const fitting = (candidates ?? []).filter(
      (variant) =>
        !(variant.acronym && raw !== raw.toUpperCase()) &&
        !(!variant.acronym && variant.words.length === 1 && !/\p{Lu}/u.test(raw[0] ?? '') && variant.entry.kind !== 'institution'),
    );
    if (fitting.length > 0) variants = fitting;
  }
  const known: WordGazetteer = { key, variants };
  word.gazetteer = known;
  return known;
}

/** The longest gazetteer name starting at token `i` of a token list, if any. */
export function matchGazetteerAt(tokens: readonly Token[], i: number): GazetteerMatch | null {
  const variants = gazetteerOf(tokens[i]!.word).variants;
  if (variants === null) return null;
  for (const variant of variants) {
    let ok = true;
    for (let k = 1; k < variant.words.length; k += 1) {
      const other = tokens[i + k];
      if (other === undefined || gazetteerOf(other.word).key !== variant.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { entry: variant.entry, first: i, end: i + variant.words.length };
  }
  return null;
}

/** Whether a word can start a gazetteer name, by word id: 0 not known yet, 1 no, 2 yes. */
const STARTS = new WordInts(0);

/** The longest gazetteer name starting at token `i` of a token table, if any. */
export function matchGazetteerIn(table: TokenTable, i: number): GazetteerMatch | null {
  const state = STARTS.get(table.ids[i]!);
  if (state === 1) return null;
  const variants = gazetteerOf(table.words[i]!).variants;
  if (state === 0) STARTS.set(table.ids[i]!, variants === null ? 1 : 2);
  if (variants === null) return null;
  for (const variant of variants) {
    let ok = true;
    for (let k = 1; k < variant.words.length; k += 1) {
      const other = table.words[i + k];
      if (other === undefined || gazetteerOf(other).key !== variant.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { entry: variant.entry, first: i, end: i + variant.words.length };
  }
  return null;
}

/**
 * matchGazetteerIn, except that a known full name followed by one more name word is somebody else's longer name:
 * "Pedro Sánchez Molina", a Spanish double surname, is not the prime minister "Pedro Sánchez". `isNameAt` says
 * whether the word at a position is a name word (each caller has its own test, and none in German, which
 * capitalises every noun: "Olaf Scholz Fragen beantwortet"); such a match gives null, so the run is read as an
 * ordinary name.
 */
export function matchGazetteerNameIn(table: TokenTable, i: number, isNameAt: (at: number) => boolean): GazetteerMatch | null {
  const known = matchGazetteerIn(table, i);
  if (known === null || known.entry.kind !== 'person' || known.end - known.first < 2) return known;
  const end = known.end;
  if (end >= table.count || table.gaps[end] !== 0 || !table.words[end]!.capitalized || !isNameAt(end)) return known;
  return matchGazetteerIn(table, end) === null ? null : known;
}

/** All gazetteer names in a token list, left to right, non-overlapping. */
export function matchGazetteer(tokens: readonly Token[]): GazetteerMatch[] {
  const matches: GazetteerMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = matchGazetteerAt(tokens, i);
    if (match === null) {
      i += 1;
      continue;
    }
    matches.push(match);
    i = match.end;
  }
  return matches;
}
