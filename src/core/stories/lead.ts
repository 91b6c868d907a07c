import { GAP_COMMA, GAP_NEWLINE, GAP_STOP, WEEKDAYS, datelineAt, type TokenTable } from '../text/index.js';
import { isStopWord } from '../language/index.js';
import { cityCountry, foldName, matchGazetteerIn } from '../entities/index.js';
import { isTitleOrRole } from '../quotes/index.js';
import { addTourStops } from './tour-stops.js';
import {
  GEOGRAPHIC_WORDS,
  ITINERARY_WORDS,
  VISIT_VERBS,
  ORIGIN_WORDS,
  PARTNER_WORDS,
  RELATIVE_WORDS,
  SEQUENCE_PREPOSITIONS,
  SINCE_WORDS,
  SUBJECT_NOUNS,
} from './lead-words.js';

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
const LEAD_CHARS = 320;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'à', 'en', 'nach', 'aus', 'im', 'au', 'bei', 'near', 'from', 'desde']);

const PARTICLES = new Set(['bin', 'ibn', 'al', 'von', 'van', 'de', 'del', 'la', 'der', 'den', 'da', 'di']);

/** "in Cairo" and "visited Cairo" place the event; "the situation in Syria" names its subject. */
function afterPlacePreposition(table: TokenTable, i: number): boolean {
  const previous = table.words[i - 1];
  if (previous === undefined || (table.gaps[i]! & GAP_STOP) !== 0) return false;
  // "visited Abu Dhabi", "besuchte Riad": a verb of visiting places its object like a preposition.
  if (VISIT_VERBS.has(previous.lower)) return true;
  if (!PLACE_PREPOSITIONS.has(previous.lower)) return false;
  const noun = table.words[i - 2];
  return noun === undefined || (table.gaps[i - 1]! & GAP_STOP) !== 0 || !SUBJECT_NOUNS.has(noun.lower);
}

/**
 * End of a run of capitalised words starting at i; name particles inside it ("Tamim bin Hamad Al Thani"). A known
 * name ends it: "Prime Minister Giorgia Meloni" is a title, then the gazetteer's Meloni under her own key.
 */
function runEnd(table: TokenTable, i: number): number {
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
    if (PARTICLES.has(word.lower) && table.words[end + 1]?.capitalized === true && table.starts[end + 1]! - table.ends[end]! <= 1) end += 2;
    else if (word.capitalized && !isStopWord(word)) end += 1;
    else break;
  }
  return end;
}

