import type { Digest, Platform, Subscription, Taxonomy } from '../../core/index.js';
import type { Logger } from '../../config/index.js';
import type { Store } from '../../store/index.js';

/**
 * The platform-neutral command contract. Discord and Slack adapters parse their
 * own wire formats into a `CommandRequest`, resolve the caller's permissions
 * server-side into a `Caller`, and render the structured `CommandReply` in
 * their own markup (each adapter escapes plain text itself).
 */

export const COMMAND_NAMES = ['subscribe', 'unsubscribe', 'subscriptions', 'digest', 'search', 'quotes', 'topics', 'feeds'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export const FEED_ACTIONS = ['add', 'remove', 'list'] as const;
export type FeedAction = (typeof FEED_ACTIONS)[number];

/**
 * Option names per command. Values are raw strings as the user typed them;
 * the handlers validate and convert them (so both platforms get identical errors).
 *   subscribe:   topics (required), schedule, timezone, mode, language
 *   unsubscribe: topics
 *   search:      query (required), topic, since
 *   quotes:      speaker, topic, since
 *   feeds add:   url (required), name
 *   feeds remove: feed (required; a feed id or its URL)
 */
export type CommandOptionName = 'topics' | 'schedule' | 'timezone' | 'mode' | 'language' | 'query' | 'topic' | 'since' | 'speaker' | 'url' | 'name' | 'feed';

export type CommandOptions = Partial<Record<CommandOptionName, string>>;

export type CommandRequest = { name: Exclude<CommandName, 'feeds'>; options: CommandOptions } | { name: 'feeds'; action: FeedAction; options: CommandOptions };

/** Who runs the command and where. Permission facts are resolved by the adapter from the platform, never from user input. */
export interface Caller {
  platform: Platform;
  /** Discord guild id or Slack team id; null in a DM or on the console. */
  workspaceId: string | null;
  channelId: string;
  userId: string;
  /** May change this channel's subscription (Discord: Manage Channels). */
  canManageChannel: boolean;
  /** May add or remove feeds (Discord: Manage Server; Slack: workspace admin/owner or channel creator). */
  canManageFeeds: boolean;
  /** The caller's locale when the platform tells it (e.g. 'de'); used only as a default. */
  locale?: string | null;
}

/**
 * One line of a reply. All text is PLAIN text (never pre-escaped, never markup);
 * adapters escape it for their platform. `url` makes `text` a link.
 */
export interface ReplyLine {
  text: string;
  url?: string | null;
  /** Secondary detail shown smaller or after a dash (source · time, status, description). */
  detail?: string | null;
  /** A quotation to show as a block quote under the line, with its attribution already in `detail`. */
  quote?: string | null;
  /** The line is about this channel; adapters may show it as a (non-pinging) channel link. */
  channelId?: string | null;
}

export interface CommandReply {
  /** Only the caller sees it (Discord flag 64; Slack response_type 'ephemeral'). */
  ephemeral: boolean;
  title?: string;
  lines: ReplyLine[];
  /** A digest preview, rendered by the platform's digest renderer instead of `lines`. */
  digest?: Digest;
  /** True when the command failed; `lines[0].text` is the one-sentence error. */
  error?: boolean;
}

export interface CommandDefaults {
  /** Five-field cron expression used when `subscribe` has no schedule. */
  schedule: string;
  timezone: string;
  language: string;
}

export interface CommandDeps {
  store: Store;
  taxonomy: Taxonomy;
  now: () => Date;
  defaults: CommandDefaults;
  /**
   * Checks a feed URL before it is stored: the private-address guard, and (with src/feeds' discoverFeed) feed
   * autodiscovery, answering which feed to store when the URL is a page. Throws with a one-sentence message.
   */
  checkFeedUrl: (url: string) => Promise<void | { feedUrl: string; title: string | null; alternatives: { url: string; title: string | null }[] }>;
  /** The scheduler's digest builder, for the `digest` preview. */
  previewDigest: (subscription: Subscription, now: Date) => Promise<Digest>;
  /** Called after a subscription was created, changed or removed, so schedules take effect without a restart. */
  onSubscriptionsChanged?: () => void;
  logger: Logger;
}

/** A choice offered by autocomplete: `value` is what gets filled in, `name` what the user sees. */
export interface CompletionChoice {
  name: string;
  value: string;
}
