import { createRequire } from 'node:module';
import type { LanguageCode } from '../types.js';
import { STOP_LANGUAGES, stopMaskOfId } from './stopwords.js';
import { tokenTable, type TokenTable } from '../text/index.js';
import { ISO_639_3, LANGUAGES } from '../languages.js';

const FRANC_TO_ISO: Record<string, LanguageCode> = Object.fromEntries(LANGUAGES.map((code) => [ISO_639_3[code], code]));
const FRANC_ONLY = Object.keys(FRANC_TO_ISO);

/** Below this many letters nobody can tell a language reliably. */
const MIN_LETTERS = 20;
const MIN_WORDS = 4;
/** Language is settled by the first part of an article; more text only costs time. */
const SAMPLE_LENGTH = 1200;
/** Trigram scoring is the slow path; a paragraph is enough for it. */
const FRANC_SAMPLE_LENGTH = 600;

const SAMPLE_WORDS = 200;

let loadedFranc: typeof import('franc-min').franc | null = null;
/**
 * franc, loaded on first use: importing it builds trigram tables for 80 languages (about 40 ms of a
 * one-article run), and most articles are settled by the stop-word vote without it.
 */
function franc(): typeof import('franc-min').franc {
  return (loadedFranc ??= (createRequire(import.meta.url)('franc-min') as typeof import('franc-min')).franc);
}

/** Votes per language from stop words that belong to one language only ("de", "la", "que" vote for nobody). */
function stopwordVotes(table: TokenTable, count: number): number[] {
  const votes = STOP_LANGUAGES.map(() => 0);
  for (let i = 0; i < count; i += 1) {
    const mask = stopMaskOfId(table, i);
    // A single bit: the word is a stop word of exactly one language.
    if (mask !== 0 && (mask & (mask - 1)) === 0) votes[31 - Math.clz32(mask)]! += 1;
  }
  return votes;
}

/**
 * Language of a text: a stop-word vote, with franc (trigrams, restricted to
 * the supported languages) deciding when the vote is close. 'und' for text
 * too short or not in a Latin-script language we support.
 */
export function detectLanguage(text: string): LanguageCode {
  return detectLanguageOf(tokenTable(text));
}

/** detectLanguage on a text already tokenised (the article body's table). */
export function detectLanguageOf(table: TokenTable): LanguageCode {
  const sample = table.text.slice(0, SAMPLE_LENGTH);
  const count = Math.min(table.count, SAMPLE_WORDS);
  let letters = 0;
  for (let i = 0; i < count; i += 1) letters += table.ends[i]! - table.starts[i]!;
  if (letters < MIN_LETTERS || count < MIN_WORDS) return 'und';
  let latin = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) latin += 1;
  }
  if (latin < letters / 2) return 'und';
  const votes = stopwordVotes(table, count);
  const ranked = STOP_LANGUAGES.map((language, index) => [language, votes[index]!] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best !== undefined && second !== undefined && best[1] >= 3 && best[1] >= 2 * second[1]) return best[0];
  const guess = FRANC_TO_ISO[franc()(sample.slice(0, FRANC_SAMPLE_LENGTH), { only: FRANC_ONLY, minLength: MIN_LETTERS })];
  if (guess !== undefined) return guess;
  return best !== undefined && best[1] > 0 ? best[0] : 'und';
}
