import { ACRONYM_IN_BRACKETS } from '../entities/index.js';
import type { Quote } from '../types.js';

/**
 * Acronyms an article defines: "Bundesamt für Sicherheit in der
 * Informationstechnik (BSI)", "the Joint Chiefs of Staff (JCS)", "le Parquet
 * national antiterroriste (Pnat)", "Estado Mayor Conjunto (EMC)". A speaker
 * found only as the acronym is then shown by its full name with the acronym
 * after it, "Parquet national antiterroriste (Pnat)": speakerKey keys that on
 * the name, as in articles that never give the acronym, and speakerAliasKey on
 * the acronym, so a search by either finds it. "BSI, the federal cyber agency" defines nothing: the full name
 * must come right before the bracket and spell the acronym.
 */

/** The one shape of an acronym for both look-ups below, and for speakerKey's reading of a name shown with one. */
const ACRONYM = ACRONYM_IN_BRACKETS;
const BRACKETED = new RegExp(ACRONYM, 'gu');
/** The bracket right after a name, "Instituto Nacional de Ciberseguridad (INCIBE)": within a clause, past no other bracket or quote mark. */
const AFTER_NAME = new RegExp(String.raw`^[^.;:!?()«»“”"„]{0,60}?${ACRONYM}`, 'u');
/** How far after a name acronymAfter looks, in characters. */
const AFTER_NAME_CHARS = 80;
/** Where a name stops going back from the bracket: a sentence or clause boundary, a quote mark, another bracket. */
const NAME_BOUNDARY = /[.,;:!?«»"“”„()\n]/u;
/** How far back the full name may start (in characters and words): names, not clauses. */
const MAX_NAME_CHARS = 90;
const MAX_NAME_WORDS = 9;
/** More definitions than this in one text is no article: stop (keeps hostile input bounded). */
const MAX_DEFINITIONS = 50;

/** Lower-cased acronym → the full name the text gives it. */
export function definedAcronyms(text: string): Map<string, string> {
  const defined = new Map<string, string>();
  BRACKETED.lastIndex = 0;
  for (let match = BRACKETED.exec(text); match !== null && defined.size < MAX_DEFINITIONS; match = BRACKETED.exec(text)) {
    const acronym = match[1]!;
    const full = fullNameBefore(text.slice(Math.max(0, match.index - MAX_NAME_CHARS), match.index), acronym);
    if (full !== null && !defined.has(acronym.toLowerCase())) defined.set(acronym.toLowerCase(), full);
  }
  return defined;
}

/**
 * The acronym the text gives a name right after it ("Instituto Nacional de Ciberseguridad (INCIBE)", "le Parquet
 * national antiterroriste (Pnat)"), from the name's end offset; undefined when there is none.
 */
export function acronymAfter(text: string, end: number): string | undefined {
  const acronym = AFTER_NAME.exec(text.slice(end, end + AFTER_NAME_CHARS))?.[1];
  return acronym !== undefined && acronymShape(acronym) ? acronym : undefined;
}

/** An acronym in capitals with at least two of them, or a capitalised one ("Pnat") of up to five letters. */
function acronymShape(acronym: string): boolean {
  return acronym.replace(/[^\p{Lu}]/gu, '').length >= 2 || acronym.length <= 5;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** The words right before a bracket that spell the acronym, nearest start first; null when none do. */
function fullNameBefore(before: string, acronym: string): string | null {
  if (!acronymShape(acronym)) return null;
  let boundary = -1;
  for (let i = before.length - 1; i >= 0; i -= 1)
    if (NAME_BOUNDARY.test(before[i]!)) {
      boundary = i;
      break;
    }
  const segment = before.slice(boundary + 1).trimEnd();
  // "l'Office", "de l'informatique": an elided article is no word of its own, and no part of the name's start.
  const found = [...segment.matchAll(/\S+/gu)].map((match) => {
    const elided = /^[lLdD]['’](?=\p{L})/u.test(match[0]) ? 2 : 0;
    return { word: match[0].slice(elided), at: match.index + elided };
  });
  const words = found.map((item) => item.word);
  const letters = acronym.toLowerCase();
  const first = Math.max(0, words.length - MAX_NAME_WORDS);
  for (let start = words.length - 2; start >= first; start -= 1) {
    const head = words[start]!;
    if (!isCapitalised(head) || head[0]!.toLowerCase() !== letters[0]) continue;
    if (spells(words.slice(start), letters)) return segment.slice(found[start]!.at);
  }
  return null;
}

/**
 * Whether the words spell the letters in order: every capitalised word gives
 * the next letter by its initial, a lower-case word may give its initial or
 * nothing ("für", "of", "de"), and a word may give more letters from inside
 * after its initial ("Ciberseguridad" → "CIBE" of INCIBE). The last word ends
 * the acronym. A table of reachable positions: words × letters, both small.
 */
function spells(words: readonly string[], letters: string): boolean {
  // reachable[j]: the first j letters are spelled by the words so far.
  let reachable = new Array<boolean>(letters.length + 1).fill(false);
  reachable[0] = true;
  for (const [index, raw] of words.entries()) {
    const word = raw.toLowerCase().replace(/[^\p{L}0-9]/gu, '');
    const next = new Array<boolean>(letters.length + 1).fill(false);
    const last = index === words.length - 1;
    for (let j = 0; j < letters.length; j += 1) {
      if (!reachable[j]) continue;
      // A lower-case word may be skipped; the last word and capitalised ones may not.
      if (!isCapitalised(raw) && !last) next[j] = true;
      if (word[0] !== letters[j]) continue;
      // The initial, then more letters from inside the word in order.
      let k = j + 1;
      next[k] = true;
      for (let at = 1; at < word.length && k < letters.length; at += 1)
        if (word[at] === letters[k]) {
          k += 1;
          next[k] = true;
        }
    }
    if (!isCapitalised(raw) && !last && reachable[letters.length]) next[letters.length] = true;
    reachable = next;
  }
  return reachable[letters.length] === true;
}

/** Quotes whose speaker is an acronym the text defines, shown by the full name with the acronym after it. */
export function withFullNames(quotes: Quote[], text: string): Quote[] {
  if (!quotes.some((quote) => quote.speaker !== null && !quote.speaker.includes(' '))) return quotes;
  const defined = definedAcronyms(text);
  if (defined.size === 0) return quotes;
  return quotes.map((quote) => {
    const full = quote.speaker === null ? undefined : defined.get(quote.speaker.toLowerCase());
    return full === undefined ? quote : { ...quote, speaker: `${full} (${quote.speaker})` };
  });
}
