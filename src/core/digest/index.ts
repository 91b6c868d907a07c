export { selectDigest, digestStoryCount, digestStoryIds, feedSectionId, type DigestSelectionInput } from './select.js';
export {
  compileFilters,
  distinctSources,
  filterExclusion,
  placeStory,
  storyMatchText,
  strongestTopic,
  NO_FILTERS,
  type CompiledFilters,
  type StoryExclusion,
  type StoryArticle,
  type StoryPlacement,
} from './eligibility.js';
export { compileTerm, containsTerm, foldForMatch, prepareText, type MatchTerm, type MatchText } from './terms.js';
export { periodKeyFor, instantPeriodKey, deliveryKey, NO_PERIOD } from './period.js';
export { cronStepProblem } from './cron-steps.js';
export { parseCron, previousFireTime, nextFireTime, firesOnDate, CronExpressionError, type CronSchedule } from './cron.js';
export { civilTimeAt, instantOfCivilTime, offsetMinutesAt, formatCivilWithOffset, formatCivilDate, type CivilDateTime, type CivilDate } from './zoned-time.js';
