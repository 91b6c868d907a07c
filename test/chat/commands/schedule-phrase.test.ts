import { describe, expect, it } from 'vitest';
import { CommandError, describeCron, scheduleToCron } from '../../../src/chat/index.js';

describe('scheduleToCron', () => {
  it.each([
    ['daily 08:00', '0 8 * * *'],
    ['daily at 7:30', '30 7 * * *'],
    ['Daily 6pm', '0 18 * * *'],
    ['daily', '0 8 * * *'],
    ['hourly', '0 * * * *'],
    ['every 6 hours', '0 */6 * * *'],
    ['weekly mon 08:00', '0 8 * * 1'],
    ['weekly friday 17:15', '15 17 * * 5'],
    ['weekdays 07:45', '45 7 * * 1-5'],
    ['0 8 * * *', '0 8 * * *'],
    ['*/30  6-20 * * 1-5', '*/30 6-20 * * 1-5'],
  ])('turns %s into %s', (input, cron) => {
    expect(scheduleToCron(input)).toBe(cron);
  });

  it('names the bad field and its range for an invalid cron expression', () => {
    expect(() => scheduleToCron('61 8 * * *')).toThrow(
      'Schedule "61 8 * * *" is not valid: 61 is not a valid minute (0–59). Try "daily 08:00" or a cron expression like "0 8 * * *".',
    );
    expect(() => scheduleToCron('0 25 * * *')).toThrow(/25 is not a valid hour \(0–23\)/);
    expect(() => scheduleToCron('0 8 * 13 *')).toThrow(/13 is not a valid month/);
  });

  it('rejects cron with the wrong number of fields and unknown phrases', () => {
    expect(() => scheduleToCron('0 0 8 * * *')).toThrow(/exactly 5 fields .* not 6/);
    expect(() => scheduleToCron('* * *')).toThrow(/exactly 5 fields/);
    expect(() => scheduleToCron('daily 25:00')).toThrow(CommandError);
    expect(() => scheduleToCron('weekly funday')).toThrow(/not a schedule I understand/);
    expect(() => scheduleToCron('whenever')).toThrow(/not a schedule I understand/);
  });

  it('describes stored expressions the way people type them', () => {
    expect(describeCron('0 8 * * *')).toBe('daily 08:00');
    expect(describeCron('30 7 * * 1-5')).toBe('weekdays 07:30');
    expect(describeCron('0 8 * * 1')).toBe('weekly mon 08:00');
    expect(describeCron('0 * * * *')).toBe('hourly');
    expect(describeCron('5 4 1 * *')).toBe('cron 5 4 1 * *');
  });
});
