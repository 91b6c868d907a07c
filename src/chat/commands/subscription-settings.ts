import type { Subscription, SubscriptionFilters, SubscriptionLayout, SubscriptionMode } from '../../core/index.js';
import { CommandError } from './errors.js';
import { describeFeedRef, type FeedRef } from './feed-refs.js';
import type { ChannelValue, RoleValue } from './option-kinds.js';
import { OPTIONS } from './options.js';
import type { OptionReader } from './read.js';
import type { Caller, CommandDeps } from './types.js';
import { addWorkspaceFeed, findVisibleFeed, workspaceFeeds } from './workspace-feeds.js';

/**
 * The subscription options of /news subscribe and /news preview, read once
 * through their descriptions: only the options given are set, so changing a
 * subscription keeps everything not mentioned.
 */
export interface SettingsInput {
  topics?: string[];
  feedRefs?: FeedRef[];
  schedule?: string;
  timezone?: string;
  mode?: SubscriptionMode;
  language?: string;
  include?: string[];
  exclude?: string[];
  languages?: string[];
  minSources?: number | null;
  threads?: boolean;
  mention?: RoleValue;
  channel?: ChannelValue;
}

export function readSettings(read: OptionReader): SettingsInput {
  const input: SettingsInput = {};
  const set = <K extends keyof SettingsInput>(key: K, value: SettingsInput[K] | undefined) => {
    if (value !== undefined) input[key] = value;
  };
  set('topics', read(OPTIONS.topics));
  set('feedRefs', read(OPTIONS.feeds));
  set('schedule', read(OPTIONS.schedule));
  set('timezone', read(OPTIONS.timezone));
  set('mode', read(OPTIONS.mode));
  set('language', read(OPTIONS.language));
  set('include', read(OPTIONS.include));
  set('exclude', read(OPTIONS.exclude));
  set('languages', read(OPTIONS.languages));
  set('minSources', read(OPTIONS['min-sources']));
  set('threads', read(OPTIONS.threads));
  set('mention', read(OPTIONS.mention));
  set('channel', read(OPTIONS.channel));
  return input;
}

/** The filters after applying the given options to the current ones. */
export function mergeFilters(current: SubscriptionFilters | undefined, input: SettingsInput): SubscriptionFilters {
  return {
    include: input.include ?? current?.include ?? [],
    exclude: input.exclude ?? current?.exclude ?? [],
    languages: input.languages ?? current?.languages ?? [],
    minSources: input.minSources !== undefined ? input.minSources : (current?.minSources ?? null),
  };
}

/**
 * Feed ids for the typed references, as the caller's workspace sees them. An
 * address nobody added yet is added for this workspace first — which needs the
 * feed permission, like /news feeds add.
 */
export async function resolveFeeds(deps: CommandDeps, caller: Caller, refs: FeedRef[]): Promise<number[]> {
  const view = await workspaceFeeds(deps, caller);
  const ids: number[] = [];
  for (const ref of refs) {
    let id: number;
    try {
      id = (await findVisibleFeed(deps, caller, ref, view)).id;
    } catch (error) {
      if (!(error instanceof CommandError) || error.reason !== 'not_found' || ref.kind !== 'url') throw error;
      if (!caller.canManageFeeds) {
        throw new CommandError(
          `${describeFeedRef(ref)} is not a feed here yet, and adding feeds needs the ${caller.platform === 'discord' ? 'Manage Server permission' : 'rights of a workspace admin'}; ask one to run /news feeds add first.`,
          'forbidden',
        );
      }
      id = (await addWorkspaceFeed(deps, caller, ref.url, null)).feed.id;
    }
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** A role alert is opt-in and checked here, server-side: only on Discord, only instant, only a role the caller may mention. */
export function checkMention(role: RoleValue | undefined, mode: SubscriptionMode, caller: Caller): string | null | undefined {
  if (role === undefined) return undefined;
  if (caller.platform !== 'discord') throw new CommandError('Role alerts (mention:) work on Discord only.');
  if (mode !== 'instant') throw new CommandError('mention: works with mode:instant only: a role is alerted per new story, never for a whole digest.');
  if (caller.workspaceId !== null && role.id === caller.workspaceId) {
    throw new CommandError('mention: takes a role, not @everyone; create a role for news alerts and pick that.', 'forbidden');
  }
  if (role.mentionable === false && !caller.canMentionEveryone) {
    const name = role.name ? `@${role.name}` : 'That role';
    throw new CommandError(
      `${name} is not mentionable, and you lack Mention Everyone; make the role mentionable or ask someone who may mention it.`,
      'forbidden',
    );
  }
  return role.id;
}

/** Forum channels always get one post per story; elsewhere threads:true adds a thread under each digest. */
export function layoutFor(channelKind: Caller['channelKind'], threads: boolean | undefined, current: SubscriptionLayout | undefined): SubscriptionLayout {
  if (channelKind === 'forum') return 'forum';
  if (threads !== undefined) return threads ? 'threads' : 'plain';
  return current === 'forum' ? 'plain' : (current ?? 'plain');
}

/** True when two subscriptions would deliver exactly the same messages. */
export function sameSettings(a: Subscription, b: Subscription): boolean {
  const json = (s: Subscription) =>
    JSON.stringify([
      [...s.topics].sort(),
      [...(s.feeds ?? [])].sort((x, y) => x - y),
      s.schedule,
      s.timezone,
      s.mode,
      s.language,
      s.filters ?? null,
      s.layout ?? 'plain',
      s.mentionRoleId ?? null,
      s.webhookUrl ?? null,
    ]);
  return json(a) === json(b);
}
