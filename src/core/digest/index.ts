export { selectDigest, digestStoryCount, digestStoryIds, type DigestSelectionInput } from './select.js';
export { periodKeyFor, instantPeriodKey, deliveryKey, NO_PERIOD } from './period.js';
export { cronStepProblem } from './cron-steps.js';
export { parseCron, previousFireTime, nextFireTime, firesOnDate, CronExpressionError, type CronSchedule } from './cron.js';
export { civilTimeAt, instantOfCivilTime, offsetMinutesAt, formatCivilWithOffset, formatCivilDate, type CivilDateTime, type CivilDate } from './zoned-time.js';
