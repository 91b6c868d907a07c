import { GAP_COMMA, GAP_NEWLINE, GAP_STOP, type TokenTable } from '../text/index.js';
import { isStopWord } from '../language/index.js';
import { GERMAN_PLACE_KIND_NOUNS, foldName, matchGazetteerIn } from '../entities/index.js';
import { isTitleOrRole } from '../quotes/index.js';
import {
  GEOGRAPHIC_WORDS,
  ITINERARY_NOUNS_DE,
  ITINERARY_WORDS,
  VISIT_VERBS,
  ORIGIN_WORDS,
  RELATIVE_WORDS,
  SEQUENCE_PREPOSITIONS,
  SINCE_WORDS,
  SUBJECT_NOUNS,
} from './lead-words.js';
import { NEAR_WORDS, PLACE_KIND_LINKS, PLACE_KIND_NOUNS } from './lead-place-words.js';

/**
 * Where and with whom an article says its event happens: the places and the
 * people its title and opening name. Two reports of one event agree on them;
 * two look-alike reports (one traveller, a different host and city each day)
 * do not.
 */
export interface Lead {
  /** Entity keys of places in the dateline, title and first paragraph: where the event happens. */
  places: Set<string>;
  /**
   * Places the lead names as another stop of a tour or as background ("after Vienna", "fresh from talks in Vienna"),
   * and cities a later sentence of the opening names as one ("she flies on to Vilnius", see tour-stops.ts); not among `places`.
   */
  stops: Set<string>;
  /** Entity keys of people named there. */
  people: Set<string>;
  /**
   * People the lead or the paragraph after it names right after a word of meeting: a visit's partner, often named
   * only there ("nach einem Treffen mit seiner Amtskollegin …", "after talks with …"). Who the event is with.
   */
  partners: Set<string>;
  /** The weekdays the title and the lead's first sentence name, one bit each (Monday 1, Tuesday 2, … Sunday 64): the event's day. */
  days: number;
}

/** How much of the body is the lead. */
export const LEAD_CHARS = 320;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'à', 'en', 'nach', 'aus', 'im', 'au', 'bei', 'near', 'from', 'desde']);

const PARTICLES = new Set(['bin', 'ibn', 'al', 'von', 'van', 'de', 'del', 'la', 'der', 'den', 'da', 'di']);
/**
 * Particles that are also German articles: inside a name only after "von", "van" ("Van der Bellen", "von der
 * Leyen"); elsewhere they join a noun to its genitive, no name ("im Rahmen der Nato-Mission").
 */
const ARTICLE_PARTICLES = new Set(['der', 'den']);
const ARTICLE_PARTICLES_AFTER = new Set(['von', 'van']);

/** "in Cairo" and "visited Cairo" place the event; "the situation in Syria" names its subject. */
function afterPlacePreposition(table: TokenTable, i: number): boolean {
  const previous = table.words[i - 1];
  if (previous === undefined || (table.gaps[i]! & GAP_STOP) !== 0) return false;
  // "visited Abu Dhabi", "besuchte Riad": a verb of visiting places its object like a preposition.
  if (VISIT_VERBS.has(previous.lower)) return true;
  // "nahe Eteringbang", "der Grenzposten Eteringbang"; "the town of …", "cerca de …", "la localidad de …".
  if (NEAR_WORDS.has(previous.lower) || GERMAN_PLACE_KIND_NOUNS.has(previous.lower)) return true;
  const before = table.words[i - 2];
  if (PLACE_KIND_LINKS.has(previous.lower) && before !== undefined && (table.gaps[i - 1]! & (GAP_STOP | GAP_COMMA | GAP_NEWLINE)) === 0)
    if (PLACE_KIND_NOUNS.has(before.lower) || NEAR_WORDS.has(before.lower)) return true;
  if (!PLACE_PREPOSITIONS.has(previous.lower)) return false;
  const noun = table.words[i - 2];
  return noun === undefined || (table.gaps[i - 1]! & GAP_STOP) !== 0 || !SUBJECT_NOUNS.has(noun.lower);
}

/**
 * End of a run of capitalised words starting at i; name particles inside it ("Tamim bin Hamad Al Thani"). A known
 * name ends it: "Prime Minister Giorgia Meloni" is a title, then the gazetteer's Meloni under her own key.
 */
export function runEnd(table: TokenTable, i: number): number {
  let end = i + 1;
  while (
    end < table.count &&
    end - i < 7 &&
    table.starts[end]! - table.ends[end - 1]! <= 1 &&
    (table.gaps[end]! & (GAP_STOP | GAP_COMMA | GAP_NEWLINE)) === 0 &&
    matchGazetteerIn(table, end) === null
  ) {
    const word = table.words[end]!;
    // Particles inside a name, written either way: "bin", "Al", "de la", "von der".
    const particle = PARTICLES.has(word.lower) && (!ARTICLE_PARTICLES.has(word.lower) || ARTICLE_PARTICLES_AFTER.has(table.words[end - 1]!.lower));
    if (particle && table.words[end + 1]?.capitalized === true && table.starts[end + 1]! - table.ends[end]! <= 1) end += 2;
    else if (word.capitalized && !isStopWord(word)) end += 1;
    else break;
  }
  return end;
}

