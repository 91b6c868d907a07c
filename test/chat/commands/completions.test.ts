import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeFeeds, completeTopics, MAX_CHOICES } from '../../../src/chat/index.js';
import { createHarness, moderator, NOW, type Harness } from './harness.js';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(() => h.close());

describe('completeTopics', () => {
  it('offers every topic for an empty option, within the platform cap', () => {
    const choices = completeTopics('', h.deps.taxonomy);
    expect(choices.length).toBe(h.deps.taxonomy.topics.length);
    expect(choices.length).toBeLessThanOrEqual(MAX_CHOICES);
    expect(choices[0]!.value).toBe('summits');
  });

  it('completes only the last item of a list and skips topics already chosen', () => {
    const values = completeTopics('summits,arms-control, s', h.deps.taxonomy).map((choice) => choice.value);
    expect(values[0]).toBe('summits,arms-control,sanctions');
    expect(values).not.toContain('summits,arms-control,summits');
    expect(values.every((value) => value.startsWith('summits,arms-control,'))).toBe(true);
  });

  it('matches inside ids and labels, and offers nothing for gibberish', () => {
    expect(completeTopics('conflict', h.deps.taxonomy, { list: false }).map((choice) => choice.value)).toEqual(['armed-conflict']);
    expect(completeTopics('zzzz', h.deps.taxonomy)).toEqual([]);
  });
});

describe('completeFeeds', () => {
  it('matches feeds by number, name or URL and fills in the number', async () => {
    const world = await h.store.upsertFeed({ url: 'https://feeds.example.org/world.xml', name: 'World Desk', origin: 'chat', shared: true }, NOW);
    await h.store.upsertFeed({ url: 'https://feeds.example.org/sport.xml', name: 'Sport', origin: 'chat', shared: true }, NOW);
    expect(await completeFeeds('world', h.store, moderator)).toEqual([
      { name: `#${world.id} World Desk (https://feeds.example.org/world.xml)`, value: String(world.id) },
    ]);
    expect((await completeFeeds(`#${world.id}`, h.store, moderator)).map((choice) => choice.value)).toEqual([String(world.id)]);
    expect(await completeFeeds('', h.store, moderator)).toHaveLength(2);
  });

  it("suggests this workspace's own feeds and never another workspace's", async () => {
    const own = await h.store.upsertFeed({ url: 'https://feeds.example.org/own.xml', name: 'Own Desk', origin: 'chat' }, NOW);
    const theirs = await h.store.upsertFeed({ url: 'https://feeds.example.org/theirs.xml', name: 'Their Desk', origin: 'chat' }, NOW);
    await h.store.linkFeed({ feedId: own.id, platform: 'discord', workspaceId: moderator.workspaceId!, name: null, addedBy: null }, NOW);
    await h.store.linkFeed({ feedId: theirs.id, platform: 'discord', workspaceId: '800000000000000099', name: null, addedBy: null }, NOW);
    expect((await completeFeeds('desk', h.store, moderator)).map((choice) => choice.value)).toEqual([String(own.id)]);
  });

  it('keeps every suggestion within 100 characters', async () => {
    await h.store.upsertFeed({ url: `https://feeds.example.org/${'x'.repeat(300)}.xml`, name: 'Long', origin: 'chat', shared: true }, NOW);
    const [choice] = await completeFeeds('long', h.store, moderator);
    expect(choice!.name.length).toBeLessThanOrEqual(100);
    expect(choice!.name.endsWith('…')).toBe(true);
  });
});
