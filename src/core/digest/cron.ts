import { parse, validate } from 'node-cron';
import { cronStepProblem } from './cron-steps.js';
import { addCivilDays, civilTimeAt, daysInMonth, instantOfCivilTime, offsetMinutesAt, weekdayOf, type CivilDate } from './zoned-time.js';

/**
 * Occurrences of a five-field cron expression in an IANA zone, computed purely.
 * node-cron runs the jobs but has no "previous run" helper, and it skips a job
 * whose time falls into a spring-forward gap; this calculator is the source of
 * truth for "which period is due", so catch-up and DST days behave predictably.
 *
 * Field expansion is node-cron's own parser, so an expression node-cron accepts
 * means the same here. Like node-cron, day-of-month and day-of-week must BOTH match.
 */

export class CronExpressionError extends Error {
  constructor(
    readonly expression: string,
    readonly problem: string | null = null,
  ) {
    super(`"${expression}" is not a five-field cron expression${problem ? ` (${problem})` : ''}; use one such as "0 8 * * *".`);
    this.name = 'CronExpressionError';
  }
}

type DayToken = number | string;

export interface CronSchedule {
  expression: string;
  minutes: number[];
  hours: number[];
  daysOfMonth: DayToken[];
  months: number[];
  daysOfWeek: DayToken[];
}

/** Far enough back or ahead for any satisfiable expression (Feb 29 on a given weekday recurs within 28 years). */
const SEARCH_DAYS = 366 * 29;

/** Parsed expressions, reused: the sweep evaluates every subscription's schedule each minute. */
const parsed = new Map<string, CronSchedule>();
const PARSED_LIMIT = 1000;

export function parseCron(expression: string): CronSchedule {
  const cached = parsed.get(expression);
  if (cached) return cached;
  const schedule = parseUncached(expression);
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(expression, schedule);
  return schedule;
}

function parseUncached(expression: string): CronSchedule {
  const trimmed = expression.trim();
  if (trimmed.split(/\s+/).length !== 5 || !validate(trimmed)) throw new CronExpressionError(expression);
  const stepProblem = cronStepProblem(trimmed);
  if (stepProblem) throw new CronExpressionError(expression, stepProblem);
  const fields = parse(trimmed);
  return {
    expression: trimmed,
    minutes: [...fields.minute].sort((a, b) => a - b),
    hours: [...fields.hour].sort((a, b) => a - b),
    daysOfMonth: fields.dayOfMonth,
    months: fields.month,
    daysOfWeek: fields.dayOfWeek,
  };
}

function nearestWeekday(date: CivilDate, target: number): number {
  const last = daysInMonth(date.year, date.month);
  if (target < 1 || target > last) return -1;
  const weekday = weekdayOf({ ...date, day: target });
  if (weekday === 6) return target === 1 ? 3 : target - 1;
  if (weekday === 0) return target === last ? target - 2 : target + 1;
  return target;
}

function matchesDayOfMonth(tokens: DayToken[], date: CivilDate): boolean {
  const last = daysInMonth(date.year, date.month);
  return tokens.some((token) => {
    if (typeof token === 'number') return token === date.day;
    if (token === 'L') return date.day === last;
    const weekdayToken = /^(\d{1,2}|L)W$/i.exec(token);
    if (weekdayToken?.[1]) {
      const target = weekdayToken[1].toUpperCase() === 'L' ? last : Number(weekdayToken[1]);
      return nearestWeekday(date, target) === date.day;
    }
    const offsetToken = /^L-(\d{1,2})$/i.exec(token);
    return offsetToken?.[1] !== undefined && last - Number(offsetToken[1]) === date.day;
  });
}

function matchesDayOfWeek(tokens: DayToken[], date: CivilDate): boolean {
  const weekday = weekdayOf(date);
  return tokens.some((token) => {
    if (typeof token === 'number') return token % 7 === weekday;
    const nth = /^([0-7])#([1-5])$/.exec(token);
    if (nth?.[1] && nth[2]) return Number(nth[1]) % 7 === weekday && Math.floor((date.day - 1) / 7) + 1 === Number(nth[2]);
    const lastOf = /^([0-7])L$/i.exec(token);
    return lastOf?.[1] !== undefined && Number(lastOf[1]) % 7 === weekday && date.day + 7 > daysInMonth(date.year, date.month);
  });
}

function matchesDate(schedule: CronSchedule, date: CivilDate): boolean {
  return schedule.months.includes(date.month) && matchesDayOfMonth(schedule.daysOfMonth, date) && matchesDayOfWeek(schedule.daysOfWeek, date);
}

const HOUR_MS = 3_600_000;

/** The zone's offset for the whole day, or null when it changes on that day (a DST change). */
function steadyOffsetMinutes(date: CivilDate, timeZone: string): number | null {
  const midnight = Date.UTC(date.year, date.month - 1, date.day);
  // Zone offsets lie within −12 h … +14 h, so these instants bracket the whole local day.
  const before = offsetMinutesAt(new Date(midnight - 14 * HOUR_MS), timeZone);
  const after = offsetMinutesAt(new Date(midnight + 36 * HOUR_MS), timeZone);
  return before === after ? before : null;
}

/** The instants the schedule fires on one calendar day, ascending and without duplicates. */
export function firesOnDate(schedule: CronSchedule, date: CivilDate, timeZone: string): Date[] {
  if (!matchesDate(schedule, date)) return [];
  const steady = steadyOffsetMinutes(date, timeZone);
  const instants = new Set<number>();
  for (const hour of schedule.hours) {
    for (const minute of schedule.minutes) {
      const civil = { ...date, hour, minute };
      instants.add(
        steady === null ? instantOfCivilTime(civil, timeZone).getTime() : Date.UTC(date.year, date.month - 1, date.day, hour, minute) - steady * 60_000,
      );
    }
  }
  return [...instants].sort((a, b) => a - b).map((ms) => new Date(ms));
}

function civilDateAt(at: Date, timeZone: string): CivilDate {
  const { year, month, day } = civilTimeAt(at, timeZone);
  return { year, month, day };
}

/** The last time the schedule fired at or before `at`, or null if it never did within the search horizon. */
export function previousFireTime(expression: string, timeZone: string, at: Date): Date | null {
  const schedule = parseCron(expression);
  // Start a day late: a gap shift can push a fire time past midnight.
  const start = addCivilDays(civilDateAt(at, timeZone), 1);
  for (let back = 0; back < SEARCH_DAYS; back += 1) {
    const fires = firesOnDate(schedule, addCivilDays(start, -back), timeZone);
    for (let i = fires.length - 1; i >= 0; i -= 1) {
      const fire = fires[i];
      if (fire && fire.getTime() <= at.getTime()) return fire;
    }
  }
  return null;
}

/** The first time the schedule fires strictly after `at`, or null if it never does within the search horizon. */
export function nextFireTime(expression: string, timeZone: string, at: Date): Date | null {
  const schedule = parseCron(expression);
  const start = addCivilDays(civilDateAt(at, timeZone), -1);
  for (let ahead = 0; ahead < SEARCH_DAYS; ahead += 1) {
    const fire = firesOnDate(schedule, addCivilDays(start, ahead), timeZone).find((f) => f.getTime() > at.getTime());
    if (fire) return fire;
  }
  return null;
}
