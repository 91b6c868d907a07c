import { type Story, type StoryArticle, type Subscription } from '../core/index.js';
import type { Feed, StoreOps, WorkspaceScope } from '../store/index.js';
import { describeStory, memberOf } from './stories.js';

/**
 * One workspace's view of the stories: a story counts only through the
 * articles of feeds this workspace may see (shared feeds and its own), so a
 * feed another workspace added never shows up here — not as a story, not as a
 * source name, not as a quote. Stories mixing visible and hidden articles are
 * described again from the visible ones alone.
 */

export interface WorkspaceStories {
  stories: Story[];
  /** Each kept story's visible articles. */
  members: Map<number, StoryArticle[]>;
  /** The feeds this workspace sees, by id. */
  feeds: Map<number, Feed>;
}

export const scopeOf = (subscription: Pick<Subscription, 'platform' | 'workspaceId'>): WorkspaceScope => ({
  platform: subscription.platform,
  workspaceId: subscription.workspaceId,
});

export async function visibleFeeds(store: StoreOps, scope: WorkspaceScope): Promise<Map<number, Feed>> {
  return new Map((await store.listFeeds({ visibleTo: scope })).map((feed) => [feed.id, feed]));
}

export async function storiesForWorkspace(store: StoreOps, stories: Story[], scope: WorkspaceScope): Promise<WorkspaceStories> {
  const feeds = await visibleFeeds(store, scope);
  const rows = await store.storyMembers(stories.map((story) => story.id));
  const all = new Map<number, StoryArticle[]>();
  for (const row of rows) {
    const list = all.get(row.storyId) ?? [];
    list.push({ articleId: row.articleId, feedId: row.feedId, firstSeenAt: row.firstSeenAt });
    all.set(row.storyId, list);
  }
  // Articles without a feed (analysed by hand, or their feed was deleted by the operator) are nobody's secret.
  const isVisible = (member: StoryArticle) => member.feedId === null || feeds.has(member.feedId);
  const kept: Story[] = [];
  const members = new Map<number, StoryArticle[]>();
  const partial: { story: Story; visible: StoryArticle[] }[] = [];
  for (const story of stories) {
    const own = all.get(story.id) ?? [];
    const visible = own.filter(isVisible);
    if (own.length > 0 && visible.length === 0) continue;
    members.set(story.id, visible);
    if (visible.length < own.length) partial.push({ story, visible });
    else kept.push(story);
  }
  if (partial.length > 0) {
    const articles = new Map((await store.getArticles(partial.flatMap((p) => p.visible.map((m) => m.articleId)))).map((a) => [a.id, a]));
    for (const { story, visible } of partial) {
      const visibleArticles = visible.flatMap((member) => articles.get(member.articleId) ?? []);
      if (visibleArticles.length === 0) continue;
      kept.push(describeAgain(story, visibleArticles.map(memberOf)));
    }
  }
  const order = new Map(stories.map((story, index) => [story.id, index]));
  kept.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { stories: kept, members, feeds };
}

function describeAgain(story: Story, members: ReturnType<typeof memberOf>[]): Story {
  const described = describeStory(members);
  return { ...story, ...described, publishedAt: described.publishedAt ?? story.publishedAt };
}
