import { Option } from 'commander';
import { isValidTimeZone, RUN_ROLES } from '../config/values.js';
import { UsageError } from './errors.js';

export function parsePositiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} must be a positive whole number, not "${value}".`);
  return n;
}

export function parseIsoDate(value: string, name: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw new UsageError(`${name} must be an ISO date such as 2018-03-20 or 2018-03-20T08:00:00Z, not "${value}".`);
  }
  return date;
}

export function parseTimeZone(value: string): string {
  if (!isValidTimeZone(value)) throw new UsageError(`--tz "${value}" is not an IANA time zone; use a name such as Europe/Berlin or UTC.`);
  return value;
}

export function parseList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** `run --role`: which part of the bot this process runs (config run.role; see docs/scaling.md). */
export function roleOption(): Option {
  return new Option('--role <role>', 'which part of the bot this process runs when several share one PostgreSQL (default: config run.role, else all)').choices([
    ...RUN_ROLES,
  ]);
}
