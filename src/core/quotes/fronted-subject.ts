import type { LanguageCode } from '../types.js';
import { PREPOSITIONS } from './lexicon.js';
import type { People, Person } from './people.js';

/**
 * A quotation standing alone, then a sentence whose subject is a person named in full after a fronted phrase or a
 * role in apposition: "“…” Devant les maires, le chef d'état-major, le général Fabien Mandon, a mis en garde …",
 * "«…» Con estas palabras abrió el ministro de Cultura, Ana Ruiz, el acto", "“…” Reached by phone, Jane Doe struggled
 * for words". The person is the speaker.
 */

/** Words that govern the name after them, so it is no subject: the prepositions and the agent and "of" words. */
const GOVERNING = new Set(['by', 'par', 'por', 'von', 'of', 'de', 'du', 'des', 'del', 'd', 'according', 'laut', 'zufolge', 'que', 'dass', 'that']);

/** How many words may stand between the comma (or the sentence start) and the name: "le général", "the former". */
const MAX_LEAD_WORDS = 3;

/** Words after the name that join it to another subject or make it a possessive: "Jane Doe and …", "Jane Doe's". */
const JOINERS = /^\s*(?:and|und|et|y|e|or|oder|ou|o)\s/u;

/** A person named in full in [from, to) as the subject of the sentence that starts at `from`, else null. */
export function frontedSubject(people: People, source: string, from: number, to: number, language: LanguageCode): Person | null {
  const prepositions = PREPOSITIONS[language];
  for (const mention of people.mentions) {
    if (mention.start < from || mention.quoted) continue;
    if (mention.start >= to) return null;
    if (mention.object || !mention.person.name.includes(' ')) continue;
    const before = source.slice(from, mention.start);
    const comma = before.lastIndexOf(',');
    // Only after a fronted phrase or an apposition: a name opening the sentence is for namedSubject.
    if (comma < 0) continue;
    const lead = before.slice(comma + 1).trim();
    const words = lead === '' ? [] : lead.split(/\s+/u);
    // Only lower-case words of a title or role before the name, none governing it: "le général", not "avec le général".
    if (words.length > MAX_LEAD_WORDS || /\p{Lu}/u.test(lead)) continue;
    const first = words[0]?.toLowerCase().replace(/['’]$/u, '');
    if (first !== undefined && (GOVERNING.has(first) || (prepositions?.has(first) ?? false))) continue;
    const after = source.slice(mention.end, to);
    if (/^['’]s\b/u.test(after) || JOINERS.test(after) || /^\s*\(/u.test(after)) return null;
    // A verb or an apposition follows: "… Fabien Mandon, a mis en garde", "… Jane Doe struggled".
    if (!/^\s*(?:,|\p{Ll})/u.test(after)) return null;
    return mention.person;
  }
  return null;
}
