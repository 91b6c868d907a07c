import { describe, expect, it } from 'vitest';
import { clusterArticles, type ClusterCandidate } from '../../../src/core/index.js';
import { analysedCandidate } from './candidates.js';

/**
 * Issue #15's one-template tours, in every shape a wire template gives them: one traveller, two capitals, the same
 * words, numbers and topic, on consecutive days or the same day; the partner named or by title only; with or
 * without a dateline and a weekday; the other stop named with a cue word ("before heading on to", "avant de se
 * rendre à", "tras su paso por") or without one ("fresh from talks in", "direkt nach Gesprächen in"). Each stop's
 * four languages join; no report of one stop joins one of the other.
 */

type Language = 'en' | 'de' | 'fr' | 'es';
const LANGUAGES: Language[] = ['en', 'de', 'fr', 'es'];

interface Stop {
  city: Record<Language, string>;
  dateline: Record<Language, string>;
  partner: string;
  title: Record<Language, string>;
  weekday: Record<Language, string>;
  at: string;
}

const copenhagen: Stop = {
  city: { en: 'Copenhagen', de: 'Kopenhagen', fr: 'Copenhague', es: 'Copenhague' },
  dateline: { en: 'COPENHAGEN (Reuters) - ', de: 'Kopenhagen (dpa) – ', fr: 'COPENHAGUE (AFP) - ', es: 'COPENHAGUE (EFE).- ' },
  partner: 'Mette Frederiksen',
  title: { en: 'Danish Prime Minister', de: 'der dänischen Regierungschefin', fr: 'la Première ministre danoise', es: 'la primera ministra danesa' },
  weekday: { en: 'Thursday', de: 'Donnerstag', fr: 'jeudi', es: 'jueves' },
  at: '2026-04-16T09:00:00Z',
};
const stockholm: Stop = {
  city: { en: 'Stockholm', de: 'Stockholm', fr: 'Stockholm', es: 'Estocolmo' },
  dateline: { en: 'STOCKHOLM (Reuters) - ', de: 'Stockholm (dpa) – ', fr: 'STOCKHOLM (AFP) - ', es: 'ESTOCOLMO (EFE).- ' },
  partner: 'Ulf Kristersson',
  title: { en: 'Swedish Prime Minister', de: 'dem schwedischen Regierungschef', fr: 'le Premier ministre suédois', es: 'el primer ministro sueco' },
  weekday: { en: 'Friday', de: 'Freitag', fr: 'vendredi', es: 'viernes' },
  at: '2026-04-17T09:00:00Z',
};

interface Shape {
  named: boolean;
  dateline: boolean;
  weekday: boolean;
  /** How the first stop's reports name the second. */
  next: 'none' | 'cue';
  /** How the second stop's reports name the first: not at all, with a cue word, or in a phrase without one. */
  previous: 'none' | 'cue' | 'phrase';
  sameDay: boolean;
}

const NEXT: Record<Language, (city: string) => string> = {
  en: (city) => `, before heading on to ${city}`,
  de: (city) => `. Anschließend reist er nach ${city}`,
  fr: (city) => `, avant de se rendre à ${city}`,
  es: (city) => `, antes de viajar a ${city}`,
};
const PREVIOUS: Record<Language, (city: string) => string> = {
  en: (city) => `, a day after talks in ${city}`,
  de: (city) => `, einen Tag nach Gesprächen in ${city}`,
  fr: (city) => `, au lendemain d’entretiens à ${city}`,
  es: (city) => `, tras su paso por ${city}`,
};
const PHRASE: Record<Language, (city: string) => string> = {
  en: (city) => `, fresh from talks in ${city}`,
  de: (city) => `, direkt nach Gesprächen in ${city}`,
  fr: (city) => `, de retour d’entretiens à ${city}`,
  es: (city) => `, recién llegado desde ${city}`,
};

