import { GAP_COMMA, GAP_NEWLINE, GAP_STOP, tokenIndexAt, type Word } from '../text/index.js';
import type { LanguageCode } from '../types.js';
import { PRIVATE_PERSONS } from './lexicon.js';
import { hasGermanRoleSuffix, insideSpans, namesRole } from './name-words.js';
import type { People } from './people.js';
import type { Gender } from './roles.js';

/**
 * Somebody new brought in between two places of an article without a name:
 * an unnamed person ("Eine Frau, die …, winkt ab", "a farmer nearby", "un
 * retraité") or a subject pronoun of the other gender. After such a phrase a
 * quote with no attribution, or "he said", no longer points at the speaker
 * named before it.
 */

/** Indefinite articles and "one" that open an unnamed person. */
const INDEFINITE: Partial<Record<LanguageCode, ReadonlySet<string>>> = {
  en: new Set(['a', 'an', 'one']),
  de: new Set(['ein', 'eine', 'einer']),
  fr: new Set(['un', 'une']),
  es: new Set(['un', 'una', 'uno']),
};
const NO_WORDS: ReadonlySet<string> = new Set();
/** People without an office, besides role words and PRIVATE_PERSONS. */
const PERSON_NOUNS = new Set([
  'man',
  'woman',
  'member',
  'fan',
  'pensioner',
  'retiree',
  'mother',
  'father',
  'worker',
  'mann',
  'frau',
  'mitglied',
  'rentner',
  'rentnerin',
  'pensionist',
  'pensionistin',
  'mutter',
  'vater',
  'arbeiter',
  'arbeiterin',
  'homme',
  'femme',
  'membre',
  'retraité',
  'retraitée',
  'mère',
  'père',
  'ouvrier',
  'ouvrière',
  'hombre',
  'mujer',
  'miembro',
  'jubilado',
  'jubilada',
  'madre',
  'padre',
  'trabajador',
  'trabajadora',
  // Occupations and roles of passers-by: "a nurse who had just bought …", "eine Lehrerin", "un chauffeur", "una enfermera".
  'nurse',
  'doctor',
  'teacher',
  'driver',
  'shopper',
  'customer',
  'voter',
  'supporter',
  'owner',
  'student',
  'pilot',
  'soldier',
  'lehrer',
  'lehrerin',
  'ärztin',
  'arzt',
  'fahrer',
  'fahrerin',
  'kunde',
  'kundin',
  'wähler',
  'wählerin',
  'soldat',
  'infirmier',
  'infirmière',
  'médecin',
  'enseignant',
  'enseignante',
  'chauffeur',
  'client',
  'cliente',
  'électeur',
  'électrice',
  'soldat',
  'enfermero',
  'enfermera',
  'médico',
  'médica',
  'maestro',
  'maestra',
  'conductor',
  'conductora',
  'votante',
  'soldado',
  'visitor',
  'spectator',
  'manager',
  'employee',
  'engineer',
  'passenger',
  'besucher',
  'besucherin',
  'zuschauer',
  'zuschauerin',
  'mitarbeiter',
  'mitarbeiterin',
  'visiteur',
  'visiteuse',
  'spectateur',
  'spectatrice',
  'employé',
  'employée',
  'visitante',
  'espectador',
  'espectadora',
  'empleado',
  'empleada',
  'ingeniero',
  'ingeniera',
  'ingénieur',
  'ingénieure',
  'ingenieur',
  'ingenieurin',
  'clients',
  'clientes',
  'customers',
  'kunden',
  // Pupils: "une lycéenne venue de Strasbourg", "a schoolgirl from Leeds", "eine Schülerin aus Fürth", "un alumno de Vigo".
  'pupil',
  'schoolgirl',
  'schoolboy',
  'schüler',
  'schülerin',
  'lycéen',
  'lycéenne',
  'collégien',
  'collégienne',
  'écolier',
  'écolière',
  'alumno',
  'alumna',
  'colegial',
  'colegiala',
  // Market and street traders: "une vendeuse de légumes", "a street vendor", "una vendedora".
  'vendor',
  'seller',
  'vendeur',
  'vendeuse',
  'vendedor',
  'vendedora',
  'verkäufer',
  'verkäuferin',
  'händler',
  'händlerin',
  'commerçant',
  'commerçante',
  'comerciante',
]);
/** "Sa sœur, présente sur le tarmac, …", "his wife", "seine Tochter", "su rival": a relative or rival of somebody, not a speaker named before. */
const POSSESSIVES = new Set(['his', 'her', 'their', 'sein', 'seine', 'ihre', 'ihr', 'son', 'sa', 'leur', 'su', 'sus']);
const RELATIVES = new Set([
  'sister',
  'brother',
  'wife',
  'husband',
  'daughter',
  'son',
  'mother',
  'father',
  'schwester',
  'bruder',
  'frau',
  'mann',
  'tochter',
  'sohn',
  'mutter',
  'vater',
  'sœur',
  'frère',
  'femme',
  'mari',
  'fille',
  'fils',
  'mère',
  'père',
  'hermana',
  'hermano',
  'esposa',
  'marido',
  'hija',
  'hijo',
  'madre',
  'padre',
  // "Su rival ha basado su candidatura …": the other side of a contest.
  'rival',
  'rivale',
  'opponent',
  'gegner',
  'gegnerin',
  'kontrahent',
  'adversaire',
  'adversario',
  'adversaria',
  'contrincante',
]);
const PRONOUN_GENDER = new Map<string, Gender>([
  ['he', 'm'],
  ['er', 'm'],
  ['il', 'm'],
  ['él', 'm'],
  ['she', 'f'],
  ['elle', 'f'],
  ['ella', 'f'],
]);
/** Relative pronouns that carry an apposition on past its comma: "Martin Kealy, Ladenbesitzer, der …". */
const RELATIVES_OPENING = new Set(['who', 'whose', 'der', 'die', 'qui', 'dont', 'que', 'quien', 'cuyo', 'cuya']);
/** How many words after the article the person noun may come ("one long-standing member"). */
const NOUN_WINDOW = 3;

