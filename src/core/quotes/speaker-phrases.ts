import type { LanguageCode } from '../types.js';
import { isCapitalized, type Token } from '../text/index.js';
import { isAnyStopword } from '../language/index.js';
import { matchGazetteerAt } from '../entities/index.js';
import { NAME_PARTICLES, NEVER_NAMES, OF_WORDS, ORGANISATION_TAILS, PLACE_PREPOSITIONS, ROLE_WORDS, SPEECH_VERBS, TITLE_WORDS } from './lexicon.js';
import { GERMAN_ADJECTIVE, GERMAN_POSSESSIVE, GERMAN_PREPOSITIONS, hasGermanRoleSuffix, isRegnalNumber, organisationWord } from './name-words.js';
import { DEFINITE_ARTICLES, DETERMINERS } from './organisations.js';
import { roleOfWord } from './roles.js';
import { titleBeforeGivenName } from './names.js';

/**
 * The phrases parseSpeaker reads at a token: a role with the organisation it speaks for ("Sprecher des Roten Kreuzes",
 * "the head of the U.S. delegation") and a person's name ("Juan Ramón de la Fuente", titles dropped).
 */

const isStopword = isAnyStopword;

export const INDEFINITE_ARTICLES: Record<string, ReadonlySet<string>> = {
  de: new Set(['ein', 'eine', 'einer']),
  en: new Set(['a', 'an']),
  fr: new Set(['un', 'une']),
  es: new Set(['un', 'una', 'uno']),
};

/** Nouns for a person acting for an organisation, besides ROLE_WORDS: "the head of the delegation", "le porte-parole du ministère". */
const ROLE_HEADS = new Set([
  'head',
  'chief',
  'representative',
  'envoy',
  'director',
  'chairman',
  'chairwoman',
  'secretary',
  'ambassador',
  'negotiator',
  'leiter',
  'leiterin',
  'vertreter',
  'vertreterin',
  'chef',
  'chefin',
  'gesandte',
  'gesandter',
  'responsable',
  'représentant',
  'représentante',
  'directeur',
  'directrice',
  'ambassadeur',
  'ambassadrice',
  'négociateur',
  'jefe',
  'jefa',
  'cheffe',
  'representante',
  'directora',
  'embajador',
  'embajadora',
  'secretario',
  'secretaria',
  'vocero',
  'vocera',
  'negociador',
]);
/** Words that open the organisation a role belongs to: "of", "for", genitive "des"/"der", "du", "de", "del". */
const ROLE_OF_WORDS = new Set(['of', 'for', 'des', 'der', 'du', 'de', 'del']);
const ROLE_OBJECT_DETERMINERS = new Set(['the', 'la', 'los', 'las', 'le', 'les', 'el']);
const MAX_ROLE_OBJECT_WORDS = 5;
/** Lower-case German words inside a genitive organisation are declined adjectives ("des russischen Außenministeriums"). */

/** End of the role noun at token i ("Sprecher", "porte-parole"), or -1. */
function roleHeadEnd(tokens: Token[], i: number, language: LanguageCode): number {
  const token = tokens[i]!;
  if (token.text === 'porte' && tokens[i + 1]?.text === 'parole' && tokens[i + 1]!.start === token.end + 1) return i + 2;
  return isRoleWord(token, language) || ROLE_HEADS.has(token.text) || isFormerRole(token.text, language) ? i + 1 : -1;
}

/** "exjefe", "ex-ministre", "Ex-Kanzler", "ex-president": a former holder of an office is described by it too. */
function isFormerRole(word: string, language: LanguageCode): boolean {
  if (!word.startsWith('ex') || word.length <= 5) return false;
  const office = word.slice(word[2] === '-' ? 3 : 2);
  return ROLE_WORDS.has(office) || ROLE_HEADS.has(office) || roleOfWord(office, language) !== null;
}

/** Whether the gap between two tokens is only spaces, hyphens and the dots of an acronym ("U.S."). */
function joined(source: string | undefined, tokens: Token[], k: number): boolean {
  const gap = source === undefined ? ' ' : source.slice(tokens[k - 1]!.end, tokens[k]!.start);
  return /^[\s.-]*$/.test(gap) && gap.length <= 2;
}

/**
 * A role noun with the organisation it speaks for, starting at token i:
 * "ein Sprecher des Roten Kreuzes" → "Sprecher des Roten Kreuzes", "the head of
 * the U.S. delegation" → "the head of the U.S. delegation". An indefinite article
 * is dropped, a definite one kept. Null when no organisation follows the role.
 */
