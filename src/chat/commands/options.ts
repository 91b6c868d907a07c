import type { SubscriptionMode } from '../../core/index.js';
import { isValidTimeZone } from '../../config/values.js';
import { CHROME_LANGUAGES } from '../../render/i18n/words.js';
import { CommandError } from './errors.js';
import { looksLikeFeedRef, parseFeedRef, parseFeedRefs, parseFeedUrl, type FeedRef } from './feed-refs.js';
import { MAX_OPML_BYTES } from './limits.js';
import { parseLanguageCodes, parseTerms } from './filter-values.js';
import { defineOption, type AttachmentValue, type ChannelValue, type RoleValue } from './option-kinds.js';
import { scheduleToCron } from './schedule-phrase.js';
import { listTopics, parseTopicList } from './topic-catalog.js';

/**
 * Every /news option, described once: name, aliases, kind, limits, help text,
 * where it exists and how its value is checked and converted. The Discord
 * command builder, the interaction reader, the Slack text parser and its
 * usage lines, the CLI options and the handlers all read these descriptions
 * (see command-specs.ts for which command takes which option).
 */

/** Languages of the digest chrome, with their names in their own language. */
export const DIGEST_LANGUAGES = CHROME_LANGUAGES;

const ownName = (code: string): string => {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
};

let languageChoices: { name: string; value: string }[] | null = null;
/** Worked out when first read: Intl's language names take longer to load than the rest of `--help`. */
const digestLanguageChoices = () => (languageChoices ??= DIGEST_LANGUAGES.map((code) => ({ name: ownName(code), value: code })));

