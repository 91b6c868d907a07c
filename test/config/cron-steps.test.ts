import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/index.js';
import { CronExpressionError, cronStepProblem, parseCron } from '../../src/core/index.js';

const problemsOf = (yaml: string): string[] => {
  try {
    parseConfig(yaml);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
};

describe('cron steps that node-cron would take silently', () => {
  it.each([
    ['*/61 * * * *', 'the minute step /61 must be a whole number from 1 to 59'],
    ['0 */24 * * *', 'the hour step /24 must be a whole number from 1 to 23'],
    ['0 8 */32 * *', 'the day-of-month step /32 must be a whole number from 1 to 30'],
    ['0 8 * */13 *', 'the month step /13 must be a whole number from 1 to 11'],
    ['0 8 * * */7', 'the day-of-week step /7 must be a whole number from 1 to 6'],
    ['5-50/61 * * * *', 'the minute step /61 must be a whole number from 1 to 45'],
  ])('%s is refused: %s', (expression, problem) => {
    expect(cronStepProblem(expression)).toBe(problem);
    expect(() => parseCron(expression)).toThrow(CronExpressionError);
    expect(problemsOf(`schedule:\n  pollCron: "${expression}"\n`)).toEqual([
      `schedule.pollCron: is not a usable cron expression: ${problem} (got the string "${expression}")`,
    ]);
  });

  it.each(['*/10 * * * *', '*/59 * * * *', '0 */6 * * *', '0 8 1-31/2 * *', '0 8 * * 1-5', '30 7 * * 1,3,5'])('%s is accepted', (expression) => {
    expect(cronStepProblem(expression)).toBeNull();
    expect(problemsOf(`schedule:\n  pollCron: "${expression}"\n`)).toEqual([]);
  });
});

describe('retention and chat settings', () => {
  it('default to 90 days pruned at 03:30, and to stopping when a chat adapter cannot start', () => {
    const config = parseConfig('{}');
    expect(config.retention).toEqual({ days: 90, cron: '30 3 * * *' });
    expect(config.chat).toEqual({ degraded: false });
  });

  it('are validated like every other key', () => {
    expect(problemsOf('retention:\n  days: -1\n')[0]).toMatch(/^retention\.days: /);
    expect(problemsOf('retention:\n  cron: "*/61 * * * *"\n')[0]).toMatch(/^retention\.cron: is not a usable cron expression/);
    expect(problemsOf('chat:\n  degraded: "yes"\n')[0]).toMatch(/^chat\.degraded: /);
  });
});