export function rolePhraseAt(tokens: Token[], i: number, language: LanguageCode, source: string | undefined): { name: string; end: number } | null {
  const headEnd = roleHeadEnd(tokens, i, language);
  if (headEnd < 0 || tokens[headEnd] === undefined || !ROLE_OF_WORDS.has(tokens[headEnd]!.text) || !joined(source, tokens, headEnd)) return null;
  let k = headEnd + 1;
  if (tokens[k] !== undefined && ROLE_OBJECT_DETERMINERS.has(tokens[k]!.text) && joined(source, tokens, k)) k += 1;
  const objectStart = k;
  let lastCapitalised = -1;
  let sawLowerNoun = false;
  while (k < tokens.length && k - objectStart < MAX_ROLE_OBJECT_WORDS && joined(source, tokens, k)) {
    const token = tokens[k]!;
    const capitalised = isCapitalized(token.raw);
    if (NEVER_NAMES.has(token.text) || (SPEECH_VERBS[language]?.has(token.text) ?? false) || !/^[\p{L}\p{N}]/u.test(token.raw)) break;
    if (capitalised && !isStopword(token.text) && !sawLowerNoun && matchGazetteerAt(tokens, k)?.entry.kind !== 'person') {
      lastCapitalised = k;
      k += 1;
      continue;
    }
    // "ministère chinois du Commerce", "Gobierno de España": a nested organisation.
    if (
      k > objectStart &&
      OF_WORDS.has(token.text) &&
      tokens[k + 1] !== undefined &&
      isCapitalized(tokens[k + 1]!.raw) &&
      !isStopword(tokens[k + 1]!.text) &&
      joined(source, tokens, k + 1)
    ) {
      lastCapitalised = k + 1;
      k += 2;
      continue;
    }
    if (capitalised || isStopword(token.text) || !/^\p{L}+$/u.test(token.raw)) break;
    if (language === 'de' ? !GERMAN_ADJECTIVE.test(token.text) : /(?:ed|ing)$/.test(token.text) && k > objectStart) break;
    if (language !== 'de') sawLowerNoun = true;
    k += 1;
  }
  // German organisations end in a capitalised noun; trailing lower-case words are the sentence going on.
  const end = language === 'de' ? lastCapitalised + 1 : k;
  if (end <= objectStart) return null;
  let from = i;
  let article: Token | null = null;
  for (let j = i - 1; j >= 0 && i - j <= 3; j -= 1) {
    const word = tokens[j]!.text;
    if (DEFINITE_ARTICLES.has(word) || (INDEFINITE_ARTICLES[language]?.has(word) ?? false)) {
      article = tokens[j]!;
      if (DEFINITE_ARTICLES.has(word)) from = j;
      break;
    }
    // "a senior spokesman", "der stellvertretende Sprecher": adjectives in front of the role.
    if (isCapitalized(tokens[j]!.raw) || isStopword(word) || !/^\p{L}+$/u.test(tokens[j]!.raw)) break;
    from = j;
  }
  if (article === null) from = i;
  let name = spanText(tokens, from, end, source);
  // The dot of a final abbreviation ("… of the U.S.") belongs to it.
  if (source !== undefined && tokens[end - 1]!.raw.length === 1 && source[tokens[end - 1]!.end] === '.') name += '.';
  if (from < i && DEFINITE_ARTICLES.has(tokens[from]!.text)) name = tokens[from]!.text + name.slice(tokens[from]!.raw.length);
  return { name, end };
}

export function isTitleWord(token: Token, language: LanguageCode): boolean {
  if (TITLE_WORDS.has(token.text) || roleOfWord(token.text, language) !== null) return true;
  return language === 'de' && hasGermanRoleSuffix(token.word);
}

function isRoleWord(token: Token, language: LanguageCode): boolean {
  return ROLE_WORDS.has(token.text) || (language === 'de' && hasGermanRoleSuffix(token.word));
}

