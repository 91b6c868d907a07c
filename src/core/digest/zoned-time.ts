/**
 * Civil (wall-clock) time in an IANA zone, computed with Intl only: no clock, no I/O.
 * Cron schedules are written in wall-clock time, so every occurrence has to be
 * mapped between a zone's calendar and absolute instants, DST gaps and overlaps included.
 */

export interface CivilDateTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of `at` in `timeZone` (seconds dropped). */
export function civilTimeAt(at: Date, timeZone: string): CivilDateTime {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 0,
    month: fields.month ?? 0,
    day: fields.day ?? 0,
    hour: (fields.hour ?? 0) % 24,
    minute: fields.minute ?? 0,
  };
}

function civilAsUtcMs(civil: CivilDateTime): number {
  return Date.UTC(civil.year, civil.month - 1, civil.day, civil.hour, civil.minute);
}

/** The zone's UTC offset in minutes at `at` (e.g. 60 for CET, -300 for EST). */
export function offsetMinutesAt(at: Date, timeZone: string): number {
  const wholeMinute = Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS;
  return Math.round((civilAsUtcMs(civilTimeAt(new Date(wholeMinute), timeZone)) - wholeMinute) / MINUTE_MS);
}

function sameCivilMinute(a: CivilDateTime, b: CivilDateTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;
}

/**
 * The instant a wall-clock time denotes in a zone, resolved like Temporal's
 * 'compatible' disambiguation: a time repeated by a fall-back change means its
 * first occurrence; a time skipped by a spring-forward change is moved forward by
 * the gap (02:30 on the Berlin spring-forward day becomes 03:30 CEST). So a
 * daily 02:30 job happens exactly once on both change days.
 */
export function instantOfCivilTime(civil: CivilDateTime, timeZone: string): Date {
  const asUtc = civilAsUtcMs(civil);
  const offsetBefore = offsetMinutesAt(new Date(asUtc - DAY_MS), timeZone);
  const offsetAfter = offsetMinutesAt(new Date(asUtc + DAY_MS), timeZone);
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => asUtc - offset * MINUTE_MS)
    .filter((ms) => sameCivilMinute(civilTimeAt(new Date(ms), timeZone), civil))
    .sort((a, b) => a - b);
  const earliest = candidates[0];
  if (earliest !== undefined) return new Date(earliest);
  // In the gap: read the wall-clock time with the offset in force before the change.
  return new Date(asUtc - offsetBefore * MINUTE_MS);
}

/** The calendar day `days` after (or before, when negative) `date`. */
export function addCivilDays(date: CivilDate, days: number): CivilDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, as cron counts. */
export function weekdayOf(date: CivilDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (value: number, width = 2): string => String(Math.abs(value)).padStart(width, '0');

/** `2026-03-29T08:00+02:00`: the wall-clock time with its offset, unambiguous across DST changes. */
export function formatCivilWithOffset(at: Date, timeZone: string): string {
  const civil = civilTimeAt(at, timeZone);
  const offset = offsetMinutesAt(at, timeZone);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(civil.year, 4)}-${pad(civil.month)}-${pad(civil.day)}T${pad(civil.hour)}:${pad(civil.minute)}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** `2026-03-29`: the calendar date of `at` in the zone. */
export function formatCivilDate(at: Date, timeZone: string): string {
  const civil = civilTimeAt(at, timeZone);
  return `${pad(civil.year, 4)}-${pad(civil.month)}-${pad(civil.day)}`;
}
