import type { LanguageCode } from '../types.js';
import type { Token } from '../text/index.js';
import { MAX_NAME_WORDS, commaBetween, speakerAround, verbIndex } from './attribution.js';
import { SPEECH_VERBS } from './lexicon.js';
import { parseSpeaker, type SpeakerRef } from './speaker.js';

/**
 * Attributions outside the quote's own clause: a sentence after a quote that
 * says who spoke ("Das sagte …", "That was how X described …", "The words came
 * from …"), and a verb earlier in the sentence that embeds a partial quote
 * ("described it as "…"", "sprach von „…“").
 */

/** Openers of a sentence that points back at the quote before it ("Das sagte …", "That was how X described …", "The words came from …"). */
const DEMONSTRATIVES = new Set([
  'das',
  'dies',
  'so',
  'that',
  'this',
  'thus',
  'c’est',
  'ce',
  'así',
  'eso',
  'esto',
  'ainsi',
  'the',
  'those',
  'these',
  'diese',
  'ces',
  'estas',
  'estos',
  'tels',
  'such',
]);

/** Nouns of a sentence that hands the previous quote to its speaker: "The words came from …", "Diese Worte stammen von …". */
const HANDOVER_NOUNS = new Set([
  'words',
  'line',
  'remarks',
  'message',
  'comment',
  'warning',
  'worte',
  'aussage',
  'satz',
  'propos',
  'mots',
  'phrase',
  'palabras',
  'frase',
  'mensaje',
]);

/** Verbs of such a sentence, with the speaker after them: "came from", "stammen von", "sont signés", "son de". */
const HANDOVER_VERBS = new Set([
  'came',
  'come',
  'comes',
  'stammen',
  'stammt',
  'stammte',
  'kamen',
  'kam',
  'émanent',
  'viennent',
  'venaient',
  'proceden',
  'vinieron',
  'vienen',
  'son',
  'sont',
  'were',
  'was',
  'are',
]);

/**
 * A short sentence that only says who spoke, after a quote standing alone:
 * "Das sagte Peskow am Montag.", "That was how national security adviser Jake
 * Sullivan described the talks.", "The words came from Erdogan's spokesman, …".
 */
export function attributionSentence(tokens: Token[], source: string, language: LanguageCode): SpeakerRef | null {
  if (tokens.length === 0) return null;
  const opener = DEMONSTRATIVES.has(tokens[0]!.text);
  if (tokens.length > (opener ? 40 : 10)) return null;
  const verb = opener ? embeddingVerbIndex(tokens, language, Math.min(tokens.length, 12)) : verbIndex(tokens, language, 0, Math.min(tokens.length, 5), 1);
  if (verb >= 0) {
    const ref = speakerAround(source, tokens, verb, opener ? Math.min(verb, demonstrativeEnd(tokens, verb)) : 0, language);
    if (ref.kind !== 'none') return ref;
  }
  // "The words came from X", "Diese Worte stammen von X".
  if (opener && tokens.length > 3 && HANDOVER_NOUNS.has(tokens[1]!.text)) {
    const at = tokens.findIndex((token, index) => index > 1 && index < 5 && HANDOVER_VERBS.has(token.text));
    if (at > 0) {
      const from = tokens[at + 1] !== undefined && /^(?:from|von|de|du|of)$/.test(tokens[at + 1]!.text) ? at + 2 : at + 1;
      const end = commaBetween(source, tokens, from, Math.min(tokens.length, from + MAX_NAME_WORDS));
      let ref = parseSpeaker(tokens.slice(from, end), language, source);
      if (ref.kind !== 'person' && end < tokens.length) {
        const named = parseSpeaker(tokens.slice(end, commaBetween(source, tokens, end, Math.min(tokens.length, end + 5))), language, source);
        if (named.kind === 'person') ref = named;
      }
      if (ref.kind !== 'none') return ref;
    }
  }
  return null;
}

/** A speech verb or a verb that characterises words ("described", "nannte"), whichever comes first. */
function embeddingVerbIndex(tokens: Token[], language: LanguageCode, to: number): number {
  const verbs = SPEECH_VERBS[language];
  for (let i = 1; i < to; i += 1) {
    const word = tokens[i]!.text;
    if (EMBEDDING_VERBS.has(word) || (word !== 'so' && verbs?.has(word) === true)) return i;
  }
  return -1;
}

/** Where the words pointing back at the quote end: "That was how", "Das", "So äußerte sich". */
function demonstrativeEnd(tokens: Token[], verb: number): number {
  let at = 1;
  while (at < verb && /^(?:was|is|were|how|what|the|message|words|war|ist|waren|so)$/.test(tokens[at]!.text)) at += 1;
  return at;
}

/** Verbs that embed a partial quote in the speaker's own sentence: "Modi described it as "…"", "sprach von „…“". */
const EMBEDDING_VERBS = new Set([
  'described',
  'called',
  'calls',
  'branded',
  'dubbed',
  'nannte',
  'bezeichnete',
  'sprach',
  'qualifié',
  'qualifiée',
  'décrit',
  'calificó',
  'describió',
  'tildó',
  'definió',
]);

/** Attribution of a partial quote from a verb earlier in the same sentence. */
export function attributionEmbedded(tokens: Token[], source: string, language: LanguageCode): SpeakerRef | null {
  const verbs = SPEECH_VERBS[language];
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const word = tokens[i]!.text;
    if (!EMBEDDING_VERBS.has(word) && !(verbs?.has(word) && word !== 'so')) continue;
    let from = i;
    while (from > 0 && i - from < MAX_NAME_WORDS && !/[,;:.!?]/.test(source.slice(tokens[from - 1]!.end, tokens[from]!.start))) from -= 1;
    const ref = speakerAround(source, tokens, i, from, language);
    return ref.kind === 'none' ? null : ref;
  }
  return null;
}
