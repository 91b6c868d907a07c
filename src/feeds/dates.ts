/**
 * Feed dates in the wild: RFC 822 with named zones V8 does not know (CEST,
 * MESZ), German, French and Spanish month names, ISO without a zone, two-digit
 * years. Dates without a zone are read as UTC, never as the machine's zone, so
 * results do not depend on where the bot runs.
 */

const ZONE_OFFSETS_MINUTES: Record<string, number> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  wet: 0,
  bst: 60,
  ist: 60,
  west: 60,
  cet: 60,
  mez: 60,
  cest: 120,
  mesz: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
};

/** Month by the first letters, accents removed: English, German, French, Spanish. */
const MONTH_PREFIXES: [string, number][] = [
  ['jan', 0],
  ['ene', 0],
  ['janv', 0],
  ['jän', 0],
  ['jaen', 0],
  ['feb', 1],
  ['fev', 1],
  ['fevr', 1],
  ['mar', 2],
  ['mär', 2],
  ['maer', 2],
  ['mrz', 2],
  ['mars', 2],
  ['marz', 2],
  ['apr', 3],
  ['avr', 3],
  ['abr', 3],
  ['may', 4],
  ['mai', 4],
  ['mayo', 4],
  ['jun', 5],
  ['juin', 5],
  ['jul', 6],
  ['juil', 6],
  ['aug', 7],
  ['aou', 7],
  ['ago', 7],
  ['sep', 8],
  ['set', 8],
  ['oct', 9],
  ['okt', 9],
  ['nov', 10],
  ['dec', 11],
  ['dez', 11],
  ['dic', 11],
];

const withoutAccents = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** MONTH_PREFIXES as they are compared: accents removed once, not on every token. */
const BARE_MONTH_PREFIXES: [string, number][] = MONTH_PREFIXES.map(([prefix, month]) => [withoutAccents(prefix), month]);

function monthIndex(token: string): number | null {
  const bare = withoutAccents(token.toLowerCase().replace(/\.$/, ''));
  if (bare.length < 3) return null;
  let best: [string, number] | null = null;
  for (const entry of BARE_MONTH_PREFIXES) {
    const prefix = entry[0];
    if (bare.startsWith(prefix) && (!best || prefix.length > best[0].length)) best = [prefix, entry[1]];
  }
  // "juin" vs "jul": the longest prefix wins, and "jui" alone is ambiguous.
  if (best && bare.startsWith('jui') && bare !== 'juin' && !bare.startsWith('juil')) return null;
  return best ? best[1] : null;
}

function zoneOffset(token: string): number | null {
  const numeric = /^(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(token);
  if (numeric) {
    const sign = numeric[1] === '-' ? -1 : 1;
    const hours = Number(numeric[2]);
    const minutes = Number(numeric[3] ?? '0');
    return hours > 14 || minutes > 59 ? null : sign * (hours * 60 + minutes);
  }
  const named = ZONE_OFFSETS_MINUTES[token.toLowerCase()];
  return named ?? null;
}

function fromParts(year: number, month: number, day: number, hour: number, minute: number, second: number, offsetMinutes: number): Date | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return null;
  const ms = Date.UTC(year, month, day, hour, minute, Math.min(second, 59)) - offsetMinutes * 60_000;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date;
}

function fullYear(value: number): number {
  if (value >= 100) return value;
  return value < 50 ? 2000 + value : 1900 + value;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(z|[+-]\d{2}:?\d{2}|[+-]\d{2}|[a-z]{1,5})?$/i;

function parseIso(value: string): Date | null {
  const match = ISO.exec(value);
  if (!match) return null;
  const offset = match[7] ? zoneOffset(match[7].length === 3 && /^[+-]/.test(match[7]) ? `${match[7]}00` : match[7]) : 0;
  if (offset === null) return null;
  return fromParts(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0), offset);
}

/** "Wed, 21 Mar 2018 10:27:32 +0300", "Mi, 21 Mär 2018 10:27 MESZ", "21 mars 2018 10h27", "March 21, 2018 10:27 PM EST". */
function parseLoose(value: string): Date | null {
  const tokens = value
    .replace(/(\d)h(\d)/gi, '$1:$2')
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;
  let time: [number, number, number] | null = null;
  let offset: number | null = null;
  let meridiem: 'am' | 'pm' | null = null;
  for (const token of tokens) {
    const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?$/.exec(token);
    if (clock && !time) {
      time = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
      continue;
    }
    if (/^(am|pm)$/i.test(token)) {
      meridiem = token.toLowerCase() as 'am' | 'pm';
      continue;
    }
    const number = /^(\d{1,4})(?:st|nd|rd|th|\.)?$/i.exec(token);
    if (number) {
      const n = Number(number[1]);
      if (number[1]!.length === 4 || (day !== null && month !== null)) year = fullYear(n);
      else if (day === null) day = n;
      else year = fullYear(n);
      continue;
    }
    if (time && offset === null) {
      const zone = zoneOffset(token.replace(/[()]/g, ''));
      if (zone !== null) {
        offset = zone;
        continue;
      }
    }
    if (month === null) {
      const found = monthIndex(token);
      if (found !== null) month = found;
    }
  }
  if (day === null || month === null || year === null) return null;
  const [hour, minute, second] = time ?? [0, 0, 0];
  const hour24 = meridiem === 'pm' && hour < 12 ? hour + 12 : meridiem === 'am' && hour === 12 ? 0 : hour;
  return fromParts(year, month, day, hour24, minute, second, offset ?? 0);
}

const RFC_822 =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) (GMT|[+-]\d{4})$/;
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The RFC 822 form nearly every RSS feed writes ("Sat, 01 Jun 2024 10:27:00 GMT"), read as parseLoose reads it, without splitting it into tokens. */
function parseRfc822(value: string): Date | null | undefined {
  const match = RFC_822.exec(value);
  if (!match) return undefined;
  const offset = zoneOffset(match[7]!) ?? 0;
  return fromParts(Number(match[3]), ENGLISH_MONTHS.indexOf(match[2]!), Number(match[1]), Number(match[4]), Number(match[5]), Number(match[6]), offset);
}

/** Parses a feed date, or returns null when nothing sensible can be read. */
export function parseFeedDate(raw: string | null | undefined): Date | null {
  if (!raw) return null;
  const value = raw.trim();
  if (!value) return null;
  const rfc822 = parseRfc822(value);
  if (rfc822 !== undefined) return rfc822;
  return parseIso(value) ?? parseLoose(value);
}
