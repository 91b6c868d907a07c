export * from './types.js';
export { handleCommand, commandLabel } from './handle.js';
export { CommandError } from './errors.js';
export { completeTopics, completeFeeds, MAX_CHOICES } from './completions.js';
export { scheduleToCron, describeCron } from './schedule-phrase.js';
export { parseSince } from './since.js';
export { listTopics, parseTopicList, type TopicInfo } from './topic-catalog.js';
export { requiredPermission, permissionRefusal } from './permissions.js';
export { SUPPORTED_LANGUAGES } from './subscription-commands.js';
