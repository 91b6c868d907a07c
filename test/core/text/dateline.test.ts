import { describe, expect, it } from 'vitest';
import { extractEntities, extractQuotes, summarize, type LanguageCode } from '../../../src/core/index.js';
import { leadOf } from '../../../src/core/stories/lead.js';
import { datelineAt, splitSentences, tokenTable, type TextSpan } from '../../../src/core/text/index.js';

interface Parts {
  places?: string[];
  region?: string;
  date?: string;
  agency?: string;
}

/** An opening, the dateline it starts with (null: none) and the dateline's parts. Sentences written for this test. */
type Case = [string, string | null, Parts?];

const CASES: Array<[string, Case[]]> = [
  [
    'de',
    [
      ['BERLIN (dpa) - Die Koalition hat sich auf einen Haushalt geeinigt.', 'BERLIN (dpa) - ', { places: ['BERLIN'], agency: 'dpa' }],
      ['Berlin/Moskau (dpa) – Beide Regierungen haben am Abend telefoniert.', 'Berlin/Moskau (dpa) – ', { places: ['Berlin', 'Moskau'], agency: 'dpa' }],
      ['Kiew – Die Stadt wurde in der Nacht erneut angegriffen.', 'Kiew – ', { places: ['Kiew'] }],
      ['Moskau, WashingtonDer russische Präsident will verhandeln.', 'Moskau, Washington', { places: ['Moskau', 'Washington'] }],
      ['(dpa) - Der Zug blieb auf offener Strecke stehen.', '(dpa) - ', { agency: 'dpa' }],
      ['Frankfurt am Main (dpa/lhe) – Die Bank senkt die Zinsen.', 'Frankfurt am Main (dpa/lhe) – ', { places: ['Frankfurt am Main'], agency: 'dpa/lhe' }],
      ['HAMBURG, 3. März (dpa) – Der Hafen meldet einen Rekord.', 'HAMBURG, 3. März (dpa) – ', { places: ['HAMBURG'], date: '3. März', agency: 'dpa' }],
      ['berlin (dpa) - die regierung will sparen.', 'berlin (dpa) - ', { places: ['berlin'], agency: 'dpa' }],
      ['Halle (Saale) – Die Stadt feiert ihr Jubiläum.', 'Halle (Saale) – ', { places: ['Halle'], region: 'Saale' }],
      ['Kiew – Die Armee – so heißt es im Bericht – rückt weiter vor.', 'Kiew – ', { places: ['Kiew'] }],
      ['Potsdam (dpa), 5. Mai – Der Landtag tagt.', 'Potsdam (dpa), 5. Mai – ', { places: ['Potsdam'], date: '5. Mai', agency: 'dpa' }],
      ['Der Kanzler – so heißt es in Berlin – will bald reisen.', null],
      ['Olaf Scholz – seit Jahren im Amt – sagte am Montag wenig.', null],
      ['Friedrich Merz (CDU) – Kanzler seit Mai – sagte am Montag wenig.', null],
      ['Merz sagte dazu – „Wir schaffen das“.', null],
      ['Die Regierung in Berlin hat am Montag beraten.', null],
    ],
  ],
  [
    'en',
    [
      ['MOSCOW — Russia said on Tuesday it would expel two diplomats.', 'MOSCOW — ', { places: ['MOSCOW'] }],
      [
        'DAKAR, Nov 16 (Reuters) - Senegal and France signed a fishing deal.',
        'DAKAR, Nov 16 (Reuters) - ',
        { places: ['DAKAR'], date: 'Nov 16', agency: 'Reuters' },
      ],
      [
        'GENEVA, November 27. /TASS/. Talks on the treaty will resume in spring.',
        'GENEVA, November 27. /TASS/. ',
        { places: ['GENEVA'], date: 'November 27.', agency: 'TASS' },
      ],
      ['DORAL, Fla. (AP) — The summit opened under heavy rain.', 'DORAL, Fla. (AP) — ', { places: ['DORAL', 'Fla.'], agency: 'AP' }],
      ['WASHINGTON, D.C. — Congress passed the bill late on Friday.', 'WASHINGTON, D.C. — ', { places: ['WASHINGTON', 'D.C.'] }],
      ['SEOUL, Nov. 27 (Yonhap) -- The two leaders met for an hour.', 'SEOUL, Nov. 27 (Yonhap) -- ', { places: ['SEOUL'], date: 'Nov. 27', agency: 'Yonhap' }],
      ['NEW YORK (AP) — A fire broke out in a subway station.', 'NEW YORK (AP) — ', { places: ['NEW YORK'], agency: 'AP' }],
      ["Rio de Janeiro (Reuters) - Brazil's central bank raised rates.", 'Rio de Janeiro (Reuters) - ', { places: ['Rio de Janeiro'], agency: 'Reuters' }],
      ['OSLO, Dec 3 — The ministry said the border would stay open.', 'OSLO, Dec 3 — ', { places: ['OSLO'], date: 'Dec 3' }],
      ['Ottawa (Canadian Press) - Parliament sat late.', 'Ottawa (Canadian Press) - ', { places: ['Ottawa'], agency: 'Canadian Press' }],
      ['"We will win," the coach said.', null],
      ['Macron - who met the chancellor in Berlin - said little.', null],
      ["Sarah Jones – The Observer's former editor – will chair the inquiry.", null],
      ['London is a big city - and an expensive one.', null],
      ['The talks - held in Geneva - ended early.', null],
      ['Washington, the capital, was quiet on Sunday.', null],
      ['Talks on Iran – The ministers met again in Vienna.', null],
    ],
  ],
  [
    'fr',
    [
      [
        'PARIS, 3 nov 2026 (AFP) - Le gouvernement a présenté son budget.',
        'PARIS, 3 nov 2026 (AFP) - ',
        { places: ['PARIS'], date: '3 nov 2026', agency: 'AFP' },
      ],
      ['ANVERS (AFP) - Le port a été paralysé par une panne.', 'ANVERS (AFP) - ', { places: ['ANVERS'], agency: 'AFP' }],
      ['Bruxelles (Belga) – La réunion a commencé avec une heure de retard.', 'Bruxelles (Belga) – ', { places: ['Bruxelles'], agency: 'Belga' }],
      ['Saint-Denis (AFP) - Les pompiers sont intervenus dans la nuit.', 'Saint-Denis (AFP) - ', { places: ['Saint-Denis'], agency: 'AFP' }],
      ['Marseille – Le maire a présenté son plan pour le port.', 'Marseille – ', { places: ['Marseille'] }],
      ['Genève, 12 févr. (AFP) – Les négociations reprennent.', 'Genève, 12 févr. (AFP) – ', { places: ['Genève'], date: '12 févr.', agency: 'AFP' }],
      ['Lyon, DijonLe préfet a fermé les routes.', 'Lyon, Dijon', { places: ['Lyon', 'Dijon'] }],
      [
        'Abidjan (Agence Ivoirienne de Presse) - Le ministre est arrivé.',
        'Abidjan (Agence Ivoirienne de Presse) - ',
        { places: ['Abidjan'], agency: 'Agence Ivoirienne de Presse' },
      ],
      ['Emmanuel Macron – qui recevait le chancelier – a parlé de défense.', null],
      ['Le président – selon ses proches – hésite encore.', null],
      ['« Nous resterons », a promis le maire.', null],
    ],
  ],
  [
    'es',
    [
      [
        'MADRID, 5 Nov. (EUROPA PRESS) - El Gobierno aprobó el decreto.',
        'MADRID, 5 Nov. (EUROPA PRESS) - ',
        { places: ['MADRID'], date: '5 Nov.', agency: 'EUROPA PRESS' },
      ],
      ['MADRID, 5 (EFE).- El Congreso votará el martes.', 'MADRID, 5 (EFE).- ', { places: ['MADRID'], date: '5', agency: 'EFE' }],
      ['ADAZI (Letonia) - Las tropas participan en unas maniobras.', 'ADAZI (Letonia) - ', { places: ['ADAZI'], region: 'Letonia' }],
      ['Bruselas (Europa Press) - La Comisión propuso nuevas sanciones.', 'Bruselas (Europa Press) - ', { places: ['Bruselas'], agency: 'Europa Press' }],
      ['SAN JOSÉ, Costa Rica — El presidente recibió al secretario.', 'SAN JOSÉ, Costa Rica — ', { places: ['SAN JOSÉ', 'Costa Rica'] }],
      [
        'Buenos Aires, 14 de marzo (Télam) – El Gobierno anunció nuevas medidas.',
        'Buenos Aires, 14 de marzo (Télam) – ',
        { places: ['Buenos Aires'], date: '14 de marzo', agency: 'Télam' },
      ],
      [
        'TOLEDO (Castilla-La Mancha) (EFE).- Los bomberos apagaron el fuego.',
        'TOLEDO (Castilla-La Mancha) (EFE).- ',
        { places: ['TOLEDO'], region: 'Castilla-La Mancha', agency: 'EFE' },
      ],
      ['moscú, 2 dic (efe).- el kremlin negó los hechos.', 'moscú, 2 dic (efe).- ', { places: ['moscú'], date: '2 dic', agency: 'efe' }],
      ['MÉXICO.- El Senado aprobó la reforma.', 'MÉXICO.- ', { places: ['MÉXICO'] }],
      ['Sevilla – «Nunca había visto algo así», dijo una vecina.', 'Sevilla – ', { places: ['Sevilla'] }],
      [
        'Castellón de la Plana (EFE).- El puerto cerró por el temporal.',
        'Castellón de la Plana (EFE).- ',
        { places: ['Castellón de la Plana'], agency: 'EFE' },
      ],
      ['MOSCÚ/BRUSELAS (EFE).- Rusia probó un misil.', 'MOSCÚ/BRUSELAS (EFE).- ', { places: ['MOSCÚ', 'BRUSELAS'], agency: 'EFE' }],
      ['Pedro Sánchez - que llegó a Bruselas el lunes - defendió el plan.', null],
      ['El ministro – según fuentes del partido – dimitirá.', null],
      ['«Es un día histórico», dijo el ministro.', null],
    ],
  ],
];

