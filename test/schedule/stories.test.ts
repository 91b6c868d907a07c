import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/core/index.js';
import { assignStories } from '../../src/schedule/index.js';
import { openSqliteStore, type NewArticle, type Store } from '../../src/store/index.js';

const hours = (n: number) => n * 3_600_000;
const start = new Date('2018-03-20T15:00:00Z');

let store: Store | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

function openStore(): Store {
  store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'nd-stories-')), 'news.db'));
  return store;
}

let sequence = 0;
function article(
  source: string,
  language: string,
  at: Date,
  text: { title: string; body: string; summary: string },
  entities: string[],
  quotes: ArticleAnalysis['quotes'] = [],
): NewArticle {
  sequence += 1;
  return {
    feedId: null,
    guid: `guid-${sequence}`,
    url: `https://${source.toLowerCase().replace(/\W+/g, '')}.example/${sequence}`,
    canonicalUrl: null,
    title: text.title,
    body: text.body,
    source,
    publishedAt: at,
    firstSeenAt: new Date(at.getTime() + 600_000),
    contentHash: `hash-${sequence}`,
    analysis: { language, topics: [{ id: 'summits', score: 0.8, evidence: ['summit'] }], quotes, statements: [], summary: text.summary, entities },
  };
}

const callEntities = ['putin', 'trump', 'kremlin', 'moscow', 'washington', 'peskov', 'g20', 'hamburg'];
const kremlinQuote = {
  text: 'besondere Aufmerksamkeit der Frage gewidmet, möglicherweise ein Gipfeltreffen abzuhalten',
  speaker: 'Kreml',
  kind: 'direct' as const,
  score: 0.9,
};

const reports = {
  de: article(
    'Tagesblick',
    'de',
    start,
    {
      title: 'Putin und Trump erwägen ein Gipfeltreffen',
      summary: 'Trump gratulierte Putin zum Wahlsieg; beide wollen laut Kreml über ein Gipfeltreffen reden.',
      body: 'Der Kreml teilte am Dienstag mit, Trump habe Putin angerufen. Kremlsprecher Peskow nannte das Gespräch konstruktiv. Beide trafen sich 2017 beim G20-Gipfel in Hamburg.',
    },
    callEntities,
    [kremlinQuote],
  ),
  en: article(
    'The Meridian',
    'en',
    new Date(start.getTime() + hours(2)),
    {
      title: 'Trump congratulates Putin, floats summit',
      summary: 'Trump called Putin after his re-election; the Kremlin says both discussed a summit.',
      body: 'The Kremlin said on Tuesday that the presidents discussed a possible summit. Spokesman Peskov called it constructive. They met at the G20 in Hamburg in 2017.',
    },
    callEntities,
  ),
  kim: article(
    'The Meridian',
    'en',
    new Date(start.getTime() + hours(3)),
    {
      title: 'White House says planning for Trump-Kim meeting is under way',
      summary: 'The White House says preparations for a Trump–Kim summit are at an early stage.',
      body: 'Press secretary Sarah Sanders said planning for the meeting with Kim Jong Un in May was at an early stage; Stockholm and Singapore are possible venues.',
    },
    ['trump', 'white-house', 'kim-jong-un', 'sanders', 'stockholm', 'singapore'],
  ),
};

