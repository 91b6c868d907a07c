import { LANGUAGES, NEIGHBOUR_LANGUAGES } from '../languages.js';
/**
 * The shared vocabulary: one Word object per distinct spelling, found by a
 * hash computed while the tokenizer scans, so a known word costs no string
 * allocation and no map look-up. Every analysis stage keeps what it derives
 * from a word (stems, stop-word languages, gazetteer candidates, topic
 * lexicon entries, clustering term ids) on the Word itself: computed once per
 * spelling for the life of the process, not once per occurrence.
 */

/** Languages with a cache slot per word (stems, clustering terms). */
export const SLOT_LANGUAGES = [...LANGUAGES, ...NEIGHBOUR_LANGUAGES] as const;
const SLOT_INDEX: Record<string, number> = Object.fromEntries(SLOT_LANGUAGES.map((language, index) => [language, index]));

/** Index of a language's cache slot, or -1 for a language without one. */
export function languageSlot(language: string): number {
  return SLOT_INDEX[language] ?? -1;
}

function upperFirst(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = raw[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

export class Word {
  /** Dense index of the word in the vocabulary, for per-word values kept in typed arrays (see WordInts). */
  readonly id: number;
  readonly raw: string;
  /** Lower-cased surface form. */
  readonly lower: string;
  readonly hash: number;
  /** Starts with an upper-case letter. */
  readonly capitalized: boolean;
  /** Has a letter and no lower-case one: "NATO", "EU", "G20". */
  readonly allCaps: boolean;
  readonly startsWithDigit: boolean;
  /** Text stage: lower case without diacritics. */
  folded: string | undefined = undefined;
  /** Text stage: Snowball stems, by languageSlot. */
  stems: (string | undefined)[] | undefined = undefined;
  /** Entities stage: gazetteer names that start with this word (null: none). */
  gazetteer: unknown = undefined;
  /** Topics stage: the entries of the lexicon last asked about (one-slot cache; most processes have one taxonomy). */
  topicLexicon: unknown = null;
  topicInfo: unknown = null;
  /** Stories stage: clustering term ids, by languageSlot, for the id generation they were handed out in. */
  termIds: Int32Array | undefined = undefined;
  termGeneration = -1;

  constructor(raw: string, hash: number, id: number) {
    this.id = id;
    this.raw = raw;
    this.hash = hash;
    this.lower = raw.toLowerCase();
    this.capitalized = upperFirst(raw);
    this.allCaps = this.lower !== raw && raw.toUpperCase() === raw;
    const first = raw.charCodeAt(0);
    this.startsWithDigit = first >= 48 && first <= 57;
  }
}

/** The hash the tokenizer computes while scanning: FNV-1a over UTF-16 code units. */
export const HASH_SEED = 0x811c9dc5;
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}

/** Bounds the vocabulary: hostile input (random letters) must not grow it without end. */
const MAX_WORDS = 400_000;

/** Bumped when the vocabulary is emptied: word ids start again, and every WordInts forgets its values. */
let generation = 0;

/** Bits of WORD_SHAPE, set when a word is first seen. */
export const SHAPE_CAPITALIZED = 1;
export const SHAPE_ALL_CAPS = 2;
export const SHAPE_DIGIT = 4;

/**
 * Per-word integers in a typed array indexed by word id. A pass over an
 * article reads these compact arrays instead of one object per token, which
 * keeps it in cache: the difference between a few and a few hundred
 * nanoseconds per token once other work has filled the cache.
 */
export class WordInts {
  /**
   * Each value XOR `empty`, so a fresh (zeroed) array holds `empty` everywhere
   * without a fill: filling a large typed array with a non-zero value costs
   * milliseconds at start-up, where it runs unoptimised.
   */
  private data: Int32Array;
  private generation = generation;

  constructor(private readonly empty: number) {
    this.data = new Int32Array(4096);
  }

  get(id: number): number {
    if (this.generation !== generation) this.clear();
    return id < this.data.length ? this.data[id]! ^ this.empty : this.empty;
  }

  set(id: number, value: number): void {
    if (this.generation !== generation) this.clear();
    if (id >= this.data.length) {
      const grown = new Int32Array(Math.max(this.data.length * 2, id + 1));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[id] = value ^ this.empty;
  }

  /** Forgets every value (the owner's own ids were reset). */
  reset(): void {
    this.clear();
  }

  private clear(): void {
    this.data = new Int32Array(4096);
    this.generation = generation;
  }
}

/** The shape of every word (capitalised, all capitals, starting with a digit), by word id. */
export const WORD_SHAPE = new WordInts(0);

const INITIAL_SLOTS = 1 << 16;
/**
 * Open addressing in one typed array, four integers a slot (hash, length, word
 * id + 1 or 0 for a free slot, offset of the spelling in the character pool), so a probe reads
 * one cache line and the pool, never a Word object or a string. Free is 0 so a new table needs no fill.
 */
const STRIDE = 4;
let slots = new Int32Array(INITIAL_SLOTS * STRIDE);
let mask = INITIAL_SLOTS - 1;
/** Every spelling's UTF-16 code units, one after another. */
let pool = new Uint16Array(1 << 18);
let poolLength = 0;
/** Bounds the pool as MAX_WORDS bounds the words: hostile input of long random words. */
const MAX_POOL = 1 << 24;
let byId: Word[] = [];
let size = 0;

function place(hash: number, length: number, id: number, offset: number): void {
  let at = hash & mask;
  while (slots[at * STRIDE + 2]! !== 0) at = (at + 1) & mask;
  const base = at * STRIDE;
  slots[base] = hash;
  slots[base + 1] = length;
  slots[base + 2] = id + 1;
  slots[base + 3] = offset;
}

function grow(): void {
  const old = slots;
  slots = new Int32Array(old.length * 2);
  mask = (old.length / STRIDE) * 2 - 1;
  for (let base = 0; base < old.length; base += STRIDE) if (old[base + 2]! !== 0) place(old[base]!, old[base + 1]!, old[base + 2]! - 1, old[base + 3]!);
}

/**
 * Starts a new text: the only moment the vocabulary may be emptied, so the
 * words of one text are always the same objects.
 */
export function beginText(): void {
  if (size < MAX_WORDS && poolLength < MAX_POOL) return;
  slots = new Int32Array(INITIAL_SLOTS * STRIDE);
  mask = INITIAL_SLOTS - 1;
  pool = new Uint16Array(1 << 18);
  poolLength = 0;
  byId = [];
  size = 0;
  generation += 1;
}

function remember(text: string, start: number, length: number): number {
  if (poolLength + length > pool.length) {
    const grown = new Uint16Array(Math.max(pool.length * 2, poolLength + length));
    grown.set(pool);
    pool = grown;
  }
  const offset = poolLength;
  for (let k = 0; k < length; k += 1) pool[offset + k] = text.charCodeAt(start + k);
  poolLength += length;
  return offset;
}

/** The id of the word spelled text[start, end), whose hash the caller computed; a new spelling becomes a Word. */
export function internId(text: string, start: number, end: number, hash: number): number {
  const length = end - start;
  let at = hash & mask;
  for (;;) {
    const base = at * STRIDE;
    const stored = slots[base + 2]!;
    if (stored === 0) break;
    if (slots[base] === hash && slots[base + 1] === length) {
      const offset = slots[base + 3]!;
      let k = 0;
      while (k < length && pool[offset + k] === text.charCodeAt(start + k)) k += 1;
      if (k === length) return stored - 1;
    }
    at = (at + 1) & mask;
  }
  const id = size;
  const word = new Word(text.slice(start, end), hash, id);
  byId.push(word);
  place(hash, length, id, remember(text, start, length));
  WORD_SHAPE.set(id, (word.capitalized ? SHAPE_CAPITALIZED : 0) | (word.allCaps ? SHAPE_ALL_CAPS : 0) | (word.startsWithDigit ? SHAPE_DIGIT : 0));
  size += 1;
  if (size * 2 > mask + 1) grow();
  return id;
}

/** The Word with this id (an id internId returned since the last reset). */
export function wordById(id: number): Word {
  return byId[id]!;
}

/** The Word spelled text[start, end), whose hash the caller computed. */
export function internWord(text: string, start: number, end: number, hash: number): Word {
  return byId[internId(text, start, end, hash)]!;
}

/** The Word for a whole string (for terms and names written in tables). */
export function wordOf(raw: string): Word {
  let hash = HASH_SEED;
  for (let i = 0; i < raw.length; i += 1) hash = hashStep(hash, raw.charCodeAt(i));
  return internWord(raw, 0, raw.length, hash);
}
