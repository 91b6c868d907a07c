import type { LanguageCode } from '../types.js';
import { INSTITUTION_NOUN } from './lexicon.js';
import type { People } from './people.js';

/**
 * The fullest form the article gives a name an attribution cut short: "Estado Mayor" → "Estado Mayor Conjunto",
 * "Secretaría" → "Secretaría General Iberoamericana", "Affairs" → "Ministry of Foreign Affairs and Trade",
 * "Pasang Dawa" → "Pasang Dawa Sherpa". A shown fragment is somebody else's key: a wrong speaker.
 */

/** Words that join the parts of one name: "Ministry of Foreign Affairs", "Departamento del Tesoro", "Amt für …". */
const JOINERS = String.raw`(?:of the|of|and|for|de la|de los|de las|del|de|des|du|für|der|y|et)`;
const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{M}’'-]*`;
const RIGHT_JOINED = new RegExp(String.raw`^ ${JOINERS} (${CAPITALISED})`, 'u');
const RIGHT_BARE = new RegExp(String.raw`^ (${CAPITALISED})`, 'u');
const LEFT = new RegExp(String.raw`(?:^|[\s(])(${CAPITALISED})((?: ${JOINERS})?) $`, 'u');
/** Articles and other capitalised words that open a sentence but no name. */
const NO_NAME_WORD = /^(?:the|der|die|das|den|dem|des|le|la|les|el|los|las|l['’].*|un|une|una|a|an|ein|eine)$/iu;
/** A name grows by at most this many words; occurrences looked at per name. */
const MAX_EXTRA_WORDS = 5;
const MAX_OCCURRENCES = 20;

function isWordBoundary(text: string, at: number): boolean {
  return at <= 0 || at >= text.length || !/[\p{L}\p{M}\p{N}]/u.test(text[at]!);
}

/** The name at [start, end) grown to the right over capitalised words and joiners; German capitalises nouns, so there only after a joiner. */
function grownRight(text: string, end: number, language: LanguageCode): { end: number; words: number } {
  let at = end;
  let words = 0;
  while (words < MAX_EXTRA_WORDS) {
    const rest = text.slice(at, at + 80);
    const joined = RIGHT_JOINED.exec(rest);
    const bare = joined === null && language !== 'de' ? RIGHT_BARE.exec(rest) : null;
    const match = joined ?? bare;
    if (match === null || NO_NAME_WORD.test(match[1]!)) break;
    at += match[0].length;
    words += joined !== null ? 2 : 1;
  }
  return { end: at, words };
}

/** Grown to the left up to an institution's head noun ("Ministry of Foreign Affairs"); unchanged when no such head opens it. */
function grownLeft(text: string, start: number): number {
  let at = start;
  let best = start;
  for (let words = 0; words < MAX_EXTRA_WORDS; words += 1) {
    const from = Math.max(0, at - 80);
    const match = LEFT.exec(text.slice(from, at));
    if (match === null || NO_NAME_WORD.test(match[1]!) || /['’]s$/u.test(match[1]!)) break;
    at = from + match.index + match[0].indexOf(match[1]!);
    if (INSTITUTION_NOUN.test(match[1]!.toLowerCase())) best = at;
  }
  return best;
}

/** An institution or a name nobody is known by: its fullest form in the text, else itself. */
export function fullerName(text: string, name: string, language: LanguageCode): string {
  if (name.length < 3 || name !== name.trim()) return name;
  let fullest = name;
  let seen = 0;
  for (let at = text.indexOf(name); at >= 0 && seen < MAX_OCCURRENCES; at = text.indexOf(name, at + 1)) {
    seen += 1;
    const end = at + name.length;
    if (!isWordBoundary(text, at - 1) || !isWordBoundary(text, end)) continue;
    const right = grownRight(text, end, language);
    const start = grownLeft(text, at);
    const grown = text.slice(start, right.end);
    if (grown.length > fullest.length) fullest = grown;
  }
  return fullest;
}

/** "Pasang Dawa" when the article also says "Pasang Dawa Sherpa": the person whose name goes on from this one. */
export function fullerPerson(people: People, name: string): string {
  let fullest = name;
  for (const person of people.persons)
    if (person.name.length > fullest.length && person.name.startsWith(`${fullest} `) && person.name.split(' ').length - name.split(' ').length <= 2)
      fullest = person.name;
  return fullest;
}