/** "eine Rentnerin", "a pensioner", "une retraitée": a person by what they are, holding no office at all. */
export function isOfficelessPersonNoun(lower: string): boolean {
  return PERSON_NOUNS.has(lower) || PRIVATE_PERSONS.has(lower);
}

function isPersonNoun(word: Word, language: LanguageCode): boolean {
  const lower = word.lower;
  return PERSON_NOUNS.has(lower) || PRIVATE_PERSONS.has(lower) || namesRole(word, language) || (language === 'de' && hasGermanRoleSuffix(word));
}

/**
 * Whether, outside quotations in [from, to), somebody is introduced who is not
 * `speaker`'s gender or has no name: an unnamed person (not an apposition to a
 * name, "Hamza, a former minister,"), or "she" after a man.
 */
export function introducedBetween(people: People, from: number, to: number, gender: Gender | null, language: LanguageCode): boolean {
  const { table, spans } = people;
  if (table === undefined || spans === undefined || to <= from) return false;
  const cursor = { at: 0 };
  const indefinite = INDEFINITE[language] ?? NO_WORDS;
  // Inside an apposition to a name: "Gordon Baird, a fan for 38 years who spoke at one of the meetings, …".
  let apposition = false;
  for (let i = tokenIndexAt(table, from); i < table.count && table.starts[i]! < to; i += 1) {
    const word = table.words[i]!;
    const gap = table.gaps[i]!;
    if (apposition && ((gap & (GAP_COMMA | GAP_STOP | GAP_NEWLINE)) === 0 || ((gap & GAP_COMMA) !== 0 && RELATIVES_OPENING.has(word.lower)))) continue;
    apposition = false;
    // "Bedri Hamza, a former minister, said", "Martin Kealy, commerçant depuis vingt ans qui …,": an apposition describes
    // the person just named, up to its closing comma.
    if ((gap & GAP_COMMA) !== 0 && people.mentions.some((mention) => mention.end === table.ends[i - 1]) && !insideSpans(spans, table.starts[i]!, cursor)) {
      apposition = true;
      continue;
    }
    const lower = word.lower;
    const pronoun = PRONOUN_GENDER.get(lower);
    if (POSSESSIVES.has(lower)) {
      // Only as the subject opening a sentence: "Su rival ha basado …", not "Nawrocki attacked his opponent".
      const opens = i === 0 || (table.gaps[i]! & (GAP_STOP | GAP_NEWLINE)) !== 0;
      const next = table.words[i + 1];
      if (opens && next !== undefined && RELATIVES.has(next.lower) && !insideSpans(spans, table.starts[i]!, cursor)) return true;
      continue;
    }
    if (pronoun === undefined && !indefinite.has(lower)) continue;
    if (insideSpans(spans, table.starts[i]!, cursor)) continue;
    if (pronoun !== undefined) {
      if (gender !== null && pronoun !== gender) return true;
      continue;
    }
    for (let k = i + 1; k < table.count && k - i <= NOUN_WINDOW && table.starts[k]! < to; k += 1) {
      if ((table.gaps[k]! & GAP_COMMA) !== 0) break;
      if (isPersonNoun(table.words[k]!, language)) return true;
    }
  }
  return false;
}
