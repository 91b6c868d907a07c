import type { Platform } from '../core/index.js';

/** Store types for feeds per workspace, feed-health notices and story members (migration 005). */

/**
 * Whose feeds a query may see: the feeds shared with everyone (config file,
 * operator) plus those this workspace added. `workspaceId: null` (a DM, the
 * console) sees the shared feeds only.
 */
export interface WorkspaceScope {
  platform: Platform;
  workspaceId: string | null;
}

/**
 * The store interface. SQLite implements it for one machine, PostgreSQL for many
 * processes; every operation is asynchronous so both fit the same shape.
 */

export interface FeedFilter {
  /** Only feeds this workspace may see: shared ones and its own. */
  visibleTo?: WorkspaceScope;
  /** Only feeds linked to this workspace (its own, not the shared ones). */
  ownedBy?: WorkspaceScope & { workspaceId: string };
}

/** A workspace's claim on a feed: it added it, it sees it, it can remove it. */
export interface FeedLink {
  feedId: number;
  platform: Platform;
  workspaceId: string;
  /** The name this workspace gave it (listings); null to use the feed's name. */
  name: string | null;
  addedBy: string | null;
  addedAt: Date;
}

/** The last feed-health notice a channel got about a feed, so each state change is told once. */
export interface FeedNotice {
  platform: Platform;
  channelId: string;
  feedId: number;
  state: 'disabled' | 'recovered';
  reason: string | null;
  notifiedAt: Date;
}

/** One article of a story, with where it came from (visibility, feed subscriptions). */
export interface StoryMemberRow {
  storyId: number;
  articleId: number;
  feedId: number | null;
  firstSeenAt: Date;
}
