import { isAgency } from './agencies.js';
import { JAENNER, MONTHS_BY_LANGUAGE } from './months.js';

/**
 * The dateline an article opens with: the place it was filed from, a date, the agency, then a dash or a stop
 * ("BERLIN (dpa) –", "Berlin/Moskau (dpa) –", "MOSCOW —", "DAKAR, Nov 16 (Reuters) -", "MADRID, 5 (EFE).-",
 * "GENEVA, November 27. /TASS/.", "DORAL, Fla. (AP) —", "ADAZI (Letonia) -", "(dpa) - "), or the place glued to the
 * first word when a converter lost the dash ("Moskau, WashingtonDer …"). One recogniser for sentence splitting,
 * quotes and story leads. It reads a bounded window at the start, so its cost does not grow with the text.
 */

export interface TextSpan {
  start: number;
  end: number;
}

export interface Dateline {
  /** Where the text after the dateline starts: its dash, stops and spaces belong to the dateline. */
  end: number;
  /** The place names in order, each one to four words ("SAN JOSÉ", "Costa Rica"; "Berlin", "Moskau"; "D.C."). */
  places: TextSpan[];
  /** A bracket after the places that names no agency: their region ("Letonia" in "ADAZI (Letonia) -"). */
  region: TextSpan | null;
  /** The date after the places ("Nov 16", "3 nov 2026", "5 Nov.", "November 27."). */
  date: TextSpan | null;
  /** The agency, without its brackets or slashes ("dpa", "EUROPA PRESS", "TASS"). */
  agency: TextSpan | null;
}

/** How far a dateline reaches from its start, and how much of the sentence after it is read. */
const MAX_DATELINE = 160;
const SENTENCE_WINDOW = 300;
const MAX_WORD = 30;
const MAX_PLACE_WORDS = 4;
const MAX_PLACES = 4;
const MAX_BRACKET = 40;
const MAX_SLASHED = 20;
const MAX_DATE_PARTS = 5;

/** Lower-case words inside a place name: "Rio de Janeiro", "Frankfurt am Main", "Castellón de la Plana". */
const NAME_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'di', 'da', 'do', 'dos', 'du', 'des', 'am', 'an', 'der']);

/** Articles of German, English, French and Spanish: what a sentence glued to its dateline starts with. */
const DETERMINERS = new Set('der die das den dem des ein eine einen einem einer eines the a an le la les un une du el los las una unos unas lo'.split(' '));

/** Months in German, English, French and Spanish; a date names one by a prefix of three letters or more ("Nov", "févr."). */
const MONTH_NAMES: readonly string[] = [...Object.values(MONTHS_BY_LANGUAGE).flat(), JAENNER];

/** Marks a sentence may open with besides a capital or a digit. */
const OPENING_MARKS = new Set(['"', '„', '“', '«', '»', '‚', '‘', "'", '¿', '¡', '(', '[']);

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isDash(ch: string | undefined): boolean {
  return ch === '-' || ch === '–' || ch === '—';
}

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u00A0' || ch === '\t' || ch === '\n';
}

function skipBlanks(text: string, i: number, limit: number): number {
  while (i < limit && isBlank(text[i])) i += 1;
  return i;
}

/** End of the word at i: letters, inner dots, hyphens and apostrophes, a final abbreviation dot ("Fla.", "D.C."); i if none. */
function wordEnd(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && j - i <= MAX_WORD) {
    const ch = text[j];
    if (isLetter(ch) || ((ch === '.' || ch === '-' || ch === "'" || ch === '’') && isLetter(text[j + 1]))) j += 1;
    else break;
  }
  if (j - i > MAX_WORD) return i;
  // "Fla." keeps its dot; "MADRID.-" leaves it to the dash.
  if (j > i && text[j] === '.' && !isDash(text[j + 1])) j += 1;
  return j;
}

/** Where a sentence glued to a place word starts ("WashingtonDer" → at "Der"), or -1. */
function gluedStart(text: string, from: number, end: number): number {
  for (let k = from + 3; k < end; k++) {
    if (!isUpper(text[k]) || !isLower(text[k - 1])) continue;
    if (DETERMINERS.has(text.slice(k, end).toLowerCase()) && text[end] === ' ') return k;
  }
  return -1;
}

interface Place {
  end: number;
  /** Where a sentence glued to the place's last word starts, or -1. */
  glued: number;
}

