import type { Digest, Platform, Subscription, Taxonomy } from '../../core/index.js';
import type { CommandName, FeedAction } from './command-specs.js';
import type { RawOptionValue } from './option-kinds.js';
import type { OptionName } from './options.js';
import type { Logger } from '../../config/index.js';
import type { Store } from '../../store/index.js';

/**
 * The platform-neutral command contract. Discord and Slack adapters parse their
 * own wire formats into a `CommandRequest`, resolve the caller's permissions
 * server-side into a `Caller`, and render the structured `CommandReply` in
 * their own markup (each adapter escapes plain text itself).
 */

export { COMMAND_NAMES, FEED_ACTIONS, type CommandName, type FeedAction, type CommandPath } from './command-specs.js';
export type { OptionName } from './options.js';
export type { RawOptionValue, RoleValue, ChannelValue, AttachmentValue, Surface } from './option-kinds.js';

/** Kept for callers that name options by string; every option is described in options.ts. */
export type CommandOptionName = OptionName;

/**
 * Option values as the platform delivered them (text from Slack and the CLI,
 * typed values from Discord); the handlers check and convert them through the
 * option descriptions, so every platform gets identical errors.
 */
export type CommandOptions = Partial<Record<OptionName, RawOptionValue>>;

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
  /** Discord: the member has Mention Everyone, so any role may be an alert role. */
  canMentionEveryone?: boolean;
  /** The operator at the CLI: sees every workspace's feeds and articles. Never set by a chat adapter. */
  operator?: boolean;
  /** The kind of channel `channelId` is, when the platform says (a forum gets one post per story). */
  channelKind?: 'text' | 'forum' | 'thread' | 'other' | null;
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
  /** Stories per digest (config digest.maxStories); previews and `why` use it. Default 10. */
  maxStories?: number;
}

/** What autodiscovery found for a typed address: the feed to add, and its title when known. */
export interface DiscoveredFeed {
  url: string;
  title?: string | null;
  /** Other feeds the page offered, when the typed address was a page. */
  alternatives?: { url: string; title: string | null }[];
}

export interface CommandDeps {
  store: Store;
  taxonomy: Taxonomy;
  now: () => Date;
  defaults: CommandDefaults;
  /** The private-address guard from src/feeds (assertPublicUrl); throws with a one-sentence message when the URL is not allowed. */
  checkFeedUrl: (url: string) => Promise<void>;
  /**
   * Feed autodiscovery (src/feeds discoverFeed): from a page or feed address to
   * the feed to add. Optional; without it the typed address is the feed
   * (after checkFeedUrl). Called from feedToAdd() in feed-commands.ts only.
   */
  discoverFeed?: (url: string) => Promise<DiscoveredFeed>;
  /** Downloads a command attachment (Discord CDN) as text, bounded in bytes; must apply the private-address guard. */
  fetchAttachment?: (url: string, maxBytes: number) => Promise<string>;
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
