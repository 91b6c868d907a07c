import { DEMONYMS } from '../entities/index.js';
import { TITLE_WORDS } from './lexicon.js';

/**
 * Role words and what they say about a person: the kind of office (so "the
 * minister" can be matched to the minister named earlier, not to the
 * president) and, where the language marks it, the gender ("la ministre",
 * "Außenministerin", "spokeswoman").
 */

export type Gender = 'f' | 'm';

/** Kinds of office a description can refer back to. 'person' fits anybody ("der Grünen-Politiker", "the Dutch officer"). */
export type RoleClass = 'leader' | 'deputy' | 'foreign' | 'minister' | 'spokes' | 'head' | 'mayor' | 'military' | 'person';

export interface Role {
  role: RoleClass;
  gender: Gender | null;
}

/** A Map, not an object: a look-up with a word sliced from the text needs no string interning (and "constructor" is no role). */
const WORDS = new Map<string, Role>();

function add(role: RoleClass, gender: Gender | null, words: string): void {
  for (const word of words.split(' ')) WORDS.set(word, { role, gender });
}

add('leader', null, 'president president-elect präsident président presidente chancellor premier leader líder dirigeant mandatario taoiseach emir');
add(
  'leader',
  'f',
  'präsidentin présidente presidenta kanzlerin chancelière premierministerin ministerpräsidentin dirigeante mandataria queen königin reine reina',
);
add('leader', null, 'monarch monarque monarca monarch monarchin');
add('leader', 'm', 'kanzler chancelier canciller premierminister ministerpräsident regierungschef staatschef kremlchef kreml-chef king könig roi rey');
add('leader', 'f', 'regierungschefin staatschefin');
add('foreign', null, 'chefdiplomat top-diplomat');
add('foreign', 'f', 'außenministerin chefdiplomatin');
add('foreign', 'm', 'außenminister');
add('minister', null, 'minister ministre secretary');
add('minister', 'f', 'ministerin ministra senatorin');
// "senator" is English too, which has no grammatical gender: the German "der Senator" gets his from the article.
add('minister', null, 'senator');
add('minister', 'm', 'ministro');
// "el titular de Interior" holds the portfolio; "le conseiller fédéral" is a Swiss minister.
add('minister', null, 'titular');
add('minister', 'm', 'conseiller');
add('minister', 'f', 'conseillère');
add('spokes', null, 'spokesperson porte-parole portavoz');
add('spokes', 'm', 'spokesman sprecher vocero');
add('spokes', 'f', 'spokeswoman sprecherin vocera');
add(
  'head',
  null,
  'head chief chef leiter director directeur jefe boss ceo executive chairman chairwoman commissioner representative envoy ambassador negotiator',
);
add('head', 'f', 'chefin cheffe leiterin directrice directora jefa ambassadrice embajadora botschafterin');
add('head', null, 'vorsitzende gesandte');
add('head', 'm', 'vorsitzender botschafter gesandter ambassadeur embajador');
add('mayor', null, 'mayor maire');
add('mayor', 'f', 'bürgermeisterin alcaldesa mairesse');
add('mayor', 'm', 'bürgermeister alcalde');
// Newsroom synonyms for the mayor ("sagte das Stadtoberhaupt", "a indiqué l'édile", "dijo el regidor").
add('mayor', null, 'stadtoberhaupt édile');
add('mayor', 'm', 'stadtchef rathauschef regidor');
add('mayor', 'f', 'stadtchefin rathauschefin regidora');
add('military', null, 'general général commander admiral colonel officer officier oficial offizier');
add('military', 'f', 'generalin kommandeurin');
add('military', 'm', 'kommandeur');
add('person', null, 'politician diplomat diplomate diplomático dirigente official responsable');
add('head', null, 'owner founder coach fondateur fundador entraîneur entrenador propriétaire propietario');
add('head', 'f', 'fondatrice fundadora entraîneuse entrenadora gründerin trainerin eigentümerin');
add('head', 'm', 'gründer eigentümer');
// English too: no gender in the word itself.
add('head', null, 'trainer');
// People described by what they do or where they come from: "le militant", "der Niederländer", "the Spaniard", "la experta".
add(
  'person',
  null,
  'activist expert experte analyst analyste analista researcher professor economist économiste economista lawyer witness resident farmer veteran survivor student estudiante',
);
add(
  'person',
  'm',
  'militant activiste chercheur professeur avocat témoin habitant cultivateur agriculteur survivant étudiant experto investigador profesor abogado testigo vecino agricultor superviviente aktivist analytiker forscher ökonom anwalt zeuge anwohner landwirt student',
);
add(
  'person',
  'f',
  'militante chercheuse professeure avocate habitante agricultrice survivante étudiante experta investigadora profesora abogada vecina agricultora aktivistin expertin analystin forscherin ökonomin anwältin zeugin anwohnerin landwirtin studentin',
);
add('person', null, 'dutchman spaniard frenchman briton dane swede finn israeli saudi');
add('person', 'f', 'frenchwoman');
add(
  'person',
  'm',
  'niederländer spanier franzose italiener brite amerikaner russe chinese pole ukrainer türke österreicher schweizer belgier däne schwede norweger finne grieche portugiese ungar kanadier japaner inder brasilianer mexikaner iraner syrer ägypter néerlandais espagnol allemand italien américain polonais ukrainien autrichien neerlandés español francés italiano británico estadounidense ruso chino alemán polaco ucraniano mexicano brasileño',
);
add(
  'person',
  'f',
  'niederländerin spanierin französin italienerin britin amerikanerin russin chinesin polin ukrainerin türkin österreicherin schweizerin belgierin dänin schwedin norwegerin finnin griechin portugiesin ungarin kanadierin japanerin inderin brasilianerin mexikanerin iranerin néerlandaise espagnole allemande italienne américaine polonaise ukrainienne neerlandesa española francesa italiana británica rusa alemana polaca ucraniana mexicana brasileña',
);
add('person', 'f', 'politikerin diplomatin diplomática candidatin kandidatin candidata');
add('person', 'm', 'politiker candidat candidato kandidat');
// "su homólogo marroquí", "his Slovak counterpart", "der Slowake": the person is described by the office of another or by origin.
add('person', null, 'counterpart homologue homólogo homóloga amtskollege amtskollegin');
add(
  'person',
  'm',
  'slowake marokkaner algerier ungar australier banquier banquero banker vainqueur ganador vencedor sieger wahlsieger moniteur septuagénaire octogénaire septuagenario octogenario',
);
add(
  'person',
  'f',
  'slowakin marokkanerin algerierin banquière banquera bankerin gagnante ganadora vencedora siegerin wahlsiegerin monitrice septuagenaria octogenaria',
);
add('person', null, 'winner candidate veteran');
// Film, stage and mountain people as articles describe them: "le réalisateur", "der Schauspieler", "la guía", "the actress".
add('person', null, 'filmmaker cinéaste cineasta guide guía bergführer');
add('person', 'm', 'actor acteur comédien réalisateur schauspieler regisseur realizador');
add('person', 'f', 'actress actrice comédienne réalisatrice schauspielerin regisseurin realizadora actriz bergführerin');
// An age standing for the person: "die 44-Jährige", "le quinquagénaire", "the 20-year-old" (see roleReference).
add('person', null, 'jährige trentenaire quadragénaire quinquagénaire sexagénaire');
add('person', 'm', 'jähriger cuarentón cincuentón');
add('person', 'f', 'cuarentona cincuentona');
// "said the Louisiana Republican", "le socialiste", "el republicano": a party member stands for the person named before.
add('person', null, 'republican democrat tory républicain républicaine socialiste republicano republicana demócrata');