/** The place name at i: up to four words, capitalised unless the whole dateline is in lower case. */
function placeAt(text: string, i: number, limit: number, lower: boolean): Place | null {
  if (!(isUpper(text[i]) || (lower && isLetter(text[i])))) return null;
  let end = wordEnd(text, i, limit);
  if (end === i) return null;
  let glued = lower ? -1 : gluedStart(text, i, end);
  for (let words = 1; words < MAX_PLACE_WORDS && glued < 0 && text[end] === ' '; words++) {
    let k = end + 1;
    // One or two particles: "Rio de Janeiro", "Castellón de la Plana".
    for (let particles = 0; particles < 2 && !lower; particles++) {
      const particleEnd = wordEnd(text, k, limit);
      if (!NAME_PARTICLES.has(text.slice(k, particleEnd)) || text[particleEnd] !== ' ') break;
      k = particleEnd + 1;
    }
    if (!(isUpper(text[k]) || (lower && isLetter(text[k])))) break;
    const next = wordEnd(text, k, limit);
    if (next === k) break;
    end = next;
    glued = lower ? -1 : gluedStart(text, k, end);
  }
  return { end: glued < 0 ? end : glued, glued };
}

function isMonth(word: string): boolean {
  if (word.length < 3) return false;
  for (const month of MONTH_NAMES) if (month.startsWith(word)) return true;
  return false;
}

/** End of a date at i ("Nov 16", "3 nov 2026", "5 de noviembre", "November 27.", "5"): needs a number; -1 if none. */
function dateEnd(text: string, i: number, limit: number): number {
  let j = i;
  let end = -1;
  let number = false;
  for (let parts = 0; parts < MAX_DATE_PARTS && j < limit; parts++) {
    let k = j;
    while (k < limit && isDigit(text[k])) k += 1;
    const digits = k - j;
    if (digits === 1 || digits === 2 || digits === 4) {
      if (isLetter(text[k])) break;
      number = true;
      if (digits < 4 && text[k] === '.') k += 1;
      end = k;
    } else if (digits === 0) {
      while (k < limit && isLetter(text[k])) k += 1;
      const word = text.slice(j, k).toLowerCase();
      if (isMonth(word)) {
        if (text[k] === '.') k += 1;
        end = k;
      } else if ((word === 'de' || word === 'del') && end >= 0) {
        // "5 de noviembre de 2026": only between parts of the date.
      } else break;
    } else break;
    if (text[k] !== ' ') break;
    j = k + 1;
  }
  return number ? end : -1;
}

/** End of a bracket at i, ")" included, or -1. */
function bracketEnd(text: string, i: number, limit: number): number {
  const last = Math.min(limit, i + MAX_BRACKET + 2);
  for (let j = i + 1; j < last; j++) {
    const ch = text[j];
    if (ch === ')') return j > i + 1 ? j + 1 : -1;
    if (ch === '(' || ch === '\n') return -1;
  }
  return -1;
}

/** End of an agency between slashes at i ("/TASS/"), or -1: a known one, or one the dateline's stop or dash follows. */
function slashedEnd(text: string, i: number, limit: number): number {
  const last = Math.min(limit, i + MAX_SLASHED + 2);
  for (let j = i + 1; j < last; j++) {
    const ch = text[j];
    if (ch === '/') {
      if (j === i + 1) return -1;
      let after = j + 1;
      while (after < limit && text[after] === ' ') after += 1;
      return isAgency(text.slice(i + 1, j)) || text[after] === '.' || isDash(text[after]) ? j + 1 : -1;
    }
    if (!isLetter(ch) && ch !== ' ' && ch !== '-') return -1;
  }
  return -1;
}

/** Whether the sentence starting at i opens with a dash that a later one closes ("Olaf Scholz – SPD-Chef – sagte"). */
function opensParenthesis(text: string, i: number): boolean {
  const last = Math.min(text.length, i + SENTENCE_WINDOW);
  let dashes = 0;
  for (let j = i; j < last; j++) {
    const ch = text[j];
    if (ch === '.' || ch === '!' || ch === '?') break;
    if (isDash(ch) && isBlank(text[j - 1]) && isBlank(text[j + 1])) dashes += 1;
  }
  return dashes % 2 === 1;
}

function isAllCaps(text: string, spans: TextSpan[]): boolean {
  for (const span of spans) {
    const words = text.slice(span.start, span.end);
    if (words !== words.toUpperCase()) return false;
  }
  return true;
}