describe('assignStories', () => {
  it('creates one story per event with every source, and sets each article’s story', async () => {
    const s = openStore();
    const ids: number[] = [];
    for (const a of [reports.de, reports.en, reports.kim]) ids.push((await s.saveArticle(a)).article.id);
    const now = new Date(start.getTime() + hours(4));
    const { storyIds } = await assignStories(s, ids, { windowHours: 48, now });

    expect(storyIds).toHaveLength(2);
    const [call, kim] = await Promise.all(storyIds.map(async (id) => (await s.getStory(id))!));
    expect(call!.articleIds).toEqual([ids[0], ids[1]]);
    expect(call!.sources).toEqual(['Tagesblick', 'The Meridian']);
    expect(call!.languages).toEqual(['de', 'en']);
    expect(call!.quotes).toEqual([kremlinQuote]);
    expect(call!.representativeArticleId).toBe(ids[0]);
    expect(call!.firstSeenAt).toEqual(reports.de.firstSeenAt);
    expect(kim!.articleIds).toEqual([ids[2]]);
    expect(await Promise.all(ids.map(async (id) => (await s.getArticle(id))!.storyId))).toEqual([call!.id, call!.id, kim!.id]);
  });

  it('adds a later outlet to the existing story instead of starting another', async () => {
    const s = openStore();
    const first = (await s.saveArticle(reports.de)).article.id;
    const firstNow = new Date(start.getTime() + hours(1));
    const [storyId] = (await assignStories(s, [first], { windowHours: 48, now: firstNow })).storyIds;

    const later = (
      await s.saveArticle(
        article(
          'Le Quotidien',
          'fr',
          new Date(start.getTime() + hours(20)),
          {
            title: 'Trump félicite Poutine et évoque un sommet',
            summary: 'Selon le Kremlin, Trump et Poutine envisagent un sommet.',
            body: 'Le Kremlin a indiqué mardi que les présidents avaient évoqué un sommet. Le porte-parole Peskov a jugé l’entretien constructif. Ils se sont vus au G20 de Hambourg en 2017.',
          },
          callEntities,
        ),
      )
    ).article.id;
    const laterNow = new Date(start.getTime() + hours(21));
    expect((await assignStories(s, [later], { windowHours: 48, now: laterNow })).storyIds).toEqual([storyId]);

    const story = (await s.getStory(storyId!))!;
    expect(story.articleIds).toEqual([first, later]);
    expect(story.sources).toEqual(['Tagesblick', 'Le Quotidien']);
    expect(story.languages).toEqual(['de', 'fr']);
    expect(story.updatedAt).toEqual(laterNow);
    expect(story.firstSeenAt).toEqual(reports.de.firstSeenAt);
  });

  it('starts a new story when the earlier one is outside the window', async () => {
    const s = openStore();
    const first = (await s.saveArticle(reports.de)).article.id;
    const [oldStory] = (await assignStories(s, [first], { windowHours: 48, now: new Date(start.getTime() + hours(1)) })).storyIds;
    const weekLater = new Date(start.getTime() + hours(24 * 7));
    const again = (await s.saveArticle({ ...reports.en, guid: 'guid-week-later', publishedAt: weekLater, firstSeenAt: weekLater })).article.id;
    const [newStory] = (await assignStories(s, [again], { windowHours: 48, now: weekLater })).storyIds;
    expect(newStory).not.toBe(oldStory);
    expect((await s.getStory(newStory!))!.articleIds).toEqual([again]);
  });

  it('leaves articles that already belong to a story, and ignores unknown ids', async () => {
    const s = openStore();
    const id = (await s.saveArticle(reports.de)).article.id;
    const now = new Date(start.getTime() + hours(1));
    const [storyId] = (await assignStories(s, [id], { windowHours: 48, now })).storyIds;
    expect(await assignStories(s, [id, 9999], { windowHours: 48, now })).toEqual({ storyIds: [], recovered: 0 });
    expect((await s.getArticle(id))!.storyId).toBe(storyId);
  });

  it('picks up articles a crashed poll stored without a story, and files them as new for the digests', async () => {
    const s = openStore();
    // A poll stored these, then died before clustering: nobody passes their ids again.
    const ids: number[] = [];
    for (const a of [reports.de, reports.en, reports.kim]) ids.push((await s.saveArticle(a)).article.id);
    const now = new Date(start.getTime() + hours(6));
    const result = await assignStories(s, [], { windowHours: 48, now });
    expect(result.recovered).toBe(3);
    expect(result.storyIds).toHaveLength(2);
    const stories = await Promise.all(result.storyIds.map(async (id) => (await s.getStory(id))!));
    expect(stories.flatMap((story) => story.articleIds).sort()).toEqual([...ids].sort());
    // A digest sent while they sat unassigned must not hide them: the story enters digests now.
    expect(stories.map((story) => story.firstSeenAt)).toEqual([now, now]);
    expect(await assignStories(s, [], { windowHours: 48, now })).toEqual({ storyIds: [], recovered: 0 });
  });

  it('leaves unassigned articles older than the story window alone', async () => {
    const s = openStore();
    const id = (await s.saveArticle(reports.de)).article.id;
    const muchLater = new Date(start.getTime() + hours(24 * 5));
    expect(await assignStories(s, [], { windowHours: 48, now: muchLater })).toEqual({ storyIds: [], recovered: 0 });
    expect((await s.getArticle(id))!.storyId).toBeNull();
  });
});
