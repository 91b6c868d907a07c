import type { ArticleFeatures } from './features.js';

/**
 * What the leads of two articles say differs: the places, the people, the
 * day. A wire template followed from stop to stop repeats the traveller, the
 * numbers and the policy words; the leads tell its events apart.
 */

/** Whether the article names this entity id. */
function namesEntity(features: ArticleFeatures, id: number): boolean {
  const ids = features.entityIds;
  let lo = features.entityStart;
  let hi = features.entityEnd;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const value = ids[mid]!;
    if (value === id) return true;
    if (value < id) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/** Whether one of the lead's specific places is named anywhere in the other article. */
function named(places: number[], other: ArticleFeatures): boolean {
  for (const place of places) if (namesEntity(other, place) || other.leadPlaces.includes(place)) return true;
  return false;
}

/** Whether the lead names someone the other article never names. */
function hasStranger(people: number[], other: ArticleFeatures): boolean {
  for (const person of people) if (!namesEntity(other, person) && !other.leadPeople.includes(person)) return true;
  return false;
}

/** How many people of either lead both articles name: one is a traveller, two are the sides of a meeting ("Meloni and Rama signed"). */
function travellers(a: ArticleFeatures, b: ArticleFeatures): number {
  let count = 0;
  for (const person of a.leadPeople) if (namesEntity(b, person) || b.leadPeople.includes(person)) count += 1;
  for (const person of b.leadPeople) if (!a.leadPeople.includes(person) && namesEntity(a, person)) count += 1;
  return count;
}

/** Whether both leads name one person. */
function sharePerson(a: number[], b: number[]): boolean {
  for (const person of a) if (b.includes(person)) return true;
  return false;
}

/** Whether a lead place (everyday ones included) is named by the other article. */
export function placesAgree(a: ArticleFeatures, b: ArticleFeatures): boolean {
  return named(a.leadPlaces, b) || named(b.leadPlaces, a);
}

/** Whether both leads place their event and no place of one lead is in the other's lead. */
function leadsApart(a: ArticleFeatures, b: ArticleFeatures): boolean {
  if (a.specificPlaces.length === 0 || b.specificPlaces.length === 0) return false;
  for (const place of a.specificPlaces) if (b.leadPlaces.includes(place)) return false;
  for (const place of b.specificPlaces) if (a.leadPlaces.includes(place)) return false;
  return true;
}

/** Whether one lead's specific place is in the other's lead: both say the event happens there. */
function leadsSharePlace(a: ArticleFeatures, b: ArticleFeatures): boolean {
  for (const place of a.specificPlaces) if (b.leadPlaces.includes(place)) return true;
  for (const place of b.specificPlaces) if (a.leadPlaces.includes(place)) return true;
  return false;
}

/** Whether one lead names, as another stop, a specific place where the other lead puts its event ("after Vienna", "fresh from talks in Vienna" against "VIENNA —"). */
function otherStop(a: ArticleFeatures, b: ArticleFeatures): boolean {
  for (const place of a.stopPlaces) if (b.specificPlaces.includes(place)) return true;
  for (const place of b.stopPlaces) if (a.specificPlaces.includes(place)) return true;
  return false;
}

/** Whether neither article names, anywhere in its opening, the day the other's lead gives its event. */
function daysUnnamed(a: ArticleFeatures, b: ArticleFeatures): boolean {
  return (a.namedDays & b.leadDays) === 0 && (b.namedDays & a.leadDays) === 0;
}

/** Conflict results: the count (0–2), plus SIDES when the people alone differ in leads that share their place, APART when the places alone do. */
export const SIDES = 4;
export const APART = 8;
/** Flagged with the count when the people differ (each lead, or its partners where the leads share no place, names someone the other never does). */
export const PEOPLE = 16;
/** Reports of one event from two sides come out within a day of each other. */
const SIDES_MS = 24 * 3_600_000;
/**
 * One person in two places within hours is one event the leads place at two scales or from two sides ("in Doral",
 * "near Miami"; "au Plateau", "in Ivory Coast"); further apart, a traveller's two stops.
 */
const STOPS_MS = 12 * 3_600_000;

/** Both leads name the day of their event, and never the same one. */
function daysDiffer(a: ArticleFeatures, b: ArticleFeatures): boolean {
  return a.leadDays !== 0 && b.leadDays !== 0 && (a.leadDays & b.leadDays) === 0;
}

/**
 * Different places: both leads name places and neither names one the other
 * article knows. Different people: each lead names someone the other never
 * does. Leads that place their events apart (neither names the other's place,
 * a clause about another stop aside: "travels on to Athens", "zuvor war er in
 * Wien") with different people, or on different weekdays, are two events (2):
 * one traveller's two stops. Different people in leads that put the event in
 * one specific place within a day, on no different weekday, are the sides of
 * one event (the host's press, each leader's, a neighbour's), flagged SIDES;
 * on different weekdays, in one place or not, they are two events (2).
 * Leads apart that name one person alike, more than half a day apart and on
 * no weekday both name, are one traveller in two places, or one side filed
 * from its own capital: flagged APART, they need two names both leads give
 * ("Meloni and Rama signed", datelined Rome and Tirana). Leads in one place on
 * different weekdays, neither report naming the other's day, differ by one.
 */
export function conflicts(a: ArticleFeatures, b: ArticleFeatures): number {
  const places = a.specificPlaces.length > 0 && b.specificPlaces.length > 0 && !named(a.specificPlaces, b) && !named(b.specificPlaces, a);
  const narrow = hasStranger(a.leadPeople, b) && hasStranger(b.leadPeople, a);
  // Where the leads do not share a place, a partner the next paragraph names counts as the lead's own.
  const people = narrow || (!leadsSharePlace(a, b) && hasStranger(a.leadPartners, b) && hasStranger(b.leadPartners, a));
  const apart = leadsApart(a, b);
  const days = daysDiffer(a, b);
  // One lead names the other's place only as background ("hours after an attack in Graz", "fresh from talks in
  // Vienna", or a later sentence: "flies on to Vilnius"): a place apart, however the other article is named; with one
  // traveller (one person of the leads both reports name), a tour's two stops.
  const background = apart && otherStop(a, b);
  if (apart && (people || days || (background && travellers(a, b) === 1))) return 2;
  // Different people on different days, in one place or not: two events (a visit, then the host capital's reaction to another).
  if (people && days) return 2;
  if (people && !days && Math.abs(a.time - b.time) <= SIDES_MS && leadsSharePlace(a, b)) return 1 | SIDES;
  if (apart && sharePerson(a.leadPeople, b.leadPeople) && Math.abs(a.time - b.time) > STOPS_MS && (a.leadDays & b.leadDays) === 0) return 1 | APART;
  // One place on two days neither report names the other's day anywhere: look-alike events there (an attack at the
  // station, another on a tram the next morning), unless more names or the same numbers (the victims' ages, a toll)
  // tie them; not one event told on two days ("prosecutors said on Tuesday" of Monday's attack).
  const elsewhere = places || background || (days && placesAgree(a, b) && daysUnnamed(a, b));
  return people ? ((elsewhere ? 1 : 0) + 1) | PEOPLE : elsewhere ? 1 : 0;
}