/** German compounds end in their head: "Grünen-Politikerin", "Regierungssprecher", "Verteidigungsminister". */
const GERMAN_HEADS: [string, RoleClass, Gender | null][] = [
  ['außenministerin', 'foreign', 'f'],
  ['außenminister', 'foreign', 'm'],
  ['ministerin', 'minister', 'f'],
  ['minister', 'minister', 'm'],
  ['sprecherin', 'spokes', 'f'],
  ['sprecher', 'spokes', 'm'],
  ['präsidentin', 'leader', 'f'],
  ['präsident', 'leader', 'm'],
  ['kanzlerin', 'leader', 'f'],
  ['kanzler', 'leader', 'm'],
  ['chefin', 'head', 'f'],
  ['chef', 'head', 'm'],
  ['politikerin', 'person', 'f'],
  ['politiker', 'person', 'm'],
  ['kandidatin', 'person', 'f'],
  ['kandidat', 'person', 'm'],
  ['kommissarin', 'head', 'f'],
  ['kommissar', 'head', 'm'],
  ['bürgermeisterin', 'mayor', 'f'],
  ['bürgermeister', 'mayor', 'm'],
  ['vorsitzende', 'head', null],
  ['leiterin', 'head', 'f'],
  ['leiter', 'head', 'm'],
  ['botschafterin', 'head', 'f'],
  ['botschafter', 'head', 'm'],
  ['beauftragte', 'head', null],
  ['generalsekretärin', 'head', 'f'],
  ['generalsekretär', 'head', 'm'],
  ['sekretärin', 'minister', 'f'],
  ['sekretär', 'minister', 'm'],
];

