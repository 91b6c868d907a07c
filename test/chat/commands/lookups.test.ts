import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleCommand } from '../../../src/chat/index.js';
import { analysis, createHarness, member, moderator, seedArticle, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await seedArticle(h.store);
  await seedArticle(h.store, {
    guid: 'guid-old',
    url: 'https://news.example/old-tariffs',
    canonicalUrl: 'https://news.example/old-tariffs',
    title: 'Strafzölle auf Stahl angekündigt',
    body: 'Die Regierung kündigte Strafzölle auf Stahl an, sagte ein Sprecher.',
    source: 'Wirtschaftsblatt',
    publishedAt: new Date('2018-03-01T10:00:00Z'),
    firstSeenAt: new Date('2018-03-01T10:05:00Z'),
    contentHash: 'hash-old',
    analysis: analysis({
      topics: [{ id: 'trade', score: 4, evidence: ['Strafzölle'] }],
      quotes: [{ text: 'Wir werden unsere Industrie schützen', speaker: 'Regierungssprecher', kind: 'direct', score: 1 }],
      summary: 'Die Regierung kündigt Strafzölle auf Stahl an.',
    }),
  });
});
afterEach(() => h.close());

describe('/news search', () => {
  it('finds stored articles by text, with link, source and time in the channel time zone', async () => {
    const reply = await handleCommand({ name: 'search', options: { query: 'Gipfeltreffen' } }, member, h.deps);
    expect(reply.error).toBeUndefined();
    expect(reply.ephemeral).toBe(true);
    expect(reply.lines).toHaveLength(1);
    expect(reply.lines[0]).toMatchObject({ text: 'Putin und Trump erwägen Gipfeltreffen', url: 'https://news.example/putin-trump' });
    expect(reply.lines[0]!.detail).toContain('Tagesblick · 20 Mar 2018, 19:00 (Europe/Berlin)');
  });

  it('filters by topic and since', async () => {
    const recent = await handleCommand({ name: 'search', options: { query: 'Strafzölle', since: '7d' } }, member, h.deps);
    expect(recent.lines[0]!.text).toMatch(/^No stored articles match "Strafzölle" \(since 14 Mar 2018/);
    const byTopic = await handleCommand({ name: 'search', options: { query: 'Stahl', topic: 'trade' } }, member, h.deps);
    expect(byTopic.lines.map((line) => line.text)).toEqual(['Strafzölle auf Stahl angekündigt']);
    const wrongTopic = await handleCommand({ name: 'search', options: { query: 'Stahl', topic: 'summits' } }, member, h.deps);
    expect(wrongTopic.lines[0]!.url).toBeUndefined();
    expect(wrongTopic.lines[0]!.text).toMatch(/^No stored articles match/);
  });

  it('needs no permission: members without Manage Channels can search', async () => {
    const reply = await handleCommand({ name: 'search', options: { query: 'Putin' } }, { ...member, canManageFeeds: false }, h.deps);
    expect(reply.error).toBeUndefined();
    expect(reply.lines[0]!.text).toBe('Putin und Trump erwägen Gipfeltreffen');
  });

  it('explains a missing query, an unknown topic and an unreadable since', async () => {
    const empty = await handleCommand({ name: 'search', options: { query: '   ' } }, member, h.deps);
    expect(empty.error).toBe(true);
    expect(empty.lines[0]!.text).toBe('Give a value for query: (words to look for).');
    const topic = await handleCommand({ name: 'search', options: { query: 'Putin', topic: 'summit' } }, member, h.deps);
    expect(topic.lines[0]!.text).toMatch(/did you mean "summits"/);
    const since = await handleCommand({ name: 'search', options: { query: 'Putin', since: 'neulich' } }, member, h.deps);
    expect(since.error).toBe(true);
    expect(since.lines[0]!.text).toMatch(/"neulich" is not a date I understand/);
  });
});

describe('/news quotes', () => {
  it('finds quotes by speaker and topic this week, with the speaker and article', async () => {
    const reply = await handleCommand({ name: 'quotes', options: { speaker: 'Kreml', topic: 'summits', since: 'this week' } }, member, h.deps);
    expect(reply.error).toBeUndefined();
    expect(reply.lines).toHaveLength(1);
    expect(reply.lines[0]).toMatchObject({
      text: 'Putin und Trump erwägen Gipfeltreffen',
      quote: 'besondere Aufmerksamkeit der Frage gewidmet, möglicherweise ein Gipfeltreffen abzuhalten',
      url: 'https://news.example/putin-trump',
    });
    expect(reply.lines[0]!.detail).toMatch(/^Kreml · Tagesblick/);
  });

  it('finds the Kremlin quote on arms control this week whichever spelling of the speaker is used', async () => {
    for (const speaker of ['Kremlin', 'kreml', 'the Kremlin', 'kremlin']) {
      const reply = await handleCommand({ name: 'quotes', options: { speaker, topic: 'arms-control', since: 'week' } }, member, h.deps);
      expect(reply.lines.map((line) => line.quote)).toEqual(['besondere Aufmerksamkeit der Frage gewidmet, möglicherweise ein Gipfeltreffen abzuhalten']);
    }
  });

  it('is open to members and answers plainly when nothing matches', async () => {
    const reply = await handleCommand({ name: 'quotes', options: { speaker: 'Kreml', topic: 'trade' } }, member, h.deps);
    expect(reply.error).toBeUndefined();
    expect(reply.lines[0]!.text).toMatch(/^No stored quotes by Kreml \(topic trade\)/);
  });

  it('rejects a bad since and an unknown topic', async () => {
    const since = await handleCommand({ name: 'quotes', options: { since: '2018-13-01' } }, member, h.deps);
    expect(since.error).toBe(true);
    expect(since.lines[0]!.text).toMatch(/not a real calendar date/);
    const topic = await handleCommand({ name: 'quotes', options: { topic: 'weather' } }, member, h.deps);
    expect(topic.error).toBe(true);
    expect(topic.lines[0]!.text).toMatch(/Unknown topic "weather"/);
  });
});

describe('/news topics', () => {
  it('lists every taxonomy topic with a one-line description, for anyone', async () => {
    const reply = await handleCommand({ name: 'topics', options: {} }, member, h.deps);
    expect(reply.error).toBeUndefined();
    const ids = reply.lines.map((line) => line.text);
    expect(ids.slice(0, 2)).toEqual(['summits', 'arms-control']);
    expect(ids).toEqual(expect.arrayContaining(['sanctions', 'elections', 'terrorism', 'armed-conflict', 'diplomacy', 'trade', 'cyber']));
    for (const line of reply.lines) {
      expect(line.detail).toBeTruthy();
      expect(line.detail).not.toContain('\n');
    }
  });

  it('refuses options it does not take with one sentence, as every surface does', async () => {
    const reply = await handleCommand({ name: 'topics', options: { query: 'x' } }, moderator, h.deps);
    expect(reply.error).toBe(true);
    expect(reply.lines[0]!.text).toBe('/news topics does not take query:; see /news topics.');
  });
});
