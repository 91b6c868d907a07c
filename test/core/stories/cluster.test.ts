import { describe, expect, it } from 'vitest';
import { analyzeArticle, assignToStories, clusterArticles, defaultTaxonomy, type ClusterCandidate } from '../../../src/core/index.js';
import { candidate } from './candidates.js';

const at = (iso: string) => new Date(iso);

/** Putin–Trump call reported in three languages, and a different summit the same week. */
function summitWeek(): ClusterCandidate[] {
  return [
    candidate({
      id: 'de-1',
      language: 'de',
      source: 'Tagesblick',
      publishedAt: at('2018-03-20T15:00:00Z'),
      title: 'Putin und Trump erwägen ein Gipfeltreffen',
      body: 'Der Kreml teilte am Dienstag mit, Trump habe Putin zum Wahlsieg gratuliert. Kremlsprecher Peskow nannte das Telefonat konstruktiv. Treffen zuletzt beim G20-Gipfel 2017 in Hamburg.',
      entities: ['putin', 'trump', 'kremlin', 'moscow', 'washington', 'peskov', 'hamburg', 'g20'],
    }),
    candidate({
      id: 'en-1',
      language: 'en',
      publishedAt: at('2018-03-20T17:00:00Z'),
      title: 'Trump congratulates Putin, floats summit',
      body: 'The Kremlin said on Tuesday the presidents discussed a possible summit. Spokesman Peskov called the call constructive. They last met at the G20 in Hamburg in 2017.',
      entities: ['trump', 'putin', 'kremlin', 'moscow', 'peskov', 'g20', 'hamburg', 'washington'],
    }),
    candidate({
      id: 'fr-1',
      language: 'fr',
      source: 'Le Quotidien',
      publishedAt: at('2018-03-21T08:00:00Z'),
      title: 'Trump félicite Poutine et évoque un sommet',
      body: 'Selon le Kremlin, mardi, les deux présidents ont évoqué un sommet. Ils ne se sont vus qu’au G20 de Hambourg en 2017.',
      entities: ['trump', 'putin', 'kremlin', 'g20', 'hamburg', 'peskov'],
    }),
    candidate({
      id: 'en-2',
      language: 'en',
      publishedAt: at('2018-03-21T14:00:00Z'),
      title: 'White House says planning for Trump-Kim meeting is under way',
      body: 'Press secretary Sarah Sanders said on Wednesday that planning for the summit with Kim Jong Un in May was at an early stage. Venues include Stockholm and Singapore.',
      entities: ['trump', 'white-house', 'kim-jong-un', 'sanders', 'stockholm', 'singapore', 'pyongyang', 'washington'],
    }),
    candidate({
      id: 'de-2',
      language: 'de',
      source: 'Tagesblick',
      publishedAt: at('2018-03-22T07:00:00Z'),
      title: 'Weißes Haus bereitet Treffen von Trump und Kim vor',
      body: 'Sprecherin Sarah Sanders sagte am Mittwoch, die Vorbereitungen für das Gipfeltreffen mit Kim Jong Un im Mai seien am Anfang. Im Gespräch sind Stockholm und Singapur.',
      entities: ['white-house', 'trump', 'kim-jong-un', 'sanders', 'stockholm', 'singapore', 'washington'],
    }),
  ];
}

