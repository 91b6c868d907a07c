import type { LanguageCode } from '../types.js';
import type { Token } from '../text/index.js';
import { MAX_NAME_WORDS, appositionBefore, commaBetween, isSpeechVerbAt, sentenceSubject, speakerAround, verbIndex } from './attribution.js';
import { genderOfName } from './names.js';
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
  'diesen',
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
  'worten',
  'aussage',
  'satz',
  'propos',
  'mots',
  'phrase',
  'palabras',
  'frase',
  'mensaje',
  // "The statement came from X", "That was the verdict of X", "Tel est le constat de X", "Ese fue el veredicto de X".
  'statement',
  'verdict',
  'assessment',
  'view',
  'äußerung',
  'einschätzung',
  'urteil',
  'fazit',
  'déclaration',
  'constat',
  'verdict',
  'avis',
  'declaración',
  'declaraciones',
  'veredicto',
  'valoración',
]);

/** "With these words X summed up …", "Mit diesen Worten …", "Par ces mots …", "Con estas palabras …": the speaker follows. */
const WITH_WORDS = new Set(['with', 'mit', 'par', 'avec', 'con', 'en']);
/** Words a handover noun is followed by before the speaker: "the verdict of X", "das Fazit von X", "le constat de X". */
const OF_SPEAKER = /^(?:of|from|von|de|du|del|d)$/;
/** Sentences after a quote that open with the speaker's name and a speech verb ("Félix Barrio añadió que …") may be this long. */
const MAX_NAMED_SENTENCE = 60;

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
  const withWords = withWordsSpeaker(tokens, source, language);
  if (withWords !== null) return withWords;
  // "Those were the words of X, head of …, who told …": a long sentence still hands the quote over in its first words.
  if (tokens.length > (opener ? 40 : 10))
    return opener ? handoverSpeaker(tokens, source, language) : tokens.length > MAX_NAMED_SENTENCE ? null : namedSubject(tokens, source, language);
  const verb = opener ? embeddingVerbIndex(tokens, language, Math.min(tokens.length, 12)) : verbIndex(tokens, language, 0, Math.min(tokens.length, 5), 1);
  if (verb >= 0) {
    const ref = speakerAround(source, tokens, verb, opener ? Math.min(verb, demonstrativeEnd(tokens, verb)) : 0, language);
    if (ref.kind !== 'none') return ref;
  }
  return opener ? handoverSpeaker(tokens, source, language) : null;
}

/** "The words came from X", "Diese Worte stammen von X", "That was the verdict of X", "Ese fue el veredicto de X". */
function handoverSpeaker(tokens: Token[], source: string, language: LanguageCode): SpeakerRef | null {
  const noun = tokens.findIndex((token, index) => index > 0 && index < 5 && HANDOVER_NOUNS.has(token.text));
  if (noun > 0 && tokens.length > 3) {
    const verbAt = tokens.findIndex((token, index) => index > noun && index < noun + 4 && HANDOVER_VERBS.has(token.text));
    const at = verbAt > 0 ? verbAt : tokens[noun + 1] !== undefined && OF_SPEAKER.test(tokens[noun + 1]!.text) ? noun : -1;
    if (at > 0) {
      const from = tokens[at + 1] !== undefined && OF_SPEAKER.test(tokens[at + 1]!.text) ? at + 2 : at + 1;
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

/** "Con estas palabras resumió Albares la visita", "With these words, X …": the first name after the opener. */
function withWordsSpeaker(tokens: Token[], source: string, language: LanguageCode): SpeakerRef | null {
  if (tokens.length < 4 || !WITH_WORDS.has(tokens[0]!.text) || !DEMONSTRATIVES.has(tokens[1]!.text) || !HANDOVER_NOUNS.has(tokens[2]!.text)) return null;
  for (let from = 3; from < Math.min(tokens.length, 7); from += 1) {
    const end = commaBetween(source, tokens, from, Math.min(tokens.length, from + 4));
    const ref = parseSpeaker(tokens.slice(from, end), language, source);
    if (ref.kind === 'person' || ref.kind === 'surname') return ref;
  }
  return null;
}

/** "Félix Barrio añadió que …", "Claudia Plattner sagte, …": a sentence that opens with a named speaker. */
export function namedSubject(tokens: Token[], source: string, language: LanguageCode): SpeakerRef | null {
  const verb = verbIndex(tokens, language, 1, Math.min(tokens.length, 5), 1);
  if (verb < 0) return introducedSubject(tokens, source, language);
  if (/[,;:]/.test(source.slice(tokens[0]!.end, tokens[verb]!.start))) return null;
  const ref = parseSpeaker(tokens.slice(0, verb), language, source);
  return ref.kind === 'person' || ref.kind === 'surname' ? ref : null;
}

/**
 * "“…” Sok Lina, a rice trader who runs a stall, has crossed this border …": a quote standing alone, then a sentence that
 * opens by introducing a person by full name and an apposition. The person is the speaker.
 */
function introducedSubject(tokens: Token[], source: string, language: LanguageCode): SpeakerRef | null {
  const comma = commaBetween(source, tokens, 0, Math.min(tokens.length, 5));
  if (comma < 2 || comma >= tokens.length) return null;
  const ref = parseSpeaker(tokens.slice(0, comma), language, source);
  if (ref.kind !== 'person') return null;
  // German capitalises every noun ("Viele Straßen, …"): there the first word must be a known given name.
  const words = ref.name.split(' ');
  return language !== 'de' || genderOfName(words[0]!, words[words.length - 1]!) !== null ? ref : null;
}

/** A speech verb or a verb that characterises words ("described", "nannte"), whichever comes first. */
function embeddingVerbIndex(tokens: Token[], language: LanguageCode, to: number): number {
  for (let i = 1; i < to; i += 1) {
    const word = tokens[i]!.text;
    if (EMBEDDING_VERBS.has(word) || (word !== 'so' && isSpeechVerbAt(tokens, i, language))) return i;
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
  'beschrieb',
  'beschreibt',
  'resumió',
  'résumé',
  'summed',
  'tildó',
  'definió',
  // Present tense and participles: "Der Kreml nennt die Stationierung „…“", "ha calificado la expulsión de «…»".
  'nennt',
  'bezeichnet',
  'calls',
  'describes',
  'qualifie',
  'califica',
  'calificado',
  'calificada',
  'descrito',
  'tildado',
  'describe',
  'décrite',
]);

/** Attribution of a partial quote from a verb earlier in the same sentence. */
export function attributionEmbedded(tokens: Token[], source: string, language: LanguageCode): SpeakerRef | null {
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const word = tokens[i]!.text;
    if (!EMBEDDING_VERBS.has(word) && !(word !== 'so' && isSpeechVerbAt(tokens, i, language))) continue;
    let from = i;
    while (from > 0 && i - from < MAX_NAME_WORDS && !/[,;:.!?]/.test(source.slice(tokens[from - 1]!.end, tokens[from]!.start))) from -= 1;
    const ref = speakerAround(source, tokens, i, from, language);
    if (ref.kind !== 'none') return ref;
    // "The mayor of Leeds, Jane Pratt, calls the plan "…"": the subject is in apposition, or opens the sentence.
    if (from > 0 && /,/.test(source.slice(tokens[from - 1]!.end, tokens[from]!.start)))
      return sentenceSubject(source, tokens, from, language) ?? (from === i ? appositionBefore(source, tokens, i, language) : null);
    return null;
  }
  return null;
}