/** The key a name is filed under: its last word, regnal numbers left out ("Abdullah II" → "abdullah"). */
function nameKey(table: TokenTable, from: number, end: number): string {
  let last = end - 1;
  while (last > from && /^[IVX]+$/.test(table.words[last]!.raw)) last -= 1;
  return foldName(table.words[last]!.raw);
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
function itineraryMask(table: TokenTable, to: number): Uint8Array {
  const mask = new Uint8Array(to);
  let inside = false;
  for (let i = 0; i < to; i++) {
    const gap = table.gaps[i]!;
    if ((gap & (GAP_STOP | GAP_COMMA | GAP_NEWLINE)) !== 0) inside = false;
    const lower = table.words[i]!.lower;
    if (ITINERARY_WORDS.has(lower) || (RELATIVE_WORDS.has(lower) && (gap & GAP_COMMA) !== 0 && afterComma(table, i)) || opensPriorPhrase(table, i))
      inside = true;
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
function scanLead(
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
    if (!word.capitalized || word.startsWithDigit || isStopWord(word)) {
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
      !GEOGRAPHIC_WORDS.has(table.words[end - 1]!.lower) &&
      (end - i >= 2 ||
        (previous !== undefined && !previous.capitalized && isTitleOrRole(previous.lower)) ||
        (previous?.capitalized === true && isTitleOrRole(previous.lower)))
    )
      lead.people.add(key);
    i = end;
  }
}

/**
 * The dateline's place tokens (the end of "MOSCOW", "DAKAR", "Berlin/Moskau", "SAN JOSÉ, Costa Rica") and the first
 * token after it, past its date and agency ("DAKAR, Nov 16 (Reuters) -", "GENEVA, November 27. /TASS/."); 0, 0 if none.
 */
function datelineTokens(table: TokenTable): { places: number; body: number } {
  const dateline = datelineAt(table.text);
  if (dateline === null) return { places: 0, body: 0 };
  const placesEnd = dateline.places.at(-1)?.end ?? 0;
  let places = 0;
  while (places < table.count && table.starts[places]! < placesEnd) places += 1;
  let body = places;
  while (body < table.count && table.starts[body]! < dateline.end) body += 1;
  return { places, body };
}

/**
 * The lead of an article from its title's and its body opening's tokens.
 * `entities` are the article's own entity keys: a name the analysis did not
 * take for an entity (a German noun phrase) is no person here either.
 */
export function leadOf(title: TokenTable, opening: TokenTable, entities: ReadonlySet<string>): Lead {
  const lead: Lead = { places: new Set(), stops: new Set(), people: new Set(), partners: new Set(), days: 0 };
  scanLead(title, lead, 0, title.count);
  const titlePlaces = new Set(lead.places);
  const { places: dateline, body } = datelineTokens(opening);
  const datelinePlaces = new Set<string>();
  if (dateline > 0) {
    const head: Lead = { places: new Set(), stops: new Set(), people: new Set(), partners: new Set(), days: 0 };
    scanLead(opening, head, dateline, dateline);
    for (const place of head.places) datelinePlaces.add(place);
  }
  const end = leadEnd(opening);
  const itinerary = itineraryMask(opening, end);
  const placed: number[] = [];
  scanLead(opening, lead, dateline, end, itinerary, placed);
  const first = firstSentenceEnd(opening, body, end);
  lead.days = weekdaysOf(title, 0, title.count, null) | weekdaysOf(opening, dateline, first, itinerary) | weekdaysBeside(opening, placed, first, end);
  for (const person of lead.people) if (!entities.has(person)) lead.people.delete(person);
  // "nach Giftanschlag": after a preposition, a capitalised German noun is no place; keep the places the analysis knows.
  for (const place of lead.places) if (!entities.has(place) && !datelinePlaces.has(place)) lead.places.delete(place);
  for (const place of lead.stops) if (!entities.has(place) || lead.places.has(place)) lead.stops.delete(place);
  for (const place of lead.places) lead.people.delete(place);
  dropDesk(opening, lead, datelinePlaces, titlePlaces, placed, body);
  addTourStops(opening, lead.places, lead.stops, entities);
  addPartners(opening, lead, end, entities);
  return lead;
}

/** How much of the second paragraph is read for partners, and how far after a word of meeting its partner is named. */
const PARTNER_CHARS = 400;
const PARTNER_WINDOW = 8;

/**
 * The people the lead and the paragraph after it (its first PARTNER_CHARS characters) name after a word of meeting
 * ("talks with Slovenian Foreign Minister Tanja Vrhovnik", "traf den Meeresminister Rui Calado", "son homologue Ivan
 * Perković", "se reunió con la ministra Lucía Ferrán"), within PARTNER_WINDOW tokens of one sentence: `partners`.
 */
function addPartners(table: TokenTable, lead: Lead, end: number, entities: ReadonlySet<string>): void {
  let second = end;
  while (second < table.count && (table.gaps[second]! & GAP_NEWLINE) === 0) second += 1;
  let to = Math.min(table.count, second + 1);
  const limit = (table.starts[second] ?? 0) + PARTNER_CHARS;
  while (to < table.count && table.starts[to]! < limit && (table.gaps[to]! & GAP_NEWLINE) === 0) to += 1;
  for (const person of lead.people) lead.partners.add(person);
  const found: Lead = { places: new Set(), stops: new Set(), people: new Set(), partners: new Set(), days: 0 };
  for (let i = 0; i < to; i++) {
    if (!PARTNER_WORDS.has(table.words[i]!.lower)) continue;
    let stop = i + 1;
    while (stop < Math.min(to, i + 1 + PARTNER_WINDOW) && (table.gaps[stop]! & (GAP_STOP | GAP_NEWLINE)) === 0) stop += 1;
    scanLead({ ...table, count: stop }, found, 0, stop, null, null, i + 1);
  }
  for (const person of found.people) if (entities.has(person) && !lead.places.has(person) && !found.places.has(person)) lead.partners.add(person);
}

/** The key of the place at token i: the gazetteer's, or the name's. */
function placeKeyAt(table: TokenTable, i: number): string {
  return matchGazetteerIn(table, i)?.entry.key ?? nameKey(table, i, runEnd(table, i));
}

/** Whether the place is named again from token `from` on. */
function namedFrom(table: TokenTable, from: number, key: string): boolean {
  for (let i = from; i < table.count; i++) if (table.words[i]!.capitalized && placeKeyAt(table, i) === key) return true;
  return false;
}

/**
 * A dateline city the title and the opening never name again, over a title or lead that puts its event in another
 * place that is not that city's country ("Wien (APA) - … sagte Leitgeb in Montenegro", "BUENOS AIRES (NA) - … se reunió en
 * Asunción"), is the desk the report was filed from, often the traveller's home capital, not where the event is.
 */
function dropDesk(
  table: TokenTable,
  lead: Lead,
  datelinePlaces: ReadonlySet<string>,
  titlePlaces: ReadonlySet<string>,
  placed: readonly number[],
  body: number,
): void {
  if (datelinePlaces.size === 0) return;
  const elsewhere = [...titlePlaces, ...placed.map((at) => placeKeyAt(table, at))].filter((key) => lead.places.has(key) && !datelinePlaces.has(key));
  if (elsewhere.length === 0) return;
  for (const desk of datelinePlaces) {
    const country = cityCountry(desk);
    if (country === undefined || titlePlaces.has(desk) || elsewhere.includes(country) || namedFrom(table, body, desk)) continue;
    lead.places.delete(desk);
  }
}

const WEEKDAY_BITS = new Map(WEEKDAYS.map((name, index) => [name, 1 << (index % 7)]));

/** The weekday bit of a word, an English possessive included ("Monday's visit"); 0 for other words. */
function weekdayBit(lower: string): number {
  return WEEKDAY_BITS.get(lower) ?? (/['’]s$/.test(lower) ? (WEEKDAY_BITS.get(lower.slice(0, -2)) ?? 0) : 0);
}

/** The weekdays named in [from, to), outside clauses about another stop. */
function weekdaysOf(table: TokenTable, from: number, to: number, itinerary: Uint8Array | null): number {
  let days = 0;
  for (let i = from; i < to; i++) if (itinerary === null || itinerary[i] !== 1) days |= weekdayBit(table.words[i]!.lower);
  return days;
}

/** How near a weekday stands to the place it dates: "am Freitag in Podgorica", "mardi à Abou Dhabi", "in Doha on Wednesday". */
const BESIDE_TOKENS = 2;

/**
 * The weekdays of the lead's later sentences [from, to) that stand beside a place the lead places its event in
 * ("sagte Leitgeb am Freitag in Podgorica", "este martes en Lisboa"): the time and place of one clause, the event's
 * day, where another weekday of those sentences may be any day ("Am Freitag will er weiterreisen").
 */
function weekdaysBeside(table: TokenTable, placed: readonly number[], from: number, to: number): number {
  let days = 0;
  for (const at of placed) {
    if (at < from) continue;
    for (let i = Math.max(from, at - BESIDE_TOKENS - 1); i <= Math.min(to - 1, at + BESIDE_TOKENS); i++) {
      if (i === at) continue;
      // The weekday and the place in one clause: no sentence end between them.
      const [lo, hi] = i < at ? [i, at] : [at, i];
      let broken = false;
      for (let k = lo + 1; k <= hi; k++) if ((table.gaps[k]! & (GAP_STOP | GAP_NEWLINE)) !== 0) broken = true;
      if (!broken) days |= weekdayBit(table.words[i]!.lower);
    }
  }
  return days;
}

/** The end of the sentence starting at token `from`, past the dateline (its agency is no end: "VIENA (EFE).- El"), at most `to`. */
function firstSentenceEnd(table: TokenTable, from: number, to: number): number {
  let i = from + 1;
  while (i < to && (table.gaps[i]! & GAP_STOP) === 0) i += 1;
  return Math.min(i, to);
}

/** The first paragraph of the opening, at most LEAD_CHARS characters. */
function leadEnd(table: TokenTable): number {
  let i = 0;
  while (i < table.count && table.ends[i]! <= LEAD_CHARS && (i === 0 || (table.gaps[i]! & GAP_NEWLINE) === 0)) i += 1;
  return i;
}
