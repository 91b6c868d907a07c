import { CommandError } from './errors.js';

/**
 * Parses the `since` option of lookups: ISO dates ("2026-11-20",
 * "2026-11-20T08:00Z") and phrases relative to now ("today", "yesterday",
 * "24h", "7d", "2w", "this week"/"week"). Calendar phrases are evaluated in
 * the caller's time zone, so "today" means today where the reader is.
 */

const HINT = 'Use an ISO date like 2026-03-20 or one of today, yesterday, 24h, 7d, this week.';

interface LocalDate {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

function localDateParts(instant: Date, timeZone: string): LocalDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
  }).formatToParts(instant);
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? '';
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    weekday: weekdays.indexOf(get('weekday')),
  };
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds. */
function zoneOffset(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant local midnight of the given calendar day begins in `timeZone`. */
export function startOfLocalDay(year: number, month: number, day: number, timeZone: string): Date {
  const naive = Date.UTC(year, month - 1, day);
  // Two passes settle the offset across a DST change at midnight.
  let guess = naive - zoneOffset(new Date(naive), timeZone);
  guess = naive - zoneOffset(new Date(guess), timeZone);
  return new Date(guess);
}

function daysBefore(date: LocalDate, days: number): { year: number; month: number; day: number } {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day - days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function parseSince(input: string, now: Date, timeZone: string): Date {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const today = localDateParts(now, timeZone);
  const dayStart = (back: number): Date => {
    const d = daysBefore(today, back);
    return startOfLocalDay(d.year, d.month, d.day, timeZone);
  };
  if (text === 'today') return dayStart(0);
  if (text === 'yesterday') return dayStart(1);
  if (text === 'this week' || text === 'week') return dayStart((today.weekday + 6) % 7);
  const relative = /^(\d{1,4}) ?(h|hours?|d|days?|w|weeks?)$/.exec(text);
  if (relative) {
    const amount = Number(relative[1]);
    const unit = relative[2]!.charAt(0);
    const hours = unit === 'h' ? amount : unit === 'd' ? amount * 24 : amount * 24 * 7;
    if (amount === 0 || hours > 24 * 366) {
      throw new CommandError(`"${input.trim()}" is not a usable time span; pick something between 1h and 365d. ${HINT}`);
    }
    return new Date(now.getTime() - hours * 3_600_000);
  }
  const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (isoDay) {
    const [year, month, day] = [Number(isoDay[1]), Number(isoDay[2]), Number(isoDay[3])];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
      throw new CommandError(`"${input.trim()}" is not a real calendar date. ${HINT}`);
    }
    return startOfLocalDay(year, month, day, timeZone);
  }
  // A time without a zone would depend on the server's zone, so one is required.
  if (/^\d{4}-\d{2}-\d{2}t\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const parsed = new Date(input.trim());
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  throw new CommandError(`"${input.trim()}" is not a date I understand for since. ${HINT}`);
}