/** The key a name is filed under: its last word, regnal numbers left out ("Abdullah II" → "abdullah"). */
export function nameKey(table: TokenTable, from: number, end: number): string {
  let last = end - 1;
  while (last > from && /^[IVX]+$/.test(table.words[last]!.raw)) last -= 1;
  return foldName(table.words[last]!.raw);
}

/**
 * Whether the name run [from, end) is spelled out by the acronym in brackets after it ("Guyana Defence Force (GDF)",
 * "Fuerza Armada Nacional Bolivariana (FANB)"): a body, no person. The acronym's last letter is the run's last
 * initial and its first the initial of a word of the run or of the two before it; a party after a person ("Merz
 * (CDU)") is not spelled from the name.
 */
function spelledAcronym(table: TokenTable, from: number, end: number): boolean {
  const acronym = table.words[end];
  if (acronym === undefined || !acronym.allCaps || acronym.raw.length < 2 || !table.text.slice(table.ends[end - 1]!, table.starts[end]!).includes('('))
    return false;
  const letters = acronym.raw.toLowerCase();
  if (letters.at(-1) !== table.words[end - 1]!.lower[0]) return false;
  for (let k = Math.max(0, from - 2); k < end; k++) if (table.words[k]!.lower[0] === letters[0] && table.words[k]!.capitalized) return true;
  return false;
}

/** Whether a comma itself (not a dash or a bracket) comes before token i. */
function afterComma(table: TokenTable, i: number): boolean {
  return i > 0 && table.text.slice(table.ends[i - 1]!, table.starts[i]!).includes(',');
}

/** Whether token i is a place the gazetteer knows. */
function isKnownPlace(table: TokenTable, i: number): boolean {
  return matchGazetteerIn(table, i)?.entry.kind === 'place';
}

/**
 * Whether the phrase at i is set off from its clause by a comma, at most two words before it (", fresh from", ",
 * direkt nach", ", recién llegado desde"): a detached phrase, not the clause's own complement ("Delegations from
 * both countries met in Geneva", "teilten nach Gesprächen in Genf mit").
 */
function setOffByComma(table: TokenTable, i: number): boolean {
  for (let k = i; k >= Math.max(1, i - 2); k--) {
    if ((table.gaps[k]! & (GAP_STOP | GAP_NEWLINE)) !== 0) return false;
    if ((table.gaps[k]! & GAP_COMMA) !== 0) return afterComma(table, k);
  }
  return false;
}

/**
 * Whether the preposition at i opens a phrase about something that came before, not a place: a word of origin or
 * sequence before a noun rather than a name ("fresh from talks in Vienna", "direkt nach Gesprächen in Wien",
 * "de retour d'entretiens à Vienne"). German capitalises the noun: there, anything but a known place.
 */
function opensPriorPhrase(table: TokenTable, i: number): boolean {
  const lower = table.words[i]!.lower;
  if (!ORIGIN_WORDS.has(lower) && !SEQUENCE_PREPOSITIONS.has(lower)) return false;
  if (!setOffByComma(table, i)) return false;
  const next = table.words[i + 1];
  if (next === undefined || (table.gaps[i + 1]! & (GAP_STOP | GAP_COMMA | GAP_NEWLINE)) !== 0 || next.startsWithDigit) return false;
  // "depuis lundi", "desde hace meses": French and Spanish words of origin are also "since" before a noun.
  if (!next.capitalized && SEQUENCE_PREPOSITIONS.has(lower)) return !isKnownPlace(table, i + 2);
  if (!next.capitalized) return !SINCE_WORDS.has(lower) && (!isStopWord(next) || table.words[i + 2]?.capitalized !== true);
  return SEQUENCE_PREPOSITIONS.has(lower) && !isKnownPlace(table, i + 1) && !next.allCaps && table.words[i + 2]?.capitalized !== true;
}

/**
 * Which tokens up to `to` are about another stop of a tour or background:
 * from an itinerary word ("travels on to", "zuvor", "avant de se rendre",
 * "tras") or a phrase about what came before ("fresh from talks in Vienna")
 * to the end of its clause, relative clauses after a comma ("Lula, who held
 * talks in Vienna on Monday, met …"), and the name after a word of origin
 * ("arrived from Vienna").
 */