/**
 * The dateline at `from` (a paragraph's start), or null. Without an agency or a date, a place before a dash is a
 * dateline only when a sentence follows (a capital, a digit, a quote: not "Macron - who …", "Der Kanzler – so heißt
 * es – …") and, in title case, when the dash opens no parenthesis the sentence closes ("Olaf Scholz – SPD-Chef – sagte").
 * In lower case it needs an agency ("berlin (dpa) - ").
 */
export function datelineAt(text: string, from = 0): Dateline | null {
  const limit = Math.min(text.length, from + MAX_DATELINE);
  const found: Dateline = { end: 0, places: [], region: null, date: null, agency: null };
  const lower = !isUpper(text[from]);
  let i = from;
  let slashed = false;
  if (text[i] === '(') {
    // "(dpa) - ": the agency alone.
    const end = bracketEnd(text, i, limit);
    if (end < 0 || !isAgency(text.slice(i + 1, end - 1))) return null;
    found.agency = { start: i + 1, end: end - 1 };
    i = end;
  } else {
    for (;;) {
      const place = placeAt(text, i, limit, lower);
      if (place === null) return null;
      found.places.push({ start: i, end: place.end });
      if (place.glued >= 0) {
        found.end = place.glued;
        return found;
      }
      i = place.end;
      const next = skipBlanks(text, i, limit);
      if (found.places.length >= MAX_PLACES) break;
      if (text[next] === '/' && slashedEnd(text, next, limit) < 0) {
        // "Berlin/Moskau", "Berlin / Moskau"
        i = skipBlanks(text, next + 1, limit);
        continue;
      }
      if (text[i] !== ',') break;
      const after = skipBlanks(text, i + 1, limit);
      const date = dateEnd(text, after, limit);
      if (date >= 0) {
        found.date = { start: after, end: date };
        i = date;
        break;
      }
      // "Moskau, Washington", "WASHINGTON, D.C.", "SAN JOSÉ, Costa Rica"
      i = after;
    }
    // A region or an agency in brackets, a date, the agency: "ADAZI (Letonia) -", "DAKAR, Nov 16 (Reuters) -".
    for (let parts = 0; parts < 3; parts++) {
      const next = skipBlanks(text, i, limit);
      if (text[next] === '(') {
        const end = bracketEnd(text, next, limit);
        if (end < 0) return null;
        const inside = { start: next + 1, end: end - 1 };
        if (found.agency === null && isAgency(text.slice(inside.start, inside.end))) found.agency = inside;
        else if (found.region === null && found.agency === null && found.date === null) found.region = inside;
        else return null;
        i = end;
      } else if (text[next] === '/' && found.agency === null) {
        const end = slashedEnd(text, next, limit);
        if (end < 0) return null;
        found.agency = { start: next + 1, end: end - 1 };
        slashed = true;
        i = end;
      } else if (text[i] === ',' && found.date === null) {
        const after = skipBlanks(text, i + 1, limit);
        const date = dateEnd(text, after, limit);
        if (date < 0) return null;
        found.date = { start: after, end: date };
        i = date;
      } else break;
    }
  }
  // The dash, or the stop after an agency between slashes: " –", " —", " -", ".-", "/TASS/."
  let j = i;
  while (j < limit && (text[j] === ' ' || text[j] === '\u00A0')) j += 1;
  if (text[j] === '.' && isDash(text[j + 1])) j += 1;
  if (isDash(text[j])) {
    j += 1;
    if (isDash(text[j])) j += 1;
  } else if (slashed && text[j] === '.') j += 1;
  else return null;
  if (!isBlank(text[j])) return null;
  found.end = skipBlanks(text, j, Math.min(text.length, j + MAX_DATELINE));
  const first = text[found.end];
  if (found.agency !== null) return isLetter(first) || isDigit(first) || OPENING_MARKS.has(first ?? '') ? found : null;
  if (lower || !(isUpper(first) || isDigit(first) || OPENING_MARKS.has(first ?? ''))) return null;
  if (found.date === null && !isAllCaps(text, found.places) && opensParenthesis(text, found.end)) return null;
  return found;
}

/** Length of the dateline opening a text, or 0. */
export function datelineLength(text: string): number {
  return datelineAt(text)?.end ?? 0;
}
