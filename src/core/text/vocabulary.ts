/**
 * The shared vocabulary: one Word object per distinct spelling, found by a
 * hash computed while the tokenizer scans, so a known word costs no string
 * allocation and no map look-up. Every analysis stage keeps what it derives
 * from a word (stems, stop-word languages, gazetteer candidates, topic
 * lexicon entries, clustering term ids) on the Word itself: computed once per
 * spelling for the life of the process, not once per occurrence.
 */

/** Languages with a cache slot per word (stems, clustering terms). */
export const SLOT_LANGUAGES = ['de', 'en', 'fr', 'es', 'pt', 'it'] as const;
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
  /** Text stage: Snowball stems, by languageSlot, and their small integer ids. */
  stems: (string | undefined)[] | undefined = undefined;
  stemIds: Int32Array | undefined = undefined;
  stemIdGeneration = -1;
  /** Language stage: bit i set when the word is a stop word of the i-th supported language. */
  stopMask = -1;
  /** Entities stage: gazetteer names that start with this word (null: none). */
  gazetteer: unknown = undefined;
  /** Topics stage: the entries of the lexicon last asked about (one-slot cache; most processes have one taxonomy). */
  topicLexicon: unknown = null;
  topicInfo: unknown = null;
  /** Stories stage: clustering term ids, by languageSlot, for the id generation they were handed out in. */
  termIds: Int32Array | undefined = undefined;
  termGeneration = -1;
  /** Quotes stage: flags the attribution rules derive from the word (speech verb, pronoun, role word, …). */
  quoteFlags = -1;

  constructor(raw: string, hash: number) {
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
  const word = new Word(text.slice(start, end), hash);
  slots[at] = word;
  hashes[at] = hash;
  lengths[at] = length;
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
