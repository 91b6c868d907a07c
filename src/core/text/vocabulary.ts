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
  private data: Int32Array;
  private generation = generation;

  constructor(private readonly empty: number) {
    this.data = new Int32Array(4096).fill(empty);
  }

  get(id: number): number {
    if (this.generation !== generation) this.clear();
    return id < this.data.length ? this.data[id]! : this.empty;
  }

  set(id: number, value: number): void {
    if (this.generation !== generation) this.clear();
    if (id >= this.data.length) {
      const grown = new Int32Array(Math.max(this.data.length * 2, id + 1)).fill(this.empty);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[id] = value;
  }

  /** Forgets every value (the owner's own ids were reset). */
  reset(): void {
    this.clear();
  }

  private clear(): void {
    this.data = new Int32Array(4096).fill(this.empty);
    this.generation = generation;
  }
}

/** The shape of every word (capitalised, all capitals, starting with a digit), by word id. */
export const WORD_SHAPE = new WordInts(0);

const INITIAL_SLOTS = 1 << 16;
/** Open addressing: the words, and beside them their hashes and lengths, so a probe reads two small arrays before any object. */
let slots: (Word | undefined)[] = new Array<Word | undefined>(INITIAL_SLOTS);
let hashes = new Int32Array(INITIAL_SLOTS);
let lengths = new Int32Array(INITIAL_SLOTS);
let mask = INITIAL_SLOTS - 1;
let size = 0;

function place(word: Word): void {
  let at = word.hash & mask;
  while (slots[at] !== undefined) at = (at + 1) & mask;
  slots[at] = word;
  hashes[at] = word.hash;
  lengths[at] = word.raw.length;
}

function reset(capacity: number): void {
  slots = new Array<Word | undefined>(capacity);
  hashes = new Int32Array(capacity);
  lengths = new Int32Array(capacity);
  mask = capacity - 1;
}

function grow(): void {
  const old = slots;
  reset(old.length * 2);
  for (const word of old) if (word !== undefined) place(word);
}

/**
 * Starts a new text: the only moment the vocabulary may be emptied, so the
 * words of one text are always the same objects.
 */
export function beginText(): void {
  if (size < MAX_WORDS) return;
  reset(INITIAL_SLOTS);
  size = 0;
  generation += 1;
}

/** Whether raw equals text[start, start + length): a loop beats startsWith's call overhead for words this short. */
function sameSpelling(raw: string, text: string, start: number, length: number): boolean {
  for (let k = 0; k < length; k += 1) if (raw.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The Word spelled text[start, end), whose hash the caller computed. */
export function internWord(text: string, start: number, end: number, hash: number): Word {
  const length = end - start;
  let at = hash & mask;
  for (;;) {
    const word = slots[at];
    if (word === undefined) break;
    if (hashes[at] === hash && lengths[at] === length && sameSpelling(word.raw, text, start, length)) return word;
    at = (at + 1) & mask;
  }
  const word = new Word(text.slice(start, end), hash, size);
  slots[at] = word;
  hashes[at] = hash;
  lengths[at] = length;
  WORD_SHAPE.set(size, (word.capitalized ? SHAPE_CAPITALIZED : 0) | (word.allCaps ? SHAPE_ALL_CAPS : 0) | (word.startsWithDigit ? SHAPE_DIGIT : 0));
  size += 1;
  if (size * 2 > slots.length) grow();
  return word;
}

/** The Word for a whole string (for terms and names written in tables). */
export function wordOf(raw: string): Word {
  let hash = HASH_SEED;
  for (let i = 0; i < raw.length; i += 1) hash = hashStep(hash, raw.charCodeAt(i));
  return internWord(raw, 0, raw.length, hash);
}
