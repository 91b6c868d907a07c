import { GAP_NEWLINE, GAP_STOP, datelineAt, weekdayOfWord, type TokenTable } from '../text/index.js';
import { CAPITAL_GOVERNMENTS, cityCountry, matchGazetteerIn } from '../entities/index.js';
import { addTourStops } from './tour-stops.js';
import { ONGOING_WORDS, PARTNER_WORDS } from './lead-words.js';
import { isStopWord } from '../language/index.js';
import { COUNTERPART_WORDS } from './lead-place-words.js';
import { capitalsIn } from './lead-capitals.js';
import { countryOfAdjective } from './capital-words.js';

/** Prepositions of a direction or an origin: a title's "nach Zagreb", "aus Kiew", "from Kyiv", "desde Quito". */
const DIRECTION_WORDS: ReadonlySet<string> = new Set(['nach', 'aus', 'from', 'desde']);
import { LEAD_CHARS, itineraryMask, nameKey, runEnd, scanLead, type Lead } from './lead-scan.js';

export type { Lead } from './lead-scan.js';

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
  const titlePlaced: number[] = [];
  scanLead(title, lead, 0, title.count, null, titlePlaced);
  const titlePlaces = new Set(lead.places);
  // A title's "nach X" / "aus X" (a direction or an origin) puts no event in X: no reason to take the dateline for a desk.
  const titleEvent = new Set(titlePlaces);
  for (const at of titlePlaced) if (at > 0 && DIRECTION_WORDS.has(title.words[at - 1]!.lower)) titleEvent.delete(placeKeyAt(title, at));
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
  for (const person of lead.people) if (!entities.has(person)) lead.people.delete(person);
  // "nach Giftanschlag": after a preposition, a capitalised German noun is no place; keep the places the analysis knows.
  for (const place of lead.places) if (!entities.has(place) && !datelinePlaces.has(place)) lead.places.delete(place);
  for (const place of lead.stops) if (!entities.has(place) || lead.places.has(place)) lead.stops.delete(place);
  for (const place of lead.places) lead.people.delete(place);
  const placedKeys = placed.map((at) => placeKeyAt(opening, at));
  addCapitals(title, opening, lead, titleEvent, itinerary, body, end, placed, placedKeys);
  lead.days = weekdaysOf(title, 0, title.count, null) | weekdaysOf(opening, dateline, first, itinerary) | weekdaysBeside(opening, placed, first, end);
  dropDesk(opening, lead, datelinePlaces, titlePlaces, titleEvent, placedKeys, body);
  placeBeyondDesk(title, opening, lead, datelinePlaces, titlePlaces, titleEvent, body, end, entities);
  titleCityBeyondDesk(title, opening, lead, datelinePlaces, body);
  addTourStops(opening, lead.places, lead.stops, entities);
  addPartners(opening, lead, end, entities);
  return lead;
}

/**
 * The cities the title and the lead name by what they are the capital of ("in the Latvian capital", "dans la
 * capitale lettone", see lead-capitals.ts): places of the event like a named city, another stop's in a clause about
 * one. Their noun's token joins `placed` (its weekday is the event's: "am Dienstag in der lettischen Hauptstadt")
 * and their key `placedKeys`.
 */
function addCapitals(
  title: TokenTable,
  opening: TokenTable,
  lead: Lead,
  titleEvent: Set<string>,
  itinerary: Uint8Array,
  body: number,
  end: number,
  placed: number[],
  placedKeys: string[],
): void {
  for (const { key } of capitalsIn(title, 0, title.count)) {
    lead.places.add(key);
    titleEvent.add(key);
  }
  for (const { key, at } of capitalsIn(opening, body, end)) {
    if (itinerary[at] === 1 && lead.places.size > 0) {
      if (!lead.places.has(key)) lead.stops.add(key);
      continue;
    }
    lead.places.add(key);
    lead.stops.delete(key);
    placed.push(at);
    placedKeys.push(key);
  }
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
  const { to } = secondParagraph(table, end);
  for (const person of lead.people) lead.partners.add(person);
  const found: Lead = { places: new Set(), stops: new Set(), people: new Set(), partners: new Set(), days: 0 };
  for (let i = 0; i < to; i++) {
    if (!PARTNER_WORDS.has(table.words[i]!.lower)) continue;
    let stop = i + 1;
    while (stop < Math.min(to, i + 1 + PARTNER_WINDOW) && (table.gaps[stop]! & (GAP_STOP | GAP_NEWLINE)) === 0) stop += 1;
    scanLead({ ...table, count: stop }, found, 0, stop, null, null, i + 1);
  }
  for (const person of found.people) if (entities.has(person) && !lead.places.has(person) && !found.places.has(person)) lead.partners.add(person);
  addPartnerCountries(table, lead, to);
}