/** A time zone written as a bare word: "Europe/Berlin", "UTC". */
export const isTimeZoneWord = (word: string): boolean => (/\//u.test(word) || /^(utc|gmt)$/iu.test(word)) && isValidTimeZone(word);

export const OPTIONS = {
  topics: defineOption<string[]>({
    name: 'topics',
    kind: 'text',
    list: true,
    maxLength: 400,
    placeholder: 'topics',
    complete: 'topics',
    help: 'Comma-separated topics, e.g. summits,arms-control (/news topics lists them)',
    convert: (value, ctx) => parseTopicList(value, listTopics(ctx.taxonomy)),
  }),
  feeds: defineOption<FeedRef[]>({
    name: 'feeds',
    aliases: ['feed'],
    kind: 'text',
    list: true,
    maxLength: 2000,
    placeholder: 'feeds',
    complete: 'feeds',
    help: 'Feeds by number, address or name, comma-separated (see /news feeds list)',
    convert: (value) => parseFeedRefs(value),
    recognise: (word) => /^https?:\/\//i.test(word),
  }),
  schedule: defineOption<string>({
    name: 'schedule',
    kind: 'text',
    multiword: true,
    maxLength: 100,
    placeholder: 'schedule',
    help: 'daily 08:00, weekdays 7:30, hourly, weekly mon 08:00 or a cron expression',
    convert: (value) => scheduleToCron(value),
  }),
  timezone: defineOption<string>({
    name: 'timezone',
    aliases: ['tz', 'zone'],
    kind: 'text',
    maxLength: 64,
    placeholder: 'zone',
    complete: 'timezone',
    help: 'IANA time zone of the schedule, e.g. Europe/Berlin',
    recognise: isTimeZoneWord,
    convert: (value) => {
      if (!isValidTimeZone(value)) {
        throw new CommandError(`"${value.slice(0, 60)}" is not a time zone I know; use an IANA name like Europe/Berlin or America/New_York.`);
      }
      // Store the canonical spelling ("europe/berlin" → "Europe/Berlin").
      return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
    },
  }),
  mode: defineOption<SubscriptionMode>({
    name: 'mode',
    kind: 'text',
    maxLength: 10,
    placeholder: 'digest|instant',
    help: 'digest: on the schedule; instant: one post per new story',
    choices: [
      { name: 'digest', value: 'digest' },
      { name: 'instant', value: 'instant' },
    ],
    invalidChoice: (value) => `Mode "${value}" is not valid; use digest (scheduled summaries) or instant (one post per new story).`,
    recognise: (word) => /^(digest|instant)$/i.test(word),
    convert: (value) => value as SubscriptionMode,
  }),
  language: defineOption<string>({
    name: 'language',
    aliases: ['lang'],
    kind: 'text',
    maxLength: 5,
    placeholder: DIGEST_LANGUAGES.join('|'),
    help: 'Language of the digest headings',
    get choices() {
      return digestLanguageChoices();
    },
    invalidChoice: (value) => `Language "${value}" is not supported; use one of ${DIGEST_LANGUAGES.join(', ')}.`,
    recognise: (word) => (DIGEST_LANGUAGES as readonly string[]).includes(word.toLowerCase()),
  }),
  include: defineOption<string[]>({
    name: 'include',
    kind: 'text',
    list: true,
    multiword: true,
    maxLength: 600,
    placeholder: 'words',
    help: 'Only stories with one of these words or phrases (comma-separated; none clears)',
    convert: (value) => parseTerms(value, 'include'),
  }),
  exclude: defineOption<string[]>({
    name: 'exclude',
    kind: 'text',
    list: true,
    multiword: true,
    maxLength: 600,
    placeholder: 'words',
    help: 'Leave out stories with any of these words or phrases (comma-separated; none clears)',
    convert: (value) => parseTerms(value, 'exclude'),
  }),
  languages: defineOption<string[]>({
    name: 'languages',
    kind: 'text',
    list: true,
    maxLength: 60,
    placeholder: 'codes',
    help: 'Only stories in these languages, e.g. de,en (none clears)',
    convert: (value) => parseLanguageCodes(value),
  }),
  'min-sources': defineOption<number | null>({
    name: 'min-sources',
    aliases: ['minsources', 'min_sources'],
    kind: 'integer',
    min: 1,
    max: 20,
    placeholder: 'n',
    help: 'Only stories covered by at least this many outlets (1: no minimum)',
    convert: (value) => (value <= 1 ? null : value),
  }),
  threads: defineOption<boolean>({
    name: 'threads',
    kind: 'boolean',
    placeholder: 'true|false',
    help: "Put each story's quotes and sources in a thread under the digest",
    recognise: (word) => /^threads$/i.test(word),
  }),
  mention: defineOption<RoleValue>({
    name: 'mention',
    kind: 'role',
    surfaces: ['discord', 'cli'],
    placeholder: 'role',
    help: 'Instant posts mention this role (a mentionable role, or you need Mention Everyone)',
  }),
  channel: defineOption<ChannelValue>({
    name: 'channel',
    kind: 'channel',
    surfaces: ['discord'],
    placeholder: 'channel',
    help: 'Another channel or forum to subscribe (default: this channel)',
  }),
  query: defineOption<string>({
    name: 'query',
    aliases: ['q'],
    kind: 'text',
    multiword: true,
    maxLength: 200,
    placeholder: 'words',
    help: 'Words to look for',
  }),
  topic: defineOption<string>({ name: 'topic', kind: 'text', maxLength: 60, placeholder: 'topic', complete: 'topic', help: 'Only this topic' }),
  since: defineOption<string>({
    name: 'since',
    kind: 'text',
    maxLength: 40,
    placeholder: 'when',
    help: 'today, yesterday, 24h, 7d, week or a date like 2026-03-20',
  }),
  speaker: defineOption<string>({
    name: 'speaker',
    kind: 'text',
    multiword: true,
    maxLength: 100,
    placeholder: 'name',
    help: 'Who said it, e.g. Kremlin or Peskov',
  }),
  url: defineOption<string>({
    name: 'url',
    kind: 'text',
    maxLength: 2000,
    placeholder: 'url',
    help: 'The feed address (https://…)',
    convert: (value) => parseFeedUrl(value),
  }),
  article: defineOption<string>({
    name: 'article',
    aliases: ['url'],
    kind: 'text',
    maxLength: 2000,
    placeholder: 'url',
    help: 'The article address (https://…)',
  }),
  name: defineOption<string>({ name: 'name', kind: 'text', multiword: true, maxLength: 100, placeholder: 'name', help: 'Display name of the outlet' }),
  feed: defineOption<FeedRef>({
    name: 'feed',
    aliases: ['id'],
    kind: 'text',
    maxLength: 2000,
    placeholder: 'feed',
    complete: 'feed',
    help: 'Feed number, address or name (see /news feeds list)',
    convert: (value) => parseFeedRef(value),
  }),
  file: defineOption<AttachmentValue>({
    name: 'file',
    kind: 'attachment',
    surfaces: ['discord'],
    maxBytes: MAX_OPML_BYTES,
    placeholder: 'file',
    help: 'An OPML file (export from another feed reader), at most 1 MiB',
  }),
} as const;

export type OptionName = keyof typeof OPTIONS;
export const OPTION_NAMES = Object.keys(OPTIONS) as OptionName[];

export { looksLikeFeedRef };