const textOf = (text: string, span: TextSpan | null): string | undefined => (span === null ? undefined : text.slice(span.start, span.end));

describe('datelineAt', () => {
  for (const [language, cases] of CASES) {
    it(`finds the extent and the parts of datelines, and no dateline where there is none (${language})`, () => {
      for (const [text, expected, parts = {}] of cases) {
        const found = datelineAt(text);
        if (expected === null) {
          expect(found, text).toBeNull();
          continue;
        }
        expect(found, text).not.toBeNull();
        expect(text.slice(0, found!.end), text).toBe(expected);
        expect(
          {
            places: found!.places.map((span) => textOf(text, span)),
            region: textOf(text, found!.region),
            date: textOf(text, found!.date),
            agency: textOf(text, found!.agency),
          },
          text,
        ).toEqual({ places: parts.places ?? [], region: parts.region, date: parts.date, agency: parts.agency });
      }
    });
  }

  it('has at least forty cases in four languages, both sides', () => {
    const all = CASES.flatMap(([, cases]) => cases);
    expect(all.length).toBeGreaterThanOrEqual(40);
    for (const [, cases] of CASES) {
      expect(cases.some(([, expected]) => expected === null)).toBe(true);
      expect(cases.some(([, expected]) => expected !== null)).toBe(true);
    }
  });

  it('reads a dateline at an offset: after a metadata line, sentences start past both', () => {
    expect(splitSentences('date 2026-11 DAKAR, Nov 16 (Reuters) - Senegal signed the deal. It takes effect in May.')[0]!.text).toBe('Senegal signed the deal.');
  });

  it('takes bounded time on hostile input: a megabyte of capitalised words and commas without a dash, 100,000 dashes', () => {
    const inputs = [
      'Berlin, Moskau '.repeat(70_000),
      'BERLIN, PARIS, '.repeat(70_000),
      `Kiew – ${'Die Armee – '.repeat(90_000)}`,
      '- '.repeat(100_000),
      '–'.repeat(100_000),
      `Berlin (${'('.repeat(100_000)}`,
      `Lyon${'a'.repeat(1_000_000)}`,
      `MADRID, ${'5 '.repeat(100_000)}`,
      `GENEVA /${'/'.repeat(100_000)}`,
    ];
    const started = process.cpuUsage();
    for (const input of inputs) {
      for (let i = 0; i < 100; i++) datelineAt(input);
      splitSentences(input);
    }
    // CPU time, not the clock: on a busy machine the clock also counts the time other processes ran. Bounded: each call
    // reads a few hundred characters, so a hundred calls on a megabyte cost what one pass over it does.
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(5_000);
  });
});

