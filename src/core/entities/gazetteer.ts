import { foldDiacritics, tokenize, type Token } from '../text/index.js';
import { GAZETTEER, type GazetteerEntry } from './gazetteer-data.js';

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

function normalizeWord(text: string): string {
  const folded = foldDiacritics(text);
  return folded.endsWith('s') && (folded.endsWith("'s") || folded.endsWith('’s')) ? folded.slice(0, -2) : folded;
}

/** First word → variants starting with it, longest first. Built once at module load. */
const INDEX: Map<string, Variant[]> = (() => {
  const index = new Map<string, Variant[]>();
  for (const entry of GAZETTEER) {
    for (const name of entry.variants) {
      const words = tokenize(name).map((token) => normalizeWord(token.text));
      if (words.length === 0) continue;
      const acronym = name.length <= 5 && name === name.toUpperCase() && /\p{Lu}/u.test(name);
      const list = index.get(words[0]!) ?? [];
      list.push({ words, acronym, entry });
      index.set(words[0]!, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
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

const MIN_CACHED_TOKENS = 32;

/** Look-ups per token list: entity extraction and speaker finding walk the same article tokens. */
const matchCache = new WeakMap<Token[], (GazetteerMatch | null | undefined)[]>();
let lastTokens: Token[] | null = null;
let lastCache: (GazetteerMatch | null | undefined)[] | undefined;

/** The longest gazetteer name starting at token `i`, if any. */
export function matchGazetteerAt(tokens: Token[], i: number): GazetteerMatch | null {
  // A clause of a few words is read once or twice; a WeakMap entry costs more than the look-up.
  if (tokens.length < MIN_CACHED_TOKENS) return lookUp(tokens, i);
  // Callers walk one token list word by word: the list last asked about skips the WeakMap.
  let cache = tokens === lastTokens ? lastCache : matchCache.get(tokens);
  if (cache === undefined) {
    cache = new Array<GazetteerMatch | null | undefined>(tokens.length);
    matchCache.set(tokens, cache);
  }
  lastTokens = tokens;
  lastCache = cache;
  const known = cache[i];
  if (known !== undefined) return known;
  const match = lookUp(tokens, i);
  cache[i] = match;
  return match;
}

/** Lower-case words that can start a gazetteer name ("gouvernement allemand"); other lower-case words need no look-up. */
const LOWER_CASE_STARTS: Set<string> = (() => {
  const starts = new Set<string>();
  for (const entry of GAZETTEER) {
    for (const name of entry.variants) {
      const first = tokenize(name)[0];
      if (first !== undefined && first.raw === first.text) {
        starts.add(first.text);
        starts.add(normalizeWord(first.text));
      }
    }
  }
  return starts;
})();

function lookUp(tokens: Token[], i: number): GazetteerMatch | null {
  const token = tokens[i]!;
  if (token.raw === token.text && !LOWER_CASE_STARTS.has(token.text)) return null;
  const word = normalizeWord(token.text);
  let variants = INDEX.get(word);
  if (variants === undefined && word.length > 3 && word.endsWith('s')) variants = INDEX.get(word.slice(0, -1));
  if (variants === undefined) return null;
  for (const variant of variants) {
    if (variant.acronym && token.raw !== token.raw.toUpperCase()) continue;
    if (!variant.acronym && variant.words.length === 1 && !/\p{Lu}/u.test(token.raw[0] ?? '') && variant.entry.kind !== 'institution') continue;
    let ok = true;
    for (let k = 1; k < variant.words.length; k += 1) {
      const other = tokens[i + k];
      if (other === undefined || normalizeWord(other.text) !== variant.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { entry: variant.entry, first: i, end: i + variant.words.length };
  }
  return null;
}

/** All gazetteer names in a token list, left to right, non-overlapping. */
export function matchGazetteer(tokens: Token[]): GazetteerMatch[] {
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
