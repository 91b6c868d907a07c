import { describe, expect, it } from 'vitest';
import { clusterArticles, extractEntities, type ClusterCandidate, type LanguageCode } from '../../../src/core/index.js';
import { tokenTable } from '../../../src/core/text/index.js';
import { leadOf } from '../../../src/core/stories/lead.js';
import { buildFeatures } from '../../../src/core/stories/features.js';
import { conflicts } from '../../../src/core/stories/lead-conflicts.js';
import { analysedCandidate } from './candidates.js';

/**
 * A tour's other stop named after the lead, in a later sentence about travelling on or coming from it ("she flies on
 * to Riga, the second leg of her tour", "Von Tallinn aus reist sie nach Riga weiter", "venue de Tallinn"): the whole
 * sentence is about another stop, whichever side of the travel word the city stands on.
 */

function lead(title: string, body: string, language: LanguageCode) {
  const entities = new Set([...extractEntities(title, language), ...extractEntities(body, language)]);
  return leadOf(tokenTable(title), tokenTable(body), entities);
}

describe('a later sentence about another stop', () => {
  it('makes its city a stop, before or after the travel word, in four languages', () => {
    const cases: Array<[string, LanguageCode]> = [
      [
        'TALLINN (Reuters) - Portugal will send two patrol boats to the Baltic, Defence Minister Helena Quaresma said on Wednesday.\n\nThe boats will arrive in spring.\n\nQuaresma later flies on to Riga, the second leg of her tour.',
        'en',
      ],
      [
        'Tallinn (dpa) – Portugal schickt zwei Patrouillenboote in die Ostsee, sagte Verteidigungsministerin Helena Quaresma am Mittwoch.\n\nDie Boote sollen im Frühjahr kommen.\n\nVon Tallinn aus will Quaresma noch am Nachmittag nach Riga weiterreisen.',
        'de',
      ],
      [
        'TALLINN (AFP) - Le Portugal enverra deux patrouilleurs en mer Baltique, a annoncé mercredi la ministre de la Défense Helena Quaresma.\n\nLes navires arriveront au printemps.\n\nMme Quaresma devait ensuite rejoindre Riga, deuxième étape de sa tournée.',
        'fr',
      ],
      [
        'TALLIN (EFE).- Portugal enviará dos patrulleros al Báltico, anunció este miércoles la ministra de Defensa, Helena Quaresma.\n\nLos buques llegarán en primavera.\n\nQuaresma seguirá por la tarde su gira en Riga.',
        'es',
      ],
    ];
    for (const [body, language] of cases) {
      const found = lead('', body, language);
      expect([...found.stops], body).toEqual(['riga']);
      expect([...found.places], body).toEqual(['tallinn']);
    }
  });

  it('leaves a city named in a later sentence without a word of travel alone, and never takes the event’s own place for a stop', () => {
    const onward = lead(
      '',
      'RIGA (Reuters) - Portugal will send two patrol boats to the Baltic, Defence Minister Helena Quaresma said in Riga on Wednesday.\n\nShe flies on to Vilnius, the last leg of her tour.',
      'en',
    );
    expect([...onward.stops]).toEqual(['vilnius']);
    const found = lead(
      '',
      'RIGA (Reuters) - Portugal will send two patrol boats to the Baltic, Defence Minister Helena Quaresma said in Riga on Wednesday.\n\nA similar pledge was made to Tallinn last year.\n\nHer tour ends in Riga.',
      'en',
    );
    expect([...found.stops]).toEqual([]);
    expect([...found.places]).toEqual(['riga']);
  });
});

/**
 * One traveller, two stops on one day from one template: the lead names only the traveller (the partner comes in the
 * second paragraph, one Spanish lead names nobody), the same numbers and words, and the other stop only in a later
 * sentence. Each stop's reports join; none joins the other stop's.
 */
type Language = 'en' | 'de' | 'fr' | 'es';

interface Stop {
  city: Record<Language, string>;
  partner: string;
  at: string;
}

const tallinn: Stop = { city: { en: 'Tallinn', de: 'Tallinn', fr: 'Tallinn', es: 'Tallin' }, partner: 'Mart Kivistik', at: '2026-09-16T09:00:00Z' };
const riga: Stop = { city: { en: 'Riga', de: 'Riga', fr: 'Riga', es: 'Riga' }, partner: 'Andris Ozoliņš', at: '2026-09-16T15:00:00Z' };