describe('one dateline for sentences, summaries, quotes and story leads', () => {
  const wire: Array<[string, LanguageCode, string]> = [
    ["NAIROBI, Jan 9 (Reuters) - Kenya's parliament approved the new budget on Thursday after a long debate. The opposition walked out.", 'en', "Kenya's"],
    [
      'Wien, 4. Mai (APA) – Die Regierung hat am Donnerstag nach langer Debatte den neuen Haushalt beschlossen. Die Opposition verließ den Saal.',
      'de',
      'Die Regierung',
    ],
    ['RABAT, 12 janv 2026 (AFP) - Le Parlement a adopté jeudi le nouveau budget après un long débat. L’opposition a quitté la salle.', 'fr', 'Le Parlement'],
    ['LIMA, 7 (EFE).- El Congreso aprobó este jueves el nuevo presupuesto tras un largo debate. La oposición abandonó la sala.', 'es', 'El Congreso'],
  ];

  it('drops a wire dateline with a date and an agency from the first sentence and the summary', () => {
    for (const [body, language, start] of wire) {
      expect(splitSentences(body)[0]!.text.startsWith(start), body).toBe(true);
      expect(summarize({ title: 'Budget', body, language }).startsWith(start), body).toBe(true);
    }
  });

  it('keeps a quote right after a dateline standalone: the next sentence names its speaker', () => {
    const cases: Array<[string, LanguageCode, string, string]> = [
      [
        'OSLO, March 3 (Reuters) - "We have found two more survivors under the collapsed roof." The statement came from Ivan Petrov, the regional fire chief.',
        'en',
        'two more survivors',
        'Ivan Petrov',
      ],
      [
        'Köln, 4. Mai (dpa) – „Der Verein gehört den Leuten auf der Tribüne.“ Mit diesen Worten eröffnete Klara Hensel am Abend die Versammlung.',
        'de',
        'Leuten auf der Tribüne',
        'Klara Hensel',
      ],
      [
        'LIMA, 7 (EFE).- «No hemos venido a firmar cualquier cosa.» Con estas palabras resumió Elena Castaño la jornada.',
        'es',
        'firmar cualquier cosa',
        'Elena Castaño',
      ],
      [
        "RABAT (AFP) - « Nous formons trop peu de médecins et trop tard. » Sophie Marchand a ajouté que la situation s'aggraverait.",
        'fr',
        'trop peu',
        'Sophie Marchand',
      ],
    ];
    for (const [body, language, text, speaker] of cases) {
      expect(extractQuotes(body, language).quotes.find((quote) => quote.text.includes(text))?.speaker, body).toBe(speaker);
    }
  });

  it('places a story lead by the dateline’s place, a name with a particle included ("Rio de Janeiro (Reuters) -")', () => {
    const cases: Array<[string, LanguageCode]> = [
      ['Rio de Janeiro (Reuters) - The central bank raised its main rate on Monday.', 'en'],
      ['Rio de Janeiro (dpa) – Die Zentralbank hat am Montag den Leitzins erhöht.', 'de'],
      ['Rio de Janeiro (AFP) - La banque centrale a relevé lundi son taux directeur.', 'fr'],
      ['Río de Janeiro (EFE).- El banco central subió este lunes su tasa de interés.', 'es'],
    ];
    for (const [body, language] of cases) {
      const entities = new Set(extractEntities(body, language));
      const lead = leadOf(tokenTable(''), tokenTable(body), entities);
      expect(lead.places.size, body).toBe(1);
      expect(lead.people.size, body).toBe(0);
    }
  });
});