function report(language: Language, stop: Stop, other: Stop, shape: Shape, hour: number): ClusterCandidate {
  const first = stop === copenhagen;
  const cue = first
    ? shape.next === 'cue'
      ? NEXT[language](other.city[language])
      : ''
    : shape.previous === 'cue'
      ? PREVIOUS[language](other.city[language])
      : shape.previous === 'phrase'
        ? PHRASE[language](other.city[language])
        : '';
  const partner = `${stop.title[language]}${shape.named ? ` ${stop.partner}` : ''}`;
  const dateline = shape.dateline ? stop.dateline[language] : '';
  const day = shape.weekday ? stop.weekday[language] : '';
  const city = stop.city[language];
  const body = {
    en: `${dateline}Chilean President Gabriel Boric and ${partner} signed an agreement on lithium supplies in ${city}${day ? ` on ${day}` : ''}${cue}.\n\n"Chile and Europe can build a clean industry together," Boric said. The deal is worth 340 million euros and covers 3 ports.`,
    de: `${dateline}Chiles Präsident Gabriel Boric hat ${day ? `am ${day} ` : ''}in ${city} mit ${partner} ein Abkommen über Lithium unterzeichnet${cue}.\n\n„Chile und Europa können gemeinsam eine saubere Industrie aufbauen“, sagte Boric. Das Abkommen hat einen Wert von 340 Millionen Euro und umfasst 3 Häfen.`,
    fr: `${dateline}Le président chilien Gabriel Boric a signé ${day ? `${day} ` : ''}à ${city} avec ${partner} un accord sur le lithium${cue}.\n\n« Le Chili et l’Europe peuvent bâtir ensemble une industrie propre », a déclaré M. Boric. L’accord vaut 340 millions d’euros et concerne 3 ports.`,
    es: `${dateline}El presidente de Chile, Gabriel Boric, firmó ${day ? `este ${day} ` : ''}en ${city} con ${partner} un acuerdo sobre litio${cue}.\n\n«Chile y Europa pueden construir juntos una industria limpia», dijo Boric. El acuerdo tiene un valor de 340 millones de euros y abarca 3 puertos.`,
  }[language];
  const title = {
    en: 'Boric signs lithium deal',
    de: 'Boric unterzeichnet Lithium-Abkommen',
    fr: 'Boric signe un accord sur le lithium',
    es: 'Boric firma un acuerdo sobre litio',
  }[language];
  // The same day: the second stop five hours after the first.
  const start = new Date(shape.sameDay && !first ? copenhagen.at : stop.at).getTime() + (shape.sameDay && !first ? 5 : 0) * 3_600_000;
  const id = first ? hour : 10 + hour;
  const key = `${id}\n${title}\n${body}`;
  let analysed = analysedReports.get(key);
  if (analysed === undefined) analysedReports.set(key, (analysed = analysedCandidate(id, title, body, stop.at, 'diplomacy')));
  return { ...analysed, publishedAt: new Date(start + hour * 3_600_000) };
}

/** Reports analysed once per text: the shapes share most of them. */
const analysedReports = new Map<string, ClusterCandidate>();

const SHAPES: Shape[] = [];
for (const named of [true, false])
  for (const dateline of [true, false])
    for (const weekday of [true, false])
      for (const next of ['none', 'cue'] as const)
        for (const previous of ['none', 'cue', 'phrase'] as const)
          for (const sameDay of [false, true]) if (!(sameDay && previous === 'cue')) SHAPES.push({ named, dateline, weekday, next, previous, sameDay });

/** The shapes whose batch of eight reports does not come out as the two stops. */
function misclustered(shapes: Shape[]): string[] {
  const wrong: string[] = [];
  for (const shape of shapes) {
    const first = LANGUAGES.map((language, hour) => report(language, copenhagen, stockholm, shape, hour));
    const second = LANGUAGES.map((language, hour) => report(language, stockholm, copenhagen, shape, hour));
    const keys = clusterArticles([...first, ...second]).map((assignment) => assignment.key);
    const a = new Set(keys.slice(0, 4));
    const b = new Set(keys.slice(4));
    if (a.size > 1 || b.size > 1 || [...a].some((key) => b.has(key))) wrong.push(JSON.stringify(shape));
  }
  return wrong;
}

describe('one-template tours in every shape', () => {
  it('joins each stop’s four languages and keeps the stops apart, on consecutive days', () => {
    expect(misclustered(SHAPES.filter((shape) => !shape.sameDay))).toEqual([]);
  });

  it('does so for two stops on the same day, five hours apart', () => {
    expect(misclustered(SHAPES.filter((shape) => shape.sameDay))).toEqual([]);
  });
});

describe('a report from the traveller’s home about the stop it came back from', () => {
  const host = analysedCandidate(
    31,
    'Frederiksen and Boric sign lithium deal',
    'COPENHAGEN (Reuters) - Danish Prime Minister Mette Frederiksen and Chilean President Gabriel Boric signed an agreement on lithium supplies on Thursday.\n\n"Denmark gains a partner for its batteries," Frederiksen said.',
    '2026-04-16T10:00:00Z',
    'diplomacy',
  );
  const home = (people: string) =>
    analysedCandidate(
      32,
      'Boric defiende el acuerdo del litio',
      `SANTIAGO (EFE).- ${people}, de regreso desde Copenhague, defendió el acuerdo sobre litio.\n\n«Es un acuerdo justo para Chile», dijo Boric.`,
      '2026-04-17T00:00:00Z',
      'diplomacy',
    );

  it('joins it when its lead names both leaders the host’s lead names: one event, two sides', () => {
    const [a, b] = clusterArticles([host, home('El presidente Gabriel Boric, que firmó con la primera ministra Mette Frederiksen')]).map((x) => x.key);
    expect(a).toBe(b);
  });
});
