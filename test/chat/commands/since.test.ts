import { describe, expect, it } from 'vitest';
import { parseSince } from '../../../src/chat/index.js';

// A Wednesday, 10:30 in Berlin (CET, UTC+1).
const now = new Date('2018-03-21T09:30:00Z');

describe('parseSince', () => {
  it('reads calendar phrases in the given time zone', () => {
    expect(parseSince('today', now, 'Europe/Berlin').toISOString()).toBe('2018-03-20T23:00:00.000Z');
    expect(parseSince('yesterday', now, 'Europe/Berlin').toISOString()).toBe('2018-03-19T23:00:00.000Z');
    expect(parseSince('this week', now, 'Europe/Berlin').toISOString()).toBe('2018-03-18T23:00:00.000Z');
    expect(parseSince('week', now, 'UTC').toISOString()).toBe('2018-03-19T00:00:00.000Z');
    // In New York it is still the 21st, 05:30; the day began at 04:00 UTC (EDT since 11 March).
    expect(parseSince('today', now, 'America/New_York').toISOString()).toBe('2018-03-21T04:00:00.000Z');
  });

  it('reads relative spans from now', () => {
    expect(parseSince('24h', now, 'UTC').toISOString()).toBe('2018-03-20T09:30:00.000Z');
    expect(parseSince('7d', now, 'UTC').toISOString()).toBe('2018-03-14T09:30:00.000Z');
    expect(parseSince('2 weeks', now, 'UTC').toISOString()).toBe('2018-03-07T09:30:00.000Z');
  });

  it('reads ISO dates as local midnight and ISO times with their zone', () => {
    expect(parseSince('2018-03-01', now, 'Europe/Berlin').toISOString()).toBe('2018-02-28T23:00:00.000Z');
    expect(parseSince('2018-03-01T08:00:00+01:00', now, 'UTC').toISOString()).toBe('2018-03-01T07:00:00.000Z');
  });

  it('explains what it accepts when it cannot read the input', () => {
    expect(() => parseSince('last tuesday', now, 'UTC')).toThrow(/not a date I understand .* today, yesterday, 24h, 7d, this week/);
    expect(() => parseSince('2018-02-30', now, 'UTC')).toThrow(/not a real calendar date/);
    expect(() => parseSince('0d', now, 'UTC')).toThrow(/between 1h and 365d/);
    expect(() => parseSince('2018-03-01T08:00', now, 'UTC')).toThrow(/not a date I understand/);
  });
});