export function itineraryMask(table: TokenTable, to: number): Uint8Array {
  const mask = new Uint8Array(to);
  let inside = false;
  for (let i = 0; i < to; i++) {
    const gap = table.gaps[i]!;
    if ((gap & (GAP_STOP | GAP_COMMA | GAP_NEWLINE)) !== 0) inside = false;
    const lower = table.words[i]!.lower;
    const itineraryWord = ITINERARY_WORDS.has(lower) || (ITINERARY_NOUNS_DE.has(lower) && table.words[i]!.capitalized);
    if (itineraryWord || (RELATIVE_WORDS.has(lower) && (gap & GAP_COMMA) !== 0 && afterComma(table, i)) || opensPriorPhrase(table, i)) inside = true;
    if (inside) mask[i] = 1;
    else if (ORIGIN_WORDS.has(lower)) {
      // Only the name after it: "arrived from Vienna and signed on Tuesday" still signs on Tuesday.
      const end = Math.min(to, runEnd(table, i + 1));
      for (let k = i + 1; k < end && table.words[k]!.capitalized; k++) mask[k] = 1;
    }
  }
  return mask;
}

/**
 * Adds a place of the lead; one in a clause about another stop to its stops, unless it is the first place the
 * article names (the dateline's and the title's come first): "Lula flew to Prague on Tuesday" places the event.
 */
function addPlace(lead: Lead, key: string, i: number, itinerary: Uint8Array | null): void {
  if (itinerary !== null && itinerary[i] === 1 && lead.places.size > 0) lead.stops.add(key);
  else lead.places.add(key);
}

/**
 * Reads the places, stops and people of tokens [0, to) into `lead`; `placed` receives the token positions of the
 * places after the dateline that a preposition places outside a clause about another stop ("am Freitag in Podgorica").
 */
export function scanLead(
  table: TokenTable,
  lead: Lead,
  datelineEnd: number,
  to: number,
  itinerary: Uint8Array | null = null,
  placed: number[] | null = null,
  from = 0,
): void {
  let i = from;
  while (i < to) {
    const known = matchGazetteerIn(table, i);
    if (known !== null) {
      // A place is where the event is when the dateline or a preposition says so ("in Cairo"), not when a
      // background sentence names it ("Egypt and Qatar are mediating").
      if (known.entry.kind === 'place' && (i < datelineEnd || afterPlacePreposition(table, i))) {
        addPlace(lead, known.entry.key, i, itinerary);
        if (i >= datelineEnd && itinerary?.[i] !== 1) placed?.push(i);
      }
      // A known place anywhere in a clause about another stop is one: "before heading on to Vilnius".
      else if (known.entry.kind === 'place' && itinerary !== null && itinerary[i] === 1) lead.stops.add(known.entry.key);
      else if (known.entry.kind === 'person') lead.people.add(known.entry.key);
      i = known.end;
      continue;
    }
    const word = table.words[i]!;
    // "Grenzposten Eteringbang": the German kind of place is no part of the name after it.
    const kindOfPlace = GERMAN_PLACE_KIND_NOUNS.has(word.lower) && table.words[i + 1]?.capitalized === true && table.gaps[i + 1] === 0;
    if (!word.capitalized || word.startsWithDigit || isStopWord(word) || kindOfPlace) {
      i += 1;
      continue;
    }
    const end = runEnd(table, i);
    const key = nameKey(table, i, end);
    const previous = table.words[i - 1];
    // Any name in a clause about another stop may be that stop ("del ataque de Graz"): a stop counts only where
    // another lead places its event there, so a person's name here does no harm.
    if (itinerary !== null && itinerary[i] === 1) lead.stops.add(key);
    // The dateline ("KHARTOUM —", "Kurtschatow –") and names after "in", "à", "en" are places; a sea, a port
    // or a reef is a region or a landmark, not where two reports meet ("near Scarborough Shoal", "at Port of").
    if (i < datelineEnd || afterPlacePreposition(table, i)) {
      if (!GEOGRAPHIC_WORDS.has(table.words[end - 1]!.lower)) {
        addPlace(lead, key, i, itinerary);
        if (i >= datelineEnd && itinerary?.[i] !== 1) placed?.push(i);
      }
    }
    // A full name, or one name after a title: "King Abdullah", "Präsident Rinkēvičs"; "the Black Sea" is neither, nor
    // is what a number counts ("40 Millionen Euro", "300 Soldaten": German capitalises the noun).
    else if (
      !word.allCaps &&
      previous?.startsWithDigit !== true &&
      !spelledAcronym(table, i, end) &&
      !GEOGRAPHIC_WORDS.has(table.words[end - 1]!.lower) &&
      (end - i >= 2 ||
        (previous !== undefined && !previous.capitalized && isTitleOrRole(previous.lower)) ||
        (previous?.capitalized === true && isTitleOrRole(previous.lower)))
    )
      lead.people.add(key);
    i = end;
  }
}
