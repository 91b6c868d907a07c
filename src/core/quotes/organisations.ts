import type { LanguageCode } from '../types.js';
import { isCapitalized, type Token } from '../text/index.js';
import { isAnyStopword } from '../language/index.js';
import { OBJECT_MARKERS, OF_WORDS, ORGANISATION_TAILS, PLACE_PREPOSITIONS } from './lexicon.js';

/**
 * Organisations in an attribution clause: capitalised words ending in an organisation's word ("the Premier League"),
 * and the phrase around an institution noun ("the Japanese Defence Ministry", "Bundesamt für Sicherheit in der
 * Informationstechnik", "ministère chinois du Commerce").
 */

const isStopword = isAnyStopword;

export const DETERMINERS = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einer',
  'einem',
  'eines',
  'am',
  'im',
  'vom',
  'zum',
  'zur',
  'beim',
  'the',
  'a',
  'an',
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'du',
  'el',
  'los',
  'las',
  'una',
  'al',
  'del',
]);

export const DEFINITE_ARTICLES = new Set(['the', 'der', 'die', 'das', 'den', 'dem', 'le', 'la', 'les', 'el', 'los', 'las']);

/** Last words of a paper's name: "the Washington Post said" is rare, "told the Post" common; a paper is no speaking body here. */
const PRESS_TAILS = new Set(['post', 'times', 'journal', 'news', 'tribune', 'herald', 'gazette', 'zeitung']);

/**
 * End of an organisation named by capitalised words ending in an organisation's word, opening the clause or after
 * "the": "the Premier League said", "Labour Party", or i. Not after a preposition ("told the Football League").
 */
export function organisationAt(tokens: Token[], i: number): number {
  const previous = tokens[i - 1];
  if (previous !== undefined && !DEFINITE_ARTICLES.has(previous.text)) return i;
  const before = tokens[i - 2];
  if (
    previous !== undefined &&
    before !== undefined &&
    (OF_WORDS.has(before.text) || PLACE_PREPOSITIONS.has(before.text) || OBJECT_MARKERS.has(before.text) || before.text === 'to')
  )
    return i;
  let end = i;
  while (
    end < tokens.length &&
    end - i < 4 &&
    isCapitalized(tokens[end]!.raw) &&
    !isStopword(tokens[end]!.text) &&
    (end === i || tokens[end]!.start - tokens[end - 1]!.end <= 1)
  )
    end += 1;
  const last = tokens[end - 1];
  if (end - i < 2 || last === undefined || !ORGANISATION_TAILS.has(last.text) || PRESS_TAILS.has(last.text)) return i;
  // "Cambodia's Ministry of National Defence": the name goes on; the institution phrase reads it.
  if (tokens[end] !== undefined && OF_WORDS.has(tokens[end]!.text)) return i;
  return end;
}

/** The institution phrase around token i and the token it starts at ("the Japanese Defence Ministry" starts at "Japanese"). */
export function institutionPhrase(tokens: Token[], i: number, language: LanguageCode): { name: string; from: number } {
  const words = [tokens[i]!.raw];
  let k = i + 1;
  if (tokens[k] !== undefined && /^(?:des|der|of|de|del|du|für|for)$/.test(tokens[k]!.text) && tokens[k + 1] !== undefined) {
    words.push(tokens[k]!.raw);
    k += 1;
    let named = words.length;
    while (tokens[k] !== undefined && words.length < 8) {
      const token = tokens[k]!;
      if (isCapitalized(token.raw) || /^(?:étrangères|exteriores|extérieures)$/.test(token.text)) named = words.length + 1;
      // "Bundesamt für Sicherheit in der Informationstechnik", "Office for Budget and Planning": small words inside the name;
      // "ministère de l'Europe et des Affaires étrangères": so is a capitalised word behind an elided article, when more follows.
      else if ((!/^(?:in|der|und|and|für|for|des|et|y)$/.test(token.text) && !/^[lLdD]['’]\p{Lu}/u.test(token.raw)) || tokens[k + 1] === undefined) break;
      words.push(token.raw);
      k += 1;
    }
    // Back to the last capitalised word; "Ejército de bombardear" keeps only its head, and the words after it are read again.
    k -= words.length - named;
    words.length = named;
    if (words.length === 2) {
      words.pop();
      k -= 1;
    }
  }
  if ((language === 'fr' || language === 'es') && words.length === 1) {
    // "ministère chinois du Commerce", "ministerio español de Defensa": adjectives follow, then the portfolio.
    while (
      tokens[k] !== undefined &&
      words.length < 3 &&
      !isCapitalized(tokens[k]!.raw) &&
      !OF_WORDS.has(tokens[k]!.text) &&
      !isStopword(tokens[k]!.text) &&
      /^\p{L}+$/u.test(tokens[k]!.raw)
    ) {
      words.push(tokens[k]!.raw);
      k += 1;
    }
    if (tokens[k] !== undefined && /^(?:du|de|del|des)$/.test(tokens[k]!.text) && tokens[k + 1] !== undefined && isCapitalized(tokens[k + 1]!.raw)) {
      words.push(tokens[k]!.raw, tokens[k + 1]!.raw);
    }
  }
  if (language === 'en') {
    // "the Russian foreign ministry": adjectives come first in English.
    let j = i - 1;
    const front: string[] = [];
    // "the Seoul Central District Prosecutors' Office", "the Hamburg prosecutor's office": capitalised names go further.
    while (
      j >= 0 &&
      (front.length < 2 || (front.length < 4 && isCapitalized(tokens[j]!.raw))) &&
      !DETERMINERS.has(tokens[j]!.text) &&
      !isStopword(tokens[j]!.text) &&
      /^\p{L}+(?:['’]s)?$/u.test(tokens[j]!.raw) &&
      tokens[j]!.raw.length > 2
    ) {
      front.unshift(tokens[j]!.raw);
      j -= 1;
    }
    words.unshift(...front);
    return { name: words.join(' '), from: i - front.length };
  }
  return { name: words.join(' '), from: i };
}