/** Words that make a minister the foreign minister ("foreign minister", "ministre des Affaires étrangères", "jefe de la diplomacia"). */
const FOREIGN_CUES = new Set(['foreign', 'auswärtig', 'außen', 'étrangères', 'exteriores', 'exterior', 'diplomatie', 'diplomacia', 'diplomacy', 'state']);
/** Words that make a minister or a head the head of government ("prime minister", "cheffe du gouvernement", "jefe del Ejecutivo"). */
const LEADER_CUES = new Set([
  'prime',
  'premier',
  'première',
  'primer',
  'primera',
  'first',
  'gouvernement',
  'government',
  'gobierno',
  'regierung',
  'ejecutivo',
  'exécutif',
  'state',
  'état',
  'estado',
]);
/** Words that make a leader the deputy ("vice president", "Vizekanzler", "vicepresidenta"): not the same person as the leader. */
const DEPUTY_CUES = /^(?:vice|deputy|vize|stellvertretend\w*|adjoint\w*|vice-?\w+|vize\w+|vicepresident\w*)$/;

const GERMAN_MEMO_LIMIT = 50_000;
const germanMemo = new Map<string, Role | null>();

function germanHead(word: string): Role | null {
  const known = germanMemo.get(word);
  if (known !== undefined) return known;
  let found: Role | null = null;
  for (const [head, role, gender] of GERMAN_HEADS) {
    if (word === head || (word.endsWith(head) && word.length > head.length + 2)) {
      found = { role, gender };
      break;
    }
  }
  if (germanMemo.size >= GERMAN_MEMO_LIMIT) germanMemo.clear();
  germanMemo.set(word, found);
  return found;
}

/** The role a single lower-cased word names, if any. */
export function roleOfWord(word: string, language: string): Role | null {
  const direct = WORDS.get(word);
  if (direct !== undefined) return direct;
  // "el exjefe del Ejecutivo", "l'ex-ministre", "der Ex-Kanzler", "the ex-president": a former holder of the office.
  if (word.startsWith('ex') && word.length > 5) {
    const former = WORDS.get(word.slice(word[2] === '-' ? 3 : 2));
    if (former !== undefined) return former;
  }
  if (language !== 'de') return null;
  // "des Präsidenten", "seinen Amtskollegen", "des Ministers": a German role noun with its case ending.
  const declined = germanCaseStem(word);
  if (declined !== null) return declined;
  return word.length > 6 ? germanHead(word) : null;
}

const GERMAN_CASE_ENDINGS = ['en', 'n', 'es', 's'];

