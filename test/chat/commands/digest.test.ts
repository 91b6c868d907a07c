import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleCommand } from '../../../src/chat/index.js';
import { analysis, createHarness, member, moderator, seedArticle, type Harness } from './harness.js';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(() => h.close());

async function seedStory() {
  const article = await seedArticle(h.store);
  const a = analysis();
  const story = await h.store.createStory({
    representativeArticleId: article.id,
    title: article.title,
    url: article.url,
    summary: a.summary,
    topics: a.topics,
    quotes: a.quotes,
    sources: ['Tagesblick'],
    languages: ['de'],
    articleIds: [article.id],
    firstSeenAt: new Date('2018-03-21T08:00:00Z'),
    updatedAt: new Date('2018-03-21T08:00:00Z'),
  });
  await h.store.setArticleStory(article.id, story.id);
  return story;
}

describe('/news digest', () => {
  it("previews this channel's next digest, ephemerally, without marking anything delivered", async () => {
    const story = await seedStory();
    await handleCommand({ name: 'subscribe', options: { topics: 'summits' } }, moderator, h.deps);
    const reply = await handleCommand({ name: 'digest', options: {} }, member, h.deps);
    expect(reply.error).toBeUndefined();
    expect(reply.ephemeral).toBe(true);
    expect(reply.digest?.sections.map((section) => section.topicId)).toEqual(['summits']);
    expect(reply.digest?.sections[0]!.stories.map((s) => s.storyId)).toEqual([story.id]);
    const [sub] = await h.store.listSubscriptions();
    expect(await h.store.wasStoryDelivered(sub!.id, story.id)).toBe(false);
    expect(sub!.watermark).toBeNull();
  });

  it('says plainly when there is nothing new for the topics', async () => {
    await seedStory();
    await handleCommand({ name: 'subscribe', options: { topics: 'cyber' } }, moderator, h.deps);
    const reply = await handleCommand({ name: 'digest', options: {} }, member, h.deps);
    expect(reply.error).toBeUndefined();
    expect(reply.digest).toBeUndefined();
    expect(reply.lines[0]!.text).toBe('Nothing new for cyber since the last digest.');
  });

  it('explains how to subscribe when the channel has no subscription', async () => {
    const reply = await handleCommand({ name: 'digest', options: {} }, member, h.deps);
    expect(reply.error).toBe(true);
    expect(reply.lines[0]!.text).toMatch(/no subscription yet; create one with \/news subscribe topics:/);
  });
});

describe('/news digest for an instant subscription', () => {
  it('says "No new stories yet", not "since the last digest"', async () => {
    await handleCommand({ name: 'subscribe', options: { topics: 'summits', mode: 'instant' } }, moderator, h.deps);
    const reply = await handleCommand({ name: 'digest', options: {} }, member, h.deps);
    expect(reply.lines[0]!.text).toBe('No new stories yet for summits.');
    await handleCommand({ name: 'subscribe', options: { mode: 'digest' } }, moderator, h.deps);
    const digest = await handleCommand({ name: 'digest', options: {} }, member, h.deps);
    expect(digest.lines[0]!.text).toBe('Nothing new for summits since the last digest.');
  });
});

describe('/news preview', () => {
  it('shows the digest these topics and filters would give, without storing a subscription', async () => {
    const story = await seedStory();
    const reply = await handleCommand({ name: 'preview', options: { topics: 'summits' } }, member, h.deps);
    expect(reply.digest?.sections[0]!.stories.map((s) => s.storyId)).toEqual([story.id]);
    const filtered = await handleCommand({ name: 'preview', options: { topics: 'summits', exclude: 'Gipfeltreffen' } }, member, h.deps);
    expect(filtered.lines[0]!.text).toBe('No stories in the last 24 hours for summits; try other topics or fewer filters.');
    expect(await h.store.listSubscriptions()).toEqual([]);
  });
});