/** How near a nationality stands to the word for a counterpart: "his Vietnamese counterpart", "son homologue philippin". */
const NATIONALITY_TOKENS = 2;

/**
 * A partner named by nationality only ("his Vietnamese counterpart", "seinem vietnamesischen Amtskollegen", "son
 * homologue philippin", "su homólogo filipino"): the partner is that country's, and its key joins `partners`, as a
 * name the other report must also know. Two stops of one tour then differ in their partners though neither is named.
 */
function addPartnerCountries(table: TokenTable, lead: Lead, to: number): void {
  for (let i = 0; i < to; i++) {
    if (!COUNTERPART_WORDS.has(table.words[i]!.lower)) continue;
    for (let k = Math.max(0, i - NATIONALITY_TOKENS); k <= Math.min(to - 1, i + NATIONALITY_TOKENS); k++) {
      if (k === i) continue;
      const [lo, hi] = k < i ? [k, i] : [i, k];
      let joined = true;
      for (let g = lo + 1; g <= hi; g++) if ((table.gaps[g]! & (GAP_STOP | GAP_NEWLINE)) !== 0) joined = false;
      const country = joined ? countryOfAdjective(table.words[k]!.lower) : undefined;
      if (country !== undefined) lead.partners.add(country);
    }
  }
}

/** The paragraph after the lead, [from, to), its first PARTNER_CHARS characters. */
function secondParagraph(table: TokenTable, end: number): { from: number; to: number } {
  let second = end;
  while (second < table.count && (table.gaps[second]! & GAP_NEWLINE) === 0) second += 1;
  let to = Math.min(table.count, second + 1);
  const limit = (table.starts[second] ?? 0) + PARTNER_CHARS;
  while (to < table.count && table.starts[to]! < limit && (table.gaps[to]! & GAP_NEWLINE) === 0) to += 1;
  return { from: second, to };
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
  titleEvent: ReadonlySet<string>,
  placedKeys: readonly string[],
  body: number,
): void {
  if (datelinePlaces.size === 0) return;
  const elsewhere = [...titleEvent, ...placedKeys].filter((key) => lead.places.has(key) && !datelinePlaces.has(key));
  if (elsewhere.length === 0) return;
  for (const desk of datelinePlaces) {
    const country = cityCountry(desk);
    if (country === undefined || titlePlaces.has(desk) || elsewhere.includes(country) || namedFrom(table, body, desk)) continue;
    lead.places.delete(desk);
  }
}

/** The countries tokens [from, to) name: by name, by a city of theirs, or by adjective ("Angolan President"). */
function countriesNamed(table: TokenTable, from: number, to: number, into: Set<string>): void {
  let i = from;
  while (i < to) {
    const known = matchGazetteerIn(table, i);
    if (known !== null) {
      if (known.entry.kind === 'place') into.add(cityCountry(known.entry.key) ?? known.entry.key);
      i = known.end;
      continue;
    }
    const country = countryOfAdjective(table.words[i]!.lower);
    if (country !== undefined) into.add(country);
    i += 1;
  }
}

/**
 * A lead that places its event only in a dateline city whose country neither the title nor the lead names (by name,
 * another of its cities or adjective) while they name other countries ("Johannesburgo, 22 oct (EFE).- El presidente
 * de Zambia …"), and whose next paragraph places the event in a city of another country ("participó en la ceremonia
 * de firma en Luanda"): the dateline is an agency's regional desk and that city the event's place.
 */
