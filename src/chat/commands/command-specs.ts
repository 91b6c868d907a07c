import { ALL_SURFACES, type Surface } from './option-kinds.js';
import { OPTIONS, type OptionName } from './options.js';

/**
 * Every /news command, described once: its help line, example, options (and
 * which are required), how Slack text fills options from bare words, who may
 * run it and where it exists. Discord's command definition, the Slack parser
 * and usage, the CLI and the permission check are derived from this table.
 */

export const COMMAND_NAMES = ['subscribe', 'unsubscribe', 'subscriptions', 'digest', 'preview', 'search', 'quotes', 'why', 'topics', 'feeds'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export const FEED_ACTIONS = ['list', 'add', 'remove', 'enable', 'import'] as const;
export type FeedAction = (typeof FEED_ACTIONS)[number];

/** "search" or "feeds add". */
export type CommandPath = Exclude<CommandName, 'feeds'> | `feeds ${FeedAction}`;

export type Requirement = 'manageChannel' | 'manageFeeds';

/**
 * How Slack text fills options from words without a `key:`. `first` takes the
 * first such word (a list continues over "a, b"), `rest` takes the others
 * joined with spaces; words an option recognises (a time zone, "instant") go
 * to that option wherever they stand.
 */
export interface PositionalRule {
  first?: OptionName | 'topics-or-feeds';
  rest?: OptionName;
}

export interface OptionUse {
  name: OptionName;
  required?: boolean;
}

export interface CommandSpec {
  path: CommandPath;
  /** At most 100 characters (Discord's limit). */
  help: string;
  /** A complete example, as typed in chat. */
  example: string;
  options: readonly OptionUse[];
  positional?: PositionalRule;
  permission?: Requirement;
  /** May outlast Discord's 3-second deadline: the reply is deferred. */
  slow?: boolean;
  surfaces?: readonly Surface[];
}

const SUBSCRIPTION_SETTINGS: OptionName[] = [
  'schedule',
  'timezone',
  'mode',
  'language',
  'include',
  'exclude',
  'languages',
  'min-sources',
  'threads',
  'mention',
];

export const COMMANDS: readonly CommandSpec[] = [
  {
    path: 'subscribe',
    help: 'Subscribe this channel to topics or feeds (or change its subscription)',
    example: '/news subscribe topics:summits,arms-control schedule:daily 08:00 timezone:Europe/Berlin',
    options: [{ name: 'topics' }, { name: 'feeds' }, ...SUBSCRIPTION_SETTINGS.map((name) => ({ name })), { name: 'channel' }],
    positional: { first: 'topics-or-feeds', rest: 'schedule' },
    permission: 'manageChannel',
  },
  {
    path: 'unsubscribe',
    help: "Stop this channel's digests, or drop some topics or feeds",
    example: '/news unsubscribe topics:arms-control',
    options: [{ name: 'topics' }, { name: 'feeds' }, { name: 'channel' }],
    positional: { first: 'topics-or-feeds' },
    permission: 'manageChannel',
  },
  { path: 'subscriptions', help: "This channel's and this workspace's subscriptions, with filters", example: '/news subscriptions', options: [] },
  { path: 'digest', help: "Preview this channel's next digest (only you see it)", example: '/news digest', options: [], slow: true },
  {
    path: 'preview',
    help: 'The digest this channel would get for these topics or feeds, without subscribing',
    example: '/news preview topics:summits exclude:sport',
    options: [
      { name: 'topics' },
      { name: 'feeds' },
      { name: 'include' },
      { name: 'exclude' },
      { name: 'languages' },
      { name: 'min-sources' },
      { name: 'language' },
    ],
    positional: { first: 'topics-or-feeds' },
    slow: true,
  },
  {
    path: 'search',
    help: 'Look up stored articles',
    example: '/news search Gipfeltreffen topic:summits since:yesterday',
    options: [{ name: 'query', required: true }, { name: 'topic' }, { name: 'since' }],
    positional: { rest: 'query' },
    slow: true,
  },
  {
    path: 'quotes',
    help: 'Look up key quotes, e.g. what the Kremlin said on arms control this week',
    example: '/news quotes "Dmitri Peskow" since:7d',
    options: [{ name: 'speaker' }, { name: 'topic' }, { name: 'since' }],
    positional: { rest: 'speaker' },
    slow: true,
  },
  {
    path: 'why',
    help: 'Why an article did or did not reach this channel',
    example: '/news why https://example.org/news/summit',
    options: [{ name: 'article', required: true }],
    positional: { first: 'article' },
    slow: true,
  },
  { path: 'topics', help: 'The topics you can subscribe to', example: '/news topics', options: [] },
  { path: 'feeds list', help: "This workspace's feeds and the shared ones, with their status", example: '/news feeds list', options: [] },
  {
    path: 'feeds add',
    help: 'Add an RSS or Atom feed for this workspace',
    example: '/news feeds add https://example.org/rss.xml "Example News"',
    options: [{ name: 'url', required: true }, { name: 'name' }],
    positional: { first: 'url', rest: 'name' },
    permission: 'manageFeeds',
    slow: true,
  },
  {
    path: 'feeds remove',
    help: 'Remove a feed this workspace added',
    example: '/news feeds remove feed:3',
    options: [{ name: 'feed', required: true }],
    positional: { first: 'feed' },
    permission: 'manageFeeds',
  },
  {
    path: 'feeds enable',
    help: 'Fetch a disabled feed again (after fixing what failed)',
    example: '/news feeds enable feed:3',
    options: [{ name: 'feed', required: true }],
    positional: { first: 'feed' },
    permission: 'manageFeeds',
  },
  {
    path: 'feeds import',
    help: 'Add the feeds of an OPML file (export from another reader)',
    example: '/news feeds import file:feeds.opml',
    options: [{ name: 'file', required: true }],
    permission: 'manageFeeds',
    slow: true,
    surfaces: ['discord'],
  },
];

const BY_PATH = new Map(COMMANDS.map((spec) => [spec.path, spec]));

export function commandSpec(path: CommandPath): CommandSpec {
  const spec = BY_PATH.get(path);
  if (!spec) throw new Error(`No command spec for ${path}.`);
  return spec;
}

export const surfacesOf = (spec: { surfaces?: readonly Surface[] }): readonly Surface[] => spec.surfaces ?? ALL_SURFACES;

/** The options a command takes on a surface, in declaration order. */
export function optionsOn(spec: CommandSpec, surface: Surface): OptionUse[] {
  return spec.options.filter((use) => surfacesOf(OPTIONS[use.name]).includes(surface));
}

/** The option a typed key names for this command (its name or an alias), or null. */
export function resolveOptionKey(spec: CommandSpec, key: string, surface: Surface): OptionName | null {
  const lower = key.toLowerCase();
  const uses = optionsOn(spec, surface);
  const exact = uses.find((use) => use.name === lower);
  if (exact) return exact.name;
  return uses.find((use) => OPTIONS[use.name].aliases?.includes(lower))?.name ?? null;
}
