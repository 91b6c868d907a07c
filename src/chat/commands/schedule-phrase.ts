import { createRequire } from 'node:module';
import { CommandError } from './errors.js';

type NodeCron = typeof import('node-cron');
let nodeCron: NodeCron | null = null;

/**
 * node-cron's validator, loaded on the first cron expression: the option
 * descriptions import this file, and the CLI reads them at start-up, where
 * node-cron (and its child_process import) is not needed. Loaded through its
 * CommonJS build: validation keeps no state, so a second copy next to the
 * scheduler's is harmless.
 */
const cron = (): NodeCron => (nodeCron ??= createRequire(import.meta.url)('node-cron') as NodeCron);

/**
 * Turns what people type ("daily 08:00", "hourly", "weekly mon 08:00",
 * "weekdays 7:30", "every 6 hours") or a five-field cron expression into a cron
 * expression, so subscriptions always store cron.
 */

const WEEKDAYS: Record<string, number> = {
  sun: 0,
  sunday: 0,
  mon: 1,
  monday: 1,
  tue: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
  thu: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
};

const FIELD_RANGES: Record<string, string> = {
  minute: 'minute (0–59)',
  hour: 'hour (0–23)',
  dayOfMonth: 'day of the month (1–31)',
  month: 'month (1–12 or jan–dec)',
  dayOfWeek: 'day of the week (0–7 or sun–sat)',
};

const SUGGESTION = 'Try "daily 08:00" or a cron expression like "0 8 * * *".';

function parseTime(text: string | undefined): { hour: number; minute: number } | null {
  if (text === undefined) return { hour: 8, minute: 0 };
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/.exec(text);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3];
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

function phraseToCron(phrase: string): string | null {
  const words = phrase
    .toLowerCase()
    .replace(/\bat\b/g, ' ')
    .trim()
    .split(/\s+/);
  const [first, ...rest] = words;
  if (first === 'hourly' && rest.length === 0) return '0 * * * *';
  const every = /^every$/.test(first ?? '') ? /^(\d{1,2})\s*(h|hours?)$/.exec(rest.join(' ')) : null;
  if (every) {
    const hours = Number(every[1]);
    if (hours >= 1 && hours <= 23) return hours === 1 ? '0 * * * *' : `0 */${hours} * * *`;
    return null;
  }
  if (first === 'daily' || first === 'weekdays') {
    if (rest.length > 1) return null;
    const time = parseTime(rest[0]);
    if (!time) return null;
    return `${time.minute} ${time.hour} * * ${first === 'daily' ? '*' : '1-5'}`;
  }
  if (first === 'weekly') {
    const [day = 'mon', timeText, ...extra] = rest;
    const weekday = WEEKDAYS[day];
    if (weekday === undefined || extra.length > 0) return null;
    const time = parseTime(timeText);
    if (!time) return null;
    return `${time.minute} ${time.hour} * * ${weekday}`;
  }
  return null;
}

function looksLikeCron(text: string): boolean {
  return /^[\d*/,\-a-z?LW#]+(\s+[\d*/,\-a-z?LW#]+)*$/i.test(text) && /[\d*]/.test(text.split(/\s+/)[0] ?? '');
}

/** The cron expression for a schedule phrase or cron text; throws CommandError with one sentence otherwise. */
export function scheduleToCron(input: string): string {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') throw new CommandError(`The schedule is empty. ${SUGGESTION}`);
  const fromPhrase = phraseToCron(text);
  if (fromPhrase !== null) return fromPhrase;
  if (!looksLikeCron(text) || /^(daily|weekly|weekdays|hourly|every)\b/i.test(text)) {
    throw new CommandError(
      `Schedule "${text}" is not a schedule I understand. Try "daily 08:00", "hourly", "weekly mon 08:00" or a cron expression like "0 8 * * *".`,
    );
  }
  const fields = text.split(' ');
  if (fields.length !== 5) {
    throw new CommandError(
      `Schedule "${text}" is not valid: a cron expression needs exactly 5 fields (minute hour day month weekday), not ${fields.length}. ${SUGGESTION}`,
    );
  }
  const result = cron().validateDetailed(text);
  if (!result.valid) {
    const first = result.errors[0];
    const field = first ? (FIELD_RANGES[first.field] ?? first.field) : 'expression';
    const value = first?.value ?? text;
    throw new CommandError(`Schedule "${text}" is not valid: ${value} is not a valid ${field}. ${SUGGESTION}`);
  }
  return text;
}

/** A short human description of a stored cron expression, for listings. */
export function describeCron(expression: string): string {
  const daily = /^(\d{1,2}) (\d{1,2}) \* \* (\*|1-5|[0-6])$/.exec(expression);
  if (daily) {
    const time = `${daily[2]!.padStart(2, '0')}:${daily[1]!.padStart(2, '0')}`;
    if (daily[3] === '*') return `daily ${time}`;
    if (daily[3] === '1-5') return `weekdays ${time}`;
    const day = Object.keys(WEEKDAYS).find((name) => name.length === 3 && WEEKDAYS[name] === Number(daily[3]));
    return `weekly ${day} ${time}`;
  }
  if (expression === '0 * * * *') return 'hourly';
  const everyHours = /^0 \*\/(\d{1,2}) \* \* \*$/.exec(expression);
  if (everyHours) return `every ${everyHours[1]} hours`;
  return `cron ${expression}`;
}