function placeBeyondDesk(
  title: TokenTable,
  opening: TokenTable,
  lead: Lead,
  datelinePlaces: ReadonlySet<string>,
  titlePlaces: ReadonlySet<string>,
  titleEvent: ReadonlySet<string>,
  body: number,
  end: number,
  entities: ReadonlySet<string>,
): void {
  if (datelinePlaces.size === 0) return;
  for (const place of lead.places) if (!datelinePlaces.has(place)) return;
  const named = new Set<string>();
  countriesNamed(title, 0, title.count, named);
  countriesNamed(opening, body, end, named);
  const deskCountries = new Set([...datelinePlaces].map((desk) => cityCountry(desk)));
  if (deskCountries.has(undefined) || [...deskCountries].some((country) => named.has(country!))) return;
  if (![...named].some((country) => !deskCountries.has(country))) return;
  const { from, to } = secondParagraph(opening, end);
  if (from >= to) return;
  const found: Lead = { places: new Set(), stops: new Set(), people: new Set(), partners: new Set(), days: 0 };
  const placed: number[] = [];
  scanLead(opening, found, 0, to, itineraryMask(opening, to), placed, from);
  for (const at of placed) {
    const key = placeKeyAt(opening, at);
    const country = cityCountry(key);
    if (!entities.has(key) || country === undefined || deskCountries.has(country)) continue;
    lead.places.add(key);
    lead.stops.delete(key);
    dropDesk(opening, lead, datelinePlaces, titlePlaces, titleEvent, [key], body);
    return;
  }
}

/**
 * A lead placed only in a dateline city that the title and the opening never name again, under a title that names
 * a city of another country anywhere ("Ransomware gang claims attack on Antwerp container terminal" under
 * "AMSTERDAM (Reuters) -"): the dateline is an agency's desk and the title's city the event's place. A capital that
 * stands for its government ("Moscow warns …") places nothing.
 */
function titleCityBeyondDesk(title: TokenTable, opening: TokenTable, lead: Lead, datelinePlaces: ReadonlySet<string>, body: number): void {
  if (datelinePlaces.size === 0) return;
  for (const place of lead.places) if (!datelinePlaces.has(place)) return;
  const deskCountries = new Set<string>();
  for (const desk of datelinePlaces) {
    const country = cityCountry(desk);
    if (country === undefined || namedFrom(title, 0, desk) || namedFrom(opening, body, desk)) return;
    deskCountries.add(country);
  }
  for (let i = 0; i < title.count; i++) {
    const known = matchGazetteerIn(title, i);
    if (known === null || known.entry.kind !== 'place' || known.entry.key in CAPITAL_GOVERNMENTS) continue;
    const country = cityCountry(known.entry.key);
    if (country === undefined || deskCountries.has(country)) continue;
    for (const desk of datelinePlaces) lead.places.delete(desk);
    lead.places.add(known.entry.key);
    lead.stops.delete(known.entry.key);
    return;
  }
}

/** The weekday bit of a word, an English possessive ("Monday's visit") and a German part of the day ("Dienstagmorgen") included; 0 for other words. */
function weekdayBit(lower: string): number {
  const day = weekdayOfWord(lower);
  if (day >= 0) return 1 << day;
  const owner = /['’]s$/.test(lower) ? weekdayOfWord(lower.slice(0, -2)) : -1;
  return owner >= 0 ? 1 << owner : 0;
}

/** Days an event begun on a weekday "since" ("seit Donnerstag") goes on into: that day and the next ones of a story's window. */
const ONGOING_DAYS = 3;

/**
 * The weekday bits of token i: its own, or after a word of "since" (a stop word between: "desde el jueves") that day
 * and the next ONGOING_DAYS - 1, the days a report of the ongoing event may date itself by.
 */
function weekdayBitsAt(table: TokenTable, i: number): number {
  const bit = weekdayBit(table.words[i]!.lower);
  if (bit === 0) return 0;
  const before = table.words[i - 1];
  const since = before !== undefined && (ONGOING_WORDS.has(before.lower) || (i > 1 && isStopWord(before) && ONGOING_WORDS.has(table.words[i - 2]!.lower)));
  if (!since) return bit;
  let bits = 0;
  for (let k = 0; k < ONGOING_DAYS; k++) bits |= rotateDay(bit, k);
  return bits;
}

/** A weekday bit moved `days` days on, Sunday wrapping to Monday. */
function rotateDay(bit: number, days: number): number {
  let moved = bit;
  for (let k = 0; k < days; k++) moved = moved === 64 ? 1 : moved << 1;
  return moved;
}

/** The weekdays named in [from, to), outside clauses about another stop. */
function weekdaysOf(table: TokenTable, from: number, to: number, itinerary: Uint8Array | null): number {
  let days = 0;
  for (let i = from; i < to; i++) if (itinerary === null || itinerary[i] !== 1) days |= weekdayBitsAt(table, i);
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
      if (!broken) days |= weekdayBitsAt(table, i);
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
