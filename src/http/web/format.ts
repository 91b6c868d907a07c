/** Dates and numbers as the pages show them, in the operator's time zone. */

export function formatTime(date: Date | null | undefined, timeZone: string): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

export function isoTime(date: Date | null | undefined): string | undefined {
  return date ? date.toISOString() : undefined;
}

/** "in 3 h", "12 min ago": for the next/last columns. */
export function relativeTime(date: Date | null | undefined, now: Date): string {
  if (!date) return '';
  const minutes = Math.round((date.getTime() - now.getTime()) / 60_000);
  const abs = Math.abs(minutes);
  const text = abs < 1 ? 'now' : abs < 90 ? `${abs} min` : abs < 48 * 60 ? `${Math.round(abs / 60)} h` : `${Math.round(abs / 1440)} days`;
  if (text === 'now') return text;
  return minutes > 0 ? `in ${text}` : `${text} ago`;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** A UTC calendar day (YYYY-MM-DD) of an instant. */
export const utcDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Parses YYYY-MM-DD as the start of that UTC day, or null. */
export function parseDay(value: string | undefined): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) ? null : new Date(time);
}
