import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * A league's top match is a "summit clash", a "Gipfeltreffen", a "choc au sommet", a "duelo en la cumbre"; a minister's
 * meeting with retailers, trade associations and unions is a "Handelsgipfel". Neither is a meeting of heads of state.
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: a league’s top match is no summit', () => {
  it.each([
    [
      'de',
      'Werder vor dem Spitzenspiel in Leipzig',
      'Am Samstag wartet auf Werder Bremen das Gipfeltreffen beim Tabellenführer RB Leipzig. Die Bremer liegen zwei Punkte zurück.\n\nDer Trainer lobte die Moral seiner Mannschaft. „Wir haben keine Angst“, sagte er.',
    ],
    [
      'en',
      'Villa edge summit clash with Newcastle',
      'Aston Villa beat the league leaders Newcastle 1-0 in a summit clash at Villa Park on Saturday to go top of the table.\n\nThe only goal came from a corner ten minutes from time. "We defended like lions," the captain said.',
    ],
    [
      'fr',
      'Lens remporte le choc au sommet contre Monaco',
      'Sous les yeux de son président, Lens a battu Monaco 2-0 samedi dans le choc au sommet de la Ligue 1 et prend seul la tête du championnat.\n\nL’entraîneur a salué l’état d’esprit de son groupe. « On a souffert ensemble », a-t-il dit.',
    ],
    [
      'es',
      'El Girona gana el duelo en la cumbre ante el Betis',
      'El Girona derrotó al líder, el Betis, por 2-1 en el duelo en la cumbre de LaLiga y se queda solo en lo más alto.\n\nEl entrenador destacó la entrega de sus jugadores. «Hemos sufrido juntos», dijo.',
    ],
  ])('(%s: "%s")', (language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain('summits');
  });
});

describe('classifyTopics: a minister’s meeting with retailers and unions is no summit', () => {
  it.each([
    [
      'de',
      'Wohnungsgipfel im Bauministerium',
      'Die Ministerin hat Vertreter der Verbände, der Kommunen und der Gewerkschaften zu einem Wohnungsgipfel geladen. Es ging um schnellere Genehmigungen.\n\nEin Folgetreffen ist für den Sommer geplant.',
    ],
    [
      'en',
      'Shops and unions meet the business secretary',
      'The business minister hosted a summit with shop owners and trade unions on Monday to discuss empty high streets.\n\nA follow-up meeting is planned for the spring.',
    ],
    [
      'fr',
      'Sommet du commerce à Bercy',
      'Le ministre de l’Économie a réuni commerçants et syndicats lors d’un sommet consacré aux centres-villes désertés.\n\nUne nouvelle réunion est prévue au printemps.',
    ],
    [
      'es',
      'Cumbre del pequeño comercio en el ministerio',
      'La ministra de Industria reunió a comerciantes y sindicatos en una cumbre sobre el cierre de tiendas en los centros urbanos.\n\nLa próxima reunión será en primavera.',
    ],
  ])('(%s: "%s")', (language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain('summits');
  });

  it('a summit of heads of government still is one (en)', () => {
    const body =
      'European Union leaders gathered in Brussels for a two-day summit on Thursday. The heads of government are to agree the next budget.\n\nThe summit is expected to run late into the night.';
    expect(topicsOf('EU leaders meet for budget summit', body, 'en')).toContain('summits');
  });
});
