import { civilTimeAt, instantOfCivilTime } from '../../core/index.js';
import { CommandError } from './errors.js';

/**
 * Parses the `since` option of lookups: ISO dates ("2026-11-20",
 * "2026-11-20T08:00Z") and phrases relative to now ("today", "yesterday",
 * "24h", "7d", "2w", "this week"/"week"). Calendar phrases are evaluated in
 * the caller's time zone, so "today" means today where the reader is.
 */

const HINT = 'Use an ISO date like 2026-03-20 or one of today, yesterday, 24h, 7d, this week.';

/** Midnight at the start of the calendar day `back` days before `now`'s day in `timeZone`. */
function startOfDayBefore(now: Date, back: number, timeZone: string): Date {
  const today = civilTimeAt(now, timeZone);
  const day = new Date(Date.UTC(today.year, today.month - 1, today.day - back));
  return instantOfCivilTime({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: 0, minute: 0 }, timeZone);
}

/** Days since the most recent Monday (0 on Mondays). */
function daysSinceMonday(now: Date, timeZone: string): number {
  const today = civilTimeAt(now, timeZone);
  const weekday = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
  return (weekday + 6) % 7;
}

export function parseSince(input: string, now: Date, timeZone: string): Date {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const dayStart = (back: number): Date => startOfDayBefore(now, back, timeZone);
  if (text === 'today') return dayStart(0);
  if (text === 'yesterday') return dayStart(1);
  if (text === 'this week' || text === 'week') return dayStart(daysSinceMonday(now, timeZone));
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
    return instantOfCivilTime({ year, month, day, hour: 0, minute: 0 }, timeZone);
  }
  // A time without a zone would depend on the server's zone, so one is required.
  if (/^\d{4}-\d{2}-\d{2}t\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const parsed = new Date(input.trim());
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  throw new CommandError(`"${input.trim()}" is not a date I understand for since. ${HINT}`);
}
