import { WordInts, foldDiacritics, type Word } from '../text/index.js';

/**
 * A transliteration-tolerant key for a single name: German and English
 * renderings of Russian and Ukrainian names meet (Peskow/Peskov,
 * Medwedew/Medvedev, Schoigu/Shoigu, Dmitri/Dmitry, Selenskyj/Selensky,
 * Kobachidse/Kobakhidze).
 */
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

export function foldName(word: string): string {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const key = computeKey(word);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, key);
  return key;
}

/** foldName of vocabulary words: the index of the key in `keys`, by word id (a typed-array read instead of a string look-up per name). */
const KEY_SLOTS = new WordInts(-1);
let keys: string[] = [];

/** foldName(word.raw), worked out once per spelling. */
export function foldNameOf(word: Word): string {
  const slot = KEY_SLOTS.get(word.id);
  if (slot >= 0) return keys[slot]!;
  if (keys.length >= MEMO_LIMIT) {
    keys = [];
    KEY_SLOTS.reset();
  }
  const key = foldName(word.raw);
  KEY_SLOTS.set(word.id, keys.length);
  keys.push(key);
  return key;
}

function computeKey(word: string): string {
  let key = foldDiacritics(word)
    .replace(/['’]s$/, '')
    .replace(/[^a-z0-9]/g, '');
  key = key
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/kh/g, 'ch')
    // German doubles an s to keep it voiceless (Beloussow for Belousov).
    .replace(/ss/g, 's')
    .replace(/ow$/, 'ov')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/(?:iy|yy|ii)$/, 'y')
    // Georgian names: German writes "ds" where English and French write "dz" (Geladse/Geladze, Schewardnadse/Shevardnadze).
    .replace(/dse$/, 'dze');
  if (key.length > 4) key = key.replace(/i$/, 'y');
  return key;
}
