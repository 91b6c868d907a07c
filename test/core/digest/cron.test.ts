import { describe, expect, it } from 'vitest';
import { CronExpressionError, nextFireTime, periodKeyFor, previousFireTime } from '../../../src/core/index.js';

const iso = (value: string): Date => new Date(value);

/** Every fire time in [from, to), walking with nextFireTime. */
function firesBetween(expression: string, zone: string, from: Date, to: Date): string[] {
  const out: string[] = [];
  let cursor = new Date(from.getTime() - 1);
  for (;;) {
    const next = nextFireTime(expression, zone, cursor);
    if (!next || next >= to) return out;
    out.push(next.toISOString());
    cursor = next;
  }
}

describe('cron occurrences', () => {
  it('finds the previous and next daily fire time in the subscriber’s zone', () => {
    const at = iso('2026-11-25T10:48:00Z'); // 11:48 in Berlin (CET)
    expect(previousFireTime('0 8 * * *', 'Europe/Berlin', at)?.toISOString()).toBe('2026-11-25T07:00:00.000Z');
    expect(nextFireTime('0 8 * * *', 'Europe/Berlin', at)?.toISOString()).toBe('2026-11-26T07:00:00.000Z');
    expect(previousFireTime('0 8 * * *', 'America/New_York', at)?.toISOString()).toBe('2026-11-24T13:00:00.000Z');
  });

  it('counts a fire time exactly at `at` as previous, not next', () => {
    const at = iso('2026-11-25T07:00:00Z');
    expect(previousFireTime('0 8 * * *', 'Europe/Berlin', at)?.toISOString()).toBe(at.toISOString());
    expect(nextFireTime('0 8 * * *', 'Europe/Berlin', at)?.toISOString()).toBe('2026-11-26T07:00:00.000Z');
  });

  it('honours weekday, month and list fields', () => {
    // Weekdays at 09:30 and 17:00; 2026-11-27 is a Friday.
    const fires = firesBetween('30 9,17 * * mon-fri', 'UTC', iso('2026-11-27T00:00:00Z'), iso('2026-12-01T00:00:00Z'));
    expect(fires).toEqual(['2026-11-27T09:30:00.000Z', '2026-11-27T17:30:00.000Z', '2026-11-30T09:30:00.000Z', '2026-11-30T17:30:00.000Z']);
    expect(previousFireTime('0 0 1 jan *', 'UTC', iso('2026-11-25T00:00:00Z'))?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(nextFireTime('0 12 L * *', 'UTC', iso('2026-02-10T00:00:00Z'))?.toISOString()).toBe('2026-02-28T12:00:00.000Z');
  });

  it('rejects what is not a five-field expression with a sentence that shows a valid one', () => {
    expect(() => previousFireTime('0 0 8 * * *', 'UTC', new Date(0))).toThrow(CronExpressionError);
    expect(() => nextFireTime('every morning', 'UTC', new Date(0))).toThrow(/"0 8 \* \* \*"/);
  });
});

describe('daylight-saving changes', () => {
  it('Europe/Berlin spring forward (29 Mar 2026): a 02:30 job runs once, at 03:30 CEST', () => {
    const fires = firesBetween('30 2 * * *', 'Europe/Berlin', iso('2026-03-28T00:00:00Z'), iso('2026-03-31T00:00:00Z'));
    expect(fires).toEqual([
      '2026-03-28T01:30:00.000Z', // 02:30 CET
      '2026-03-29T01:30:00.000Z', // 02:30 does not exist; 03:30 CEST
      '2026-03-30T00:30:00.000Z', // 02:30 CEST
    ]);
  });

  it('Europe/Berlin fall back (25 Oct 2026): a 02:30 job runs once, at the first 02:30', () => {
    const fires = firesBetween('30 2 * * *', 'Europe/Berlin', iso('2026-10-24T00:00:00Z'), iso('2026-10-27T00:00:00Z'));
    expect(fires).toEqual([
      '2026-10-24T00:30:00.000Z', // 02:30 CEST
      '2026-10-25T00:30:00.000Z', // first 02:30 (CEST); the repeated one (01:30Z) is not a second run
      '2026-10-26T01:30:00.000Z', // 02:30 CET
    ]);
  });

  it('America/New_York spring forward (8 Mar 2026) and fall back (1 Nov 2026)', () => {
    expect(firesBetween('30 2 * * *', 'America/New_York', iso('2026-03-07T12:00:00Z'), iso('2026-03-09T12:00:00Z'))).toEqual([
      '2026-03-08T07:30:00.000Z', // 02:30 EST would be 07:30Z; the wall clock jumps 02:00→03:00, so 03:30 EDT
      '2026-03-09T06:30:00.000Z', // 02:30 EDT
    ]);
    expect(firesBetween('30 1 * * *', 'America/New_York', iso('2026-10-31T12:00:00Z'), iso('2026-11-02T12:00:00Z'))).toEqual([
      '2026-11-01T05:30:00.000Z', // first 01:30 (EDT); not again at 01:30 EST
      '2026-11-02T06:30:00.000Z', // 01:30 EST
    ]);
  });

  it('keeps an 08:00 job at 08:00 local across the change', () => {
    expect(firesBetween('0 8 * * *', 'Europe/Berlin', iso('2026-03-28T00:00:00Z'), iso('2026-03-30T00:00:00Z'))).toEqual([
      '2026-03-28T07:00:00.000Z',
      '2026-03-29T06:00:00.000Z',
    ]);
  });

  it('an hourly job keeps one run per distinct instant on the fall-back day', () => {
    const fires = firesBetween('0 * * * *', 'Europe/Berlin', iso('2026-10-24T22:00:00Z'), iso('2026-10-25T04:00:00Z'));
    // 00:00, 01:00, 02:00 CEST, (02:00 CET repeated: skipped), 03:00, 04:00, 05:00 CET
    expect(fires).toEqual([
      '2026-10-24T22:00:00.000Z',
      '2026-10-24T23:00:00.000Z',
      '2026-10-25T00:00:00.000Z',
      '2026-10-25T02:00:00.000Z',
      '2026-10-25T03:00:00.000Z',
    ]);
  });

  it('previousFireTime agrees with nextFireTime on change days', () => {
    expect(previousFireTime('30 2 * * *', 'Europe/Berlin', iso('2026-03-29T05:00:00Z'))?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(previousFireTime('30 2 * * *', 'Europe/Berlin', iso('2026-03-29T01:29:00Z'))?.toISOString()).toBe('2026-03-28T01:30:00.000Z');
    expect(previousFireTime('30 2 * * *', 'Europe/Berlin', iso('2026-10-25T01:45:00Z'))?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('period keys', () => {
  it('names the period by its last fire time in local time with the offset', () => {
    expect(periodKeyFor('0 8 * * *', 'Europe/Berlin', iso('2026-11-25T10:48:00Z'))).toBe('2026-11-25T08:00+01:00');
    expect(periodKeyFor('0 8 * * *', 'Europe/Berlin', iso('2026-11-25T06:59:00Z'))).toBe('2026-11-24T08:00+01:00');
    expect(periodKeyFor('0 8 * * *', 'America/New_York', iso('2026-07-01T12:00:00Z'))).toBe('2026-07-01T08:00-04:00');
  });

  it('does not open a new period in the repeated hour of a fall-back night', () => {
    const first = periodKeyFor('*/30 * * * *', 'America/New_York', iso('2026-11-01T05:40:00Z')); // 01:40 EDT
    const repeated = periodKeyFor('*/30 * * * *', 'America/New_York', iso('2026-11-01T06:40:00Z')); // 01:40 EST
    expect(first).toBe('2026-11-01T01:30-04:00');
    expect(repeated).toBe(first);
    expect(periodKeyFor('*/30 * * * *', 'America/New_York', iso('2026-11-01T07:00:00Z'))).toBe('2026-11-01T02:00-05:00');
  });
});