function groups(assignments: { articleId: string | number; key: string }[]): string[][] {
  const byKey = new Map<string, string[]>();
  for (const a of assignments) byKey.set(a.key, [...(byKey.get(a.key) ?? []), String(a.articleId)]);
  return [...byKey.values()].map((g) => g.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe('clusterArticles', () => {
  it('groups one event across languages and keeps a different summit the same week apart', () => {
    expect(groups(clusterArticles(summitWeek()))).toEqual([
      ['de-1', 'en-1', 'fr-1'],
      ['de-2', 'en-2'],
    ]);
  });

  it('returns one assignment per article, in the order given', () => {
    const articles = summitWeek();
    expect(clusterArticles(articles).map((a) => a.articleId)).toEqual(articles.map((a) => a.id));
  });

  it('gives the same keys whatever the input order', () => {
    const articles = summitWeek();
    const forward = new Map(clusterArticles(articles).map((a) => [a.articleId, a.key]));
    const backward = new Map(clusterArticles([...articles].reverse()).map((a) => [a.articleId, a.key]));
    expect(backward).toEqual(forward);
  });

  it('names a story after its first article', () => {
    const keys = new Set(clusterArticles(summitWeek()).map((a) => a.key));
    expect(keys).toEqual(new Set(['a:de-1', 'a:en-2']));
  });

  it('never joins articles further apart than the window', () => {
    const [first, second] = summitWeek();
    const late = { ...second!, publishedAt: at('2018-03-23T16:00:00Z') };
    expect(groups(clusterArticles([first!, late]))).toEqual([['de-1'], ['en-1']]);
    expect(groups(clusterArticles([first!, late], { windowHours: 96 }))).toEqual([['de-1', 'en-1']]);
  });

  it('keeps same-language articles with shared names but different events apart', () => {
    const base = { language: 'en', publishedAt: at('2018-03-20T10:00:00Z') };
    const articles = [
      candidate({
        ...base,
        id: 'a',
        title: 'EU leaders meet in Brussels on steel tariffs',
        body: 'Merkel and Tusk want a permanent exemption from the US tariffs on steel and aluminium.',
        entities: ['eu', 'brussels', 'merkel', 'tusk', 'usa'],
      }),
      candidate({
        ...base,
        id: 'b',
        title: 'Merkel and Macron agree euro reform roadmap in Paris',
        body: 'The chancellor and the French president want joint proposals on the eurozone budget by June.',
        entities: ['merkel', 'macron', 'paris', 'eu'],
      }),
    ];
    expect(groups(clusterArticles(articles))).toEqual([['a'], ['b']]);
  });

  it('does not join two languages on a single shared name, unless a number or date backs it', () => {
    const de = candidate({ id: 'de', language: 'de', title: 'Trump reist nach Asien', body: 'Der Präsident bricht zu einer Reise auf.', entities: ['trump'] });
    const en = candidate({ id: 'en', language: 'en', title: 'Trump signs budget bill', body: 'The president signed the bill.', entities: ['trump'] });
    expect(groups(clusterArticles([de, en]))).toEqual([['de'], ['en']]);
    const deDated = { ...de, body: 'Der Präsident bricht am 12. November zu einer Reise über 12.000 Kilometer auf.' };
    const enDated = { ...en, body: 'The president leaves on 12 November for a 12,000 kilometre journey.' };
    expect(groups(clusterArticles([deDated, enDated]))).toEqual([['de', 'en']]);
  });

  it('matches same-language reports by their wording when names are missing', () => {
    const base = { language: 'en', entities: [] as string[] };
    const articles = [
      candidate({
        ...base,
        id: 'x',
        title: 'Ceasefire agreed after overnight talks in the capital',
        body: 'Negotiators agreed a ceasefire after overnight talks, with monitors to be deployed along the front line from Friday morning.',
      }),
      candidate({
        ...base,
        id: 'y',
        title: 'Overnight talks end with ceasefire agreement',
        body: 'A ceasefire was agreed after overnight talks; monitors will be deployed along the front line from Friday morning, negotiators said.',
      }),
      candidate({
        ...base,
        id: 'z',
        title: 'Central bank leaves interest rates unchanged',
        body: 'The central bank kept its main interest rate unchanged and signalled no change before the summer.',
      }),
    ];
    expect(groups(clusterArticles(articles))).toEqual([['x', 'y'], ['z']]);
  });
});

describe('clusterArticles: what differs counts too', () => {
  it('joins two languages on one distinctive shared name when place, day and topic agree', () => {
    const en = candidate({
      id: 'en',
      title: 'Modi in Kyiv: India ready to help end the war',
      body: 'KYIV — Prime Minister Narendra Modi met President Volodymyr Zelensky in Kyiv on Friday.',
      entities: ['modi', 'kyiv', 'zelensky', 'india'],
    });
    const es = candidate({
      id: 'es',
      language: 'es',
      publishedAt: at('2018-03-21T07:00:00Z'),
      title: 'Modi visita Kiev',
      body: 'KIEV - El primer ministro indio visitó este viernes la capital ucraniana.',
      entities: ['modi', 'kyiv'],
    });
    expect(groups(clusterArticles([en, es]))).toEqual([['en', 'es']]);
  });

  it('keeps apart two reports of one traveller a day apart with another host in another city, though the wire template matches', () => {
    const template = (id: string, city: string, host: string, hostKey: string, day: string) =>
      candidate({
        id,
        publishedAt: at(day),
        title: `Blinken meets ${host} in ${city} as ceasefire talks stall`,
        body: `${city.toUpperCase()} — U.S. Secretary of State Antony Blinken met ${host} in ${city} on his tenth trip to the region, with two aides. Egypt and Qatar are mediating.`,
        entities: ['blinken', hostKey, city.toLowerCase(), 'egypt', 'qatar', 'state-department'],
      });
    const cairo = template('cairo', 'Cairo', 'President Abdel Fattah al-Sisi', 'sisi', '2018-03-20T12:00:00Z');
    const doha = template('doha', 'Doha', 'Emir Tamim bin Hamad Al Thani', 'thani', '2018-03-21T12:00:00Z');
    expect(groups(clusterArticles([cairo, doha]))).toEqual([['cairo'], ['doha']]);
  });

  it('takes no small count for evidence: "two ships" joins nothing', () => {
    const de = candidate({
      id: 'de',
      language: 'de',
      title: 'Zwei Schiffe im Hafen',
      body: 'Zwei Schiffe liefen am Dienstag mit 4 Delegationen ein.',
      entities: ['lavrov'],
    });
    const en = candidate({ id: 'en', title: 'Two ships in port', body: 'Two ships arrived on Wednesday with 4 delegations.', entities: ['lavrov'] });
    expect(groups(clusterArticles([de, en]))).toEqual([['de'], ['en']]);
  });
  it('takes names a tenth of the batch mentions for no distinctive evidence: two of them do not join two languages', () => {
    const de = candidate({
      id: 'de',
      language: 'de',
      title: 'Scholz und Macron streiten über Agrarsubventionen',
      body: 'Die Regierungen konnten sich nicht auf 340 Millionen Euro für die Landwirte einigen.',
      entities: ['scholz', 'macron', 'farmers-union'],
    });
    const en = candidate({
      id: 'en',
      publishedAt: at('2018-03-20T16:00:00Z'),
      title: 'Macron and Scholz back a new fighter jet',
      body: 'The two governments pledged 75 aircraft for the joint programme.',
      entities: ['macron', 'scholz', 'dassault'],
    });
    expect(groups(clusterArticles([de, en]))).toEqual([['de', 'en']]);
    // Earlier in the month (outside the window, so never candidates) a tenth of the batch names both.
    const earlier = Array.from({ length: 100 }, (_, i) =>
      candidate({ id: `f${i}`, publishedAt: at('2018-03-01T12:00:00Z'), entities: i < 10 ? ['scholz', 'macron', `other-${i}`] : [`other-${i}`] }),
    );
    const stories = groups(clusterArticles([de, en, ...earlier]));
    expect(stories).toContainEqual(['de']);
    expect(stories).toContainEqual(['en']);
  });
});

describe('clustering features kept from the analysis', () => {
  it('give the same stories as features worked out again from the text', () => {
    const taxonomy = defaultTaxonomy();
    const reports = [
      [
        'de',
        'Putin und Trump erwägen ein Gipfeltreffen',
        'Moskau – Der Kreml teilte am Dienstag mit, Putin und Trump hätten über ein Gipfeltreffen gesprochen. Kremlsprecher Peskow nannte das Telefonat konstruktiv.',
      ],
      [
        'en',
        'Trump and Putin discuss a summit',
        'MOSCOW — The Kremlin said on Tuesday that Putin and Trump discussed a summit. Spokesman Peskov called the call constructive.',
      ],
      ['en', 'Storm hits coast', 'A storm hit the coast on Tuesday, cutting power to 20,000 homes.'],
    ] as const;
    const withAnalysis = reports.map(([language, title, body], index) => {
      const analysis = analyzeArticle({ title, body, languageHint: language }, taxonomy);
      return candidate({
        id: index,
        language: analysis.language,
        title,
        body,
        summary: analysis.summary,
        entities: analysis.entities,
        topics: analysis.topics,
      });
    });
    // Copies of the entity lists carry nothing from the analysis: the features are worked out again.
    const recomputed = withAnalysis.map((c) => ({ ...c, entities: [...c.entities] }));
    expect(clusterArticles(withAnalysis)).toEqual(clusterArticles(recomputed));
    expect(groups(clusterArticles(withAnalysis))).toEqual([['0', '1'], ['2']]);
  });
});

describe('assignToStories', () => {
  it('attaches a new report to an existing recent story and starts new ones for new events', () => {
    const [de1, en1, fr1, en2, de2] = summitWeek();
    const result = assignToStories([{ storyId: 7, articles: [de1!, en1!] }], [fr1!, en2!, de2!]);
    expect(result).toEqual([
      { articleId: 'fr-1', key: 's:7', storyId: 7 },
      { articleId: 'en-2', key: 'a:en-2', storyId: null },
      { articleId: 'de-2', key: 'a:en-2', storyId: null },
    ]);
  });

  it('does not attach to a story whose articles are outside the window', () => {
    const [de1, en1] = summitWeek();
    const late = { ...en1!, publishedAt: at('2018-03-25T12:00:00Z') };
    expect(assignToStories([{ storyId: 3, articles: [de1!] }], [late])).toEqual([{ articleId: 'en-1', key: 'a:en-1', storyId: null }]);
  });
});
