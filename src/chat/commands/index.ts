export * from './types.js';
export { handleCommand, commandLabel } from './handle.js';
export { CommandError } from './errors.js';
export { completeTopics, completeFeeds, MAX_CHOICES } from './completions.js';
export { scheduleToCron, describeCron } from './schedule-phrase.js';
export { parseSince } from './since.js';
export { listTopics, parseTopicList, type TopicInfo } from './topic-catalog.js';
export { requiredPermission, permissionRefusal } from './permissions.js';
export { SUPPORTED_LANGUAGES } from './subscription-commands.js';
export {
  COMMANDS,
  commandSpec,
  optionsOn,
  resolveOptionKey,
  surfacesOf,
  type CommandSpec,
  type OptionUse,
  type PositionalRule,
  type Requirement,
} from './command-specs.js';
export { OPTIONS, OPTION_NAMES, DIGEST_LANGUAGES, isTimeZoneWord } from './options.js';
export { ALL_SURFACES, type OptionSpec, type OptionContext } from './option-kinds.js';
export { readOption, kindSchema } from './option-read.js';
export { optionReader, type OptionReader } from './read.js';
export { commandPath } from './request-path.js';
export { looksLikeFeedRef, parseFeedRef, parseFeedRefs, parseFeedUrl, type FeedRef } from './feed-refs.js';
export { parseOpml, renderOpml, MAX_OPML_BYTES, MAX_OPML_FEEDS, type OpmlEntry, type OpmlFeed } from './opml.js';
export { importFeeds, summariseImport, type ImportDeps, type ImportLine, type ImportStatus, type ImportTarget } from './feed-import.js';
export { readSettings, mergeFilters, sameSettings, layoutFor, type SettingsInput } from './subscription-settings.js';
export { describeFilters, parseTerms, parseLanguageCodes } from './filter-values.js';
export { explanationLines } from './why-command.js';
export { describeSubscription, describeFollowed, formatWhen } from './reply.js';
export { feedToAdd, scopeOfCaller, UNUSED_FEED_REASON } from './workspace-feeds.js';