/** A person name starting at token i: capitalised words and particles, titles dropped. Returns [first, end) or null. */
export function personAt(tokens: Token[], i: number, language: LanguageCode): [number, number] | null {
  const token = tokens[i]!;
  if (!isCapitalized(token.raw) || token.raw.length < 2 || token.word.allCaps) return null;
  if (isStopword(token.text) || NEVER_NAMES.has(token.text) || isTitleWord(token, language)) return null;
  const previous = tokens[i - 1];
  if (
    previous !== undefined &&
    (OF_WORDS.has(previous.text) ||
      PLACE_PREPOSITIONS.has(previous.text) ||
      (language === 'de' && (DETERMINERS.has(previous.text) || GERMAN_POSSESSIVE.test(previous.text))))
  )
    return null;
  // "de la Cámara", "in the Guardian": an article after a preposition opens a place or an organisation.
  const beforeArticle = tokens[i - 2];
  if (
    previous !== undefined &&
    DETERMINERS.has(previous.text) &&
    beforeArticle !== undefined &&
    (OF_WORDS.has(beforeArticle.text) || PLACE_PREPOSITIONS.has(beforeArticle.text))
  )
    return null;
  // "die neue Taktik", "unter großem Beifall": in German a capitalised word after a declined adjective after an article,
  // a possessive or a preposition is a noun.
  if (
    language === 'de' &&
    previous !== undefined &&
    beforeArticle !== undefined &&
    (DETERMINERS.has(beforeArticle.text) || GERMAN_POSSESSIVE.test(beforeArticle.text) || GERMAN_PREPOSITIONS.has(beforeArticle.text)) &&
    !isCapitalized(previous.raw) &&
    GERMAN_ADJECTIVE.test(previous.text) &&
    // "von der Leyen": an article or a name particle is no adjective.
    !DETERMINERS.has(previous.text) &&
    !NAME_PARTICLES.has(previous.text)
  )
    return null;
  // "der 24-Jährige": a nominalised number, not a name.
  if (previous !== undefined && /^\d+$/.test(previous.text) && token.start - previous.end === 1) return null;
  let end = i + 1;
  while (end < tokens.length && end - i < 6) {
    const next = tokens[end]!;
    if (next.start - tokens[end - 1]!.end > 1) break;
    if (isCapitalized(next.raw) && !next.word.allCaps && !NEVER_NAMES.has(next.text) && !isStopword(next.text) && !isTitleWord(next, language)) {
      end += 1;
      continue;
    }
    // "Felipe VI": a regnal number ends the name.
    if (isRegnalNumber(next.raw)) {
      end += 1;
      break;
    }
    // "Juan Ramón de la Fuente", "Ursula von der Leyen".
    let k = end;
    while (k < tokens.length && k - end < 2 && NAME_PARTICLES.has(tokens[k]!.text)) k += 1;
    if (k > end && tokens[k] !== undefined && isCapitalized(tokens[k]!.raw) && !isStopword(tokens[k]!.text) && !organisationWord(tokens[k]!.text)) {
      end = k + 1;
      continue;
    }
    break;
  }
  // "Crystal Palace owner", "the Kremlin-backed …": a capitalised run before a role word or an organisation's last word names no person.
  const following = tokens[end];
  if (ORGANISATION_TAILS.has(tokens[end - 1]!.text)) return null;
  // "Central District Prosecutors' Office": a plural possessive before an organisation's last word.
  if (
    following !== undefined &&
    isCapitalized(following.raw) &&
    ORGANISATION_TAILS.has(following.text) &&
    following.start - tokens[end - 1]!.end === 2 &&
    /s$/.test(tokens[end - 1]!.raw)
  )
    return null;
  if (following !== undefined && !isCapitalized(following.raw) && roleOfWord(following.text, language) !== null && following.start - tokens[end - 1]!.end <= 1)
    return null;
  // "Australian Trade Minister Don Farrell": a run of names right before a title is a portfolio.
  if (following !== undefined && end - i >= 2 && roleOfWord(following.text, language) !== null && following.start - tokens[end - 1]!.end <= 1) return null;
  // "seen by the Guardian", "told the Times": in English one capitalised word after "the" names a paper or a body, not a person.
  if (language === 'en' && end - i === 1 && previous?.text === 'the') return null;
  // "Landrat Jens Lüdemann", "Harbourmaster Karla Wendt": a job before a given name and a surname is a title.
  if (end - i >= 3 && tokens[i + 1]!.start - token.end === 1 && titleBeforeGivenName(token.raw, tokens[i + 1]!.raw)) return [i + 1, end];
  return [i, end];
}

/** The words of a token range as written ("U.S. official"), or joined by spaces without the source text. */
export function spanText(tokens: Token[], from: number, end: number, source: string | undefined): string {
  if (source !== undefined) return source.slice(tokens[from]!.start, tokens[end - 1]!.end).replace(/\s+/g, ' ');
  return tokens
    .slice(from, end)
    .map((part) => part.raw)
    .join(' ');
}