function report(language: Language, stop: Stop, other: Stop, hour: number): ClusterCandidate {
  const first = stop === tallinn;
  const city = stop.city[language];
  const elsewhere = other.city[language];
  const body = {
    en: `${city.toUpperCase()} (Reuters) - Portugal will send two patrol boats and 120 sailors to the Baltic, Defence Minister Helena Quaresma said in ${city} on Wednesday.\n\n"The Baltic's security is Portugal's security," Quaresma said after meeting her counterpart ${stop.partner}.\n\n${first ? `Quaresma later flies on to ${elsewhere}, the second leg of her tour.` : `Quaresma arrived from ${elsewhere}, where she had spent the morning.`}`,
    de: `${city} (dpa) – Portugal schickt zwei Patrouillenboote und 120 Marinesoldaten in die Ostsee, sagte Verteidigungsministerin Helena Quaresma am Mittwoch in ${city}.\n\n„Die Sicherheit des Baltikums ist die Sicherheit Portugals“, sagte Quaresma nach einem Treffen mit ihrem Amtskollegen ${stop.partner}.\n\n${first ? `Von ${city} aus will Quaresma noch am Nachmittag nach ${elsewhere} weiterreisen.` : `Quaresma war am Morgen aus ${elsewhere} angereist.`}`,
    fr: `${city.toUpperCase()} (AFP) - Le Portugal enverra deux patrouilleurs et 120 marins en mer Baltique, a annoncé mercredi à ${city} la ministre de la Défense Helena Quaresma.\n\n« La sécurité de la Baltique, c'est la sécurité du Portugal », a déclaré Mme Quaresma aux côtés de son homologue ${stop.partner}.\n\n${first ? `Mme Quaresma devait ensuite rejoindre ${elsewhere}, deuxième étape de sa tournée.` : `Mme Quaresma était venue de ${elsewhere}, où elle avait passé la matinée.`}`,
    es: `${city.toUpperCase()} (EFE).- Portugal enviará dos patrulleros y 120 marinos al Báltico, según se anunció este miércoles en ${city}.\n\n«La seguridad del Báltico es la seguridad de Portugal», afirmó la ministra de Defensa, Helena Quaresma, junto a su homólogo ${stop.partner}.\n\n${first ? `Quaresma seguirá por la tarde su gira en ${elsewhere}.` : `Quaresma llegó procedente de ${elsewhere}.`}`,
  }[language];
  const title = {
    en: 'Portugal to send patrol boats to the Baltic',
    de: 'Portugal schickt Patrouillenboote in die Ostsee',
    fr: 'Le Portugal envoie des patrouilleurs en Baltique',
    es: 'Portugal enviará patrulleros al Báltico',
  }[language];
  const candidate = analysedCandidate((first ? 0 : 10) + hour, title, body, stop.at, 'armed-conflict');
  return { ...candidate, publishedAt: new Date(new Date(stop.at).getTime() + hour * 3_600_000) };
}

describe('a same-day two-stop tour whose reports name the other stop after the lead', () => {
  it('joins each stop’s four languages and keeps the two stops apart', () => {
    const languages: Language[] = ['en', 'de', 'fr', 'es'];
    const first = languages.map((language, hour) => report(language, tallinn, riga, hour));
    const second = languages.map((language, hour) => report(language, riga, tallinn, hour));
    const keys = clusterArticles([...first, ...second]).map((assignment) => assignment.key);
    const a = new Set(keys.slice(0, 4));
    const b = new Set(keys.slice(4));
    expect(a.size).toBe(1);
    expect(b.size).toBe(1);
    expect([...a].some((key) => b.has(key))).toBe(false);
  });
});

describe('the traveller of a tour', () => {
  const stop = (id: number, title: string, body: string, at: string) => analysedCandidate(id, title, body, at, 'armed-conflict');
  const riga = stop(
    1,
    'Portugal schickt Patrouillenboote in die Ostsee',
    'Riga (dpa) – Verteidigungsministerin Helena Quaresma hat am Mittwoch in Riga zwei Patrouillenboote für die Ostsee zugesagt.\n\nAm Nachmittag will Quaresma nach Vilnius weiterreisen.',
    '2026-09-16T10:00:00Z',
  );
  const vilnius = stop(
    2,
    'Portugal enviará patrulleros al Báltico',
    'VILNA (EFE).- Portugal enviará dos patrulleros al Báltico, según se anunció este miércoles en Vilna.\n\nLa ministra de Defensa, Helena Quaresma, firmó el acuerdo con su homólogo lituano.',
    '2026-09-16T17:00:00Z',
  );

  it('is one person either lead names and both reports name: with the other stop named as such, the reports are two stops', () => {
    const [a, b] = buildFeatures([riga, vilnius]);
    expect(conflicts(a!, b!)).toBe(2);
  });
});