function germanCaseStem(word: string): Role | null {
  for (const ending of GERMAN_CASE_ENDINGS) {
    if (word.length - ending.length < 4 || !word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    const role = WORDS.get(stem) ?? (stem.length > 6 ? germanHead(stem) : null);
    // Feminine forms take no ending: "Präsidentinnen" is a plural, not one person.
    if (role !== null && role !== undefined && !stem.endsWith('in')) return role;
  }
  return null;
}

/**
 * The role a phrase of lower-cased words names, its head noun refined by the
 * words around it: "prime minister" is a leader, "ministre des Affaires
 * étrangères" and "chef de la diplomatie" the foreign minister.
 */
export function roleOfPhrase(words: readonly string[], language: string): Role | null {
  let found: Role | null = null;
  for (const word of words) {
    const role = roleOfWord(word, language);
    if (role !== null && (found === null || found.role === 'person')) found = role;
  }
  if (found === null) return null;
  if (found.role === 'leader' && words.some((word) => DEPUTY_CUES.test(word))) return { ...found, role: 'deputy' };
  if (words.some((word) => FOREIGN_CUES.has(word) && word !== 'state') && (found.role === 'minister' || found.role === 'head'))
    return { ...found, role: 'foreign' };
  // "secretary of state" is the foreign minister; "chef de l'État", "head of government" the leader.
  if (found.role === 'minister' && words.includes('state')) return { ...found, role: 'foreign' };
  if (words.some((word) => LEADER_CUES.has(word)) && (found.role === 'minister' || found.role === 'leader' || found.role === 'head'))
    return { ...found, role: 'leader' };
  return found;
}

/** Whether a lower-cased word is a title or role in front of a name ("King", "Präsident", "Kremlsprecher"), in any language. */
export function isTitleOrRole(word: string): boolean {
  return TITLE_WORDS.has(word) || EXTRA_TITLES.has(word) || roleOfWord(word, 'de') !== null;
}

const EXTRA_TITLES = new Set([
  'emir',
  'sheikh',
  'scheich',
  'cheikh',
  'jeque',
  'könig',
  'königin',
  'roi',
  'reine',
  'rey',
  'reina',
  'sultan',
  'prinz',
  'prince',
  'príncipe',
]);

/** Whether a description's role can refer to a person known under another role. */
export function rolesCompatible(description: RoleClass, known: RoleClass): boolean {
  if (description === 'person' || known === 'person' || description === known) return true;
  // A vice president is not the president; a deputy may lead a party or a delegation.
  if (description === 'deputy' || known === 'deputy') return description === 'head' || known === 'head';
  // A foreign minister is a minister; the head of a delegation may be an envoy or a minister.
  if (description === 'minister' && known === 'foreign') return true;
  if (description === 'foreign' && known === 'minister') return true;
  if (description === 'head' && (known === 'minister' || known === 'foreign' || known === 'leader' || known === 'spokes')) return true;
  // A party or regional chief is often the premier the next sentence calls "Ministerpräsident".
  if (description === 'leader' && known === 'head') return true;
  return false;
}

/** Grammatical gender of an article or determiner in front of a role ("la ministre", "die Sprecherin", "el portavoz"). */
export function genderOfDeterminer(word: string, language: string): Gender | null {
  if (language === 'fr') return word === 'la' || word === 'une' ? 'f' : word === 'le' || word === 'un' ? 'm' : null;
  if (language === 'es') return word === 'la' || word === 'una' ? 'f' : word === 'el' || word === 'un' || word === 'del' || word === 'al' ? 'm' : null;
  if (language === 'de') return word === 'der' || word === 'ein' || word === 'dem' || word === 'des' ? 'm' : word === 'eine' ? 'f' : null;
  return null;
}

/**
 * The countries whose nationality words place a role ("le président français" is not the German chancellor), by ISO
 * code: the speaker rules were tuned with these; the words are the demonym table's (src/core/entities/demonyms.ts).
 */
const ROLE_COUNTRIES: ReadonlySet<string> = new Set('fr de ru us cn gb it es ua tr pl il ir nl jp in br mx ma dz sk hu kr au ca at'.split(' '));

/** Nationality adjectives and nouns, lower-cased, to the country they name. */
const NATIONALITIES = new Map<string, string>();
for (const { code, words } of DEMONYMS) if (code !== null && ROLE_COUNTRIES.has(code)) for (const word of words) NATIONALITIES.set(word, code);

/** The country a nationality word names ("français", "russische", "estadounidense"), if any. */
export function countryOfWord(word: string): string | null {
  return NATIONALITIES.get(word) ?? null;
}

/** The first nationality among words, if any. */
export function countryOfPhrase(words: readonly string[]): string | null {
  for (const word of words) {
    const country = NATIONALITIES.get(word);
    if (country !== undefined) return country;
  }
  return null;
}
