import type { LanguageCode } from '../types.js';
import type { Token } from '../text/index.js';
import { introducedBetween } from './introductions.js';
import { withoutElision } from './lexicon.js';
import { genderOfDeterminer, type Gender } from './roles.js';
import type { Person } from './people.js';
import type { Resolved, ResolveContext } from './resolve.js';

/**
 * "the surgeon said", "sagte der Unternehmer", "a affirmé l'élue", "explique l'historien": a definite description
 * whose noun no role list knows. It stands for a person the text has just been about; which one is read from the
 * paragraph (its one person of that gender) or, at the top of a paragraph, from the article (its one person of
 * that gender so far). Anything less certain names nobody: a wrong speaker is worse than none.
 */

/** Definite articles in front of a description, per language ("l'" is elided into the noun). */
const DEFINITE: Record<string, ReadonlySet<string>> = {
  en: new Set(['the']),
  de: new Set(['der', 'die']),
  fr: new Set(['le', 'la']),
  es: new Set(['el', 'la']),
};

/** Nouns for things that "say" in a text (a report, a ruling, a post), never a person. */
const THING_NOUNS = new Set([
  'report',
  'study',
  'survey',
  'poll',
  'letter',
  'document',
  'post',
  'message',
  'note',
  'ruling',
  'verdict',
  'decision',
  'judgment',
  'judgement',
  'order',
  'filing',
  'complaint',
  'indictment',
  'lawsuit',
  'website',
  'site',
  'paper',
  'newspaper',
  'broadcaster',
  'channel',
  'network',
  'agency',
  'bericht',
  'studie',
  'umfrage',
  'brief',
  'schreiben',
  'urteil',
  'entscheidung',
  'beschluss',
  'zeitung',
  'sender',
  'nachricht',
  'botschaft',
  'anklage',
  'klage',
  'webseite',
  'rapport',
  'étude',
  'sondage',
  'lettre',
  'arrêt',
  'jugement',
  'décision',
  'journal',
  'quotidien',
  'chaîne',
  'site',
  'informe',
  'estudio',
  'encuesta',
  'carta',
  'sentencia',
  'fallo',
  'auto',
  'decisión',
  'periódico',
  'diario',
  'cadena',
  'mensaje',
  'web',
  'service',
  'servicio',
  'dienst',
]);

/** German nouns for people end so: "Unternehmer", "Physiotherapeutin", "Sozialdemokrat", "Zollbeamte", "Aktivist". */
const GERMAN_PERSON_NOUN = /(?:er|in|ist|at|ant|ent|te|ge|or|eur)$/;

/** Words that end a description: what follows describes it further ("de 41 ans", "of the team"). */
const GENITIVES = new Set(['of', 'de', 'del', 'du', 'des', 'von', 'aus']);

/** The confidence of a description resolved to the one person its paragraph (or the article) is about. */
const IN_PARAGRAPH = 0.7;
const IN_ARTICLE = 0.65;

/**
 * A description after a speech verb that no role list knows: a definite article and at most two more words, the
 * last one the noun ("der Unternehmer", "la jeune femme", "le cinéaste de 41 ans" up to its preposition).
 * `tokens[from, end)` are the words after the verb up to a comma, a preposition or a time word.
 */
export function unlistedDescription(tokens: readonly Token[], from: number, end: number, language: LanguageCode): { gender: Gender | null } | null {
  const articles = DEFINITE[language];
  if (articles === undefined || end <= from) return null;
  const first = tokens[from]!;
  const elided = withoutElision(first.text) !== first.text && /^[lL]/.test(first.raw);
  if (!elided && (!articles.has(first.text) || end - from < 2)) return null;
  // "la jeune femme de 31 ans", "le cinéaste de 41 ans": the description ends at its first genitive.
  let stop = from + 1;
  while (stop < end && !GENITIVES.has(tokens[stop]!.text)) stop += 1;
  const words = tokens.slice(elided ? from : from + 1, stop);
  if (words.length === 0 || words.length > 2) return null;
  const head = words[words.length - 1]!;
  const noun = elided && words.length === 1 ? withoutElision(head.text) : head.text;
  if (!/^\p{L}{3,}$/u.test(noun) || THING_NOUNS.has(noun)) return null;
  // A name is no description: "said the Guardian", "a déclaré le Tessinois" (a capitalised word reads as a name outside German).
  if (language === 'de' ? !/^\p{Lu}/u.test(head.raw) || !GERMAN_PERSON_NOUN.test(noun) : words.some((word) => /^\p{Lu}/u.test(withoutElision(word.raw))))
    return null;
  const gender = elided ? null : genderOfDeterminer(first.text, language);
  return { gender: language === 'de' && first.text === 'die' ? 'f' : gender };
}

/** A person of the description's gender, or whose gender the text does not tell. */
function genderFits(gender: Gender | null, person: Person): boolean {
  return gender === null || person.gender === null || person.gender === gender;
}

/** The one person a description of an unlisted noun stands for, or nobody. */
export function resolveDescribed(gender: Gender | null, context: ResolveContext): Resolved {
  const paragraphStart = context.paragraphStart ?? context.offset;
  const before = context.people.mentions.filter((mention) => mention.start < context.offset && !mention.quoted && genderFits(gender, mention.person));
  const inParagraph = before.filter((mention) => mention.start >= paragraphStart);
  const pool = inParagraph.length > 0 ? inParagraph : before;
  const persons = new Set(pool.map((mention) => mention.person));
  if (persons.size !== 1) return { speaker: null, confidence: 0, person: null };
  const last = pool[pool.length - 1]!;
  // "Le Goff … 'Quote,' a fan said": somebody unnamed came in after the person.
  if (introducedBetween(context.people, last.end, context.offset, null, context.language)) return { speaker: null, confidence: 0, person: null };
  const person = last.person;
  // The one candidate must be somebody the text tells the gender of (a first name, a title, a gendered role): a real
  // person, not a capitalised pair of words read as a name ("Ob Daten", "Tour de France").
  if (person.gender === null) return { speaker: null, confidence: 0, person: null };
  return { speaker: person.name, confidence: inParagraph.length > 0 ? IN_PARAGRAPH : IN_ARTICLE, person };
}
