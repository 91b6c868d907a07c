/**
 * node-cron accepts a step larger than its field ("*\/61 * * * *" silently means
 * "once an hour"); a step must leave at least two values in its range, or it is
 * almost certainly a mistake.
 */
const FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'day-of-week', min: 0, max: 6 },
] as const;

/** One phrase naming the first impossible step ("the minute step /61 must be a whole number from 1 to 59"), or null. */
export function cronStepProblem(expression: string): string | null {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) return null;
  for (const [index, part] of parts.entries()) {
    const field = FIELDS[index]!;
    for (const item of part.split(',')) {
      const match = /^(?:\*|(\d+)-(\d+)|(\d+))\/(.*)$/.exec(item);
      if (!match) continue;
      const [, from, to, start, stepText] = match;
      const low = Number(from ?? start ?? field.min);
      const high = to !== undefined ? Number(to) : field.max;
      const span = Math.max(1, high - low);
      const step = Number(stepText);
      if (!/^\d+$/.test(stepText ?? '') || step < 1 || step > span) return `the ${field.name} step /${stepText} must be a whole number from 1 to ${span}`;
    }
  }
  return null;
}
