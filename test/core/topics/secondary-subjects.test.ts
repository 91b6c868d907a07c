import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * A topic besides the article's main one is one of its subjects when the title or the lead names it or a
 * paragraph is about it; in a long story, one term in this paragraph and one in that are asides.
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

interface Story {
  language: string;
  title: string;
  lead: string;
  /** Sentences about nothing the taxonomy knows, two per paragraph. */
  filler: string[];
  /** Two sentences that name the secondary topic once each. */
  asides: [string, string];
}

/** Lead, then five paragraphs: the asides in the second and fourth (apart) or both in the second (together). */
function article(story: Story, together: boolean): string {
  const [first, second] = story.asides;
  const f = story.filler;
  const paragraphs = together
    ? [story.lead, `${f[0]} ${f[1]}`, `${first} ${second}`, `${f[2]} ${f[3]}`, `${f[4]} ${f[5]}`, `${f[6]} ${f[7]}`]
    : [story.lead, `${f[0]} ${f[1]}`, `${first} ${f[2]}`, `${f[3]} ${f[4]}`, `${second} ${f[5]}`, `${f[6]} ${f[7]}`];
  return paragraphs.join('\n\n');
}

const SANCTIONS_STORIES: Story[] = [
  {
    language: 'en',
    title: 'EU adopts new sanctions on Russian oil tankers',
    lead: 'The European Union adopted sanctions on 120 more tankers on Wednesday. The ships carry Russian crude around the price cap.',
    filler: [
      'The list now runs to almost 700 vessels.',
      'Most of them sail under flags of convenience.',
      'Insurers in London said they had expected the step.',
      'Freight rates rose slightly in the afternoon.',
      'Port agents in Rotterdam reported no delays.',
      'The package still needs a formal vote in writing.',
      'That vote is seen as a formality.',
      'The rules take effect once they are published.',
    ],
    asides: [
      'Hungary’s ambassador to the EU said the package had been hard to agree.',
      'Hungary’s foreign minister said his country would study the text closely.',
    ],
  },
  {
    language: 'de',
    title: 'EU beschließt neue Sanktionen gegen russische Öltanker',
    lead: 'Die Europäische Union hat am Mittwoch Sanktionen gegen 120 weitere Tanker beschlossen. Die Schiffe transportieren russisches Rohöl am Preisdeckel vorbei.',
    filler: [
      'Die Liste umfasst nun fast 700 Schiffe.',
      'Die meisten fahren unter Billigflaggen.',
      'Versicherer in London hatten den Schritt erwartet.',
      'Die Frachtraten stiegen am Nachmittag leicht.',
      'Hafenagenten in Rotterdam meldeten keine Verzögerungen.',
      'Das Paket muss noch schriftlich angenommen werden.',
      'Das gilt als Formsache.',
      'Die Regeln gelten ab der Veröffentlichung.',
    ],
    asides: [
      'Ungarns Botschafter bei der EU sagte, die Einigung sei schwer gewesen.',
      'Ungarns Außenminister kündigte an, sein Land werde den Text genau prüfen.',
    ],
  },
  {
    language: 'fr',
    title: 'L’UE adopte de nouvelles sanctions contre des pétroliers russes',
    lead: 'L’Union européenne a adopté mercredi des sanctions contre 120 pétroliers supplémentaires. Ces navires transportent du brut russe au-delà du plafond de prix.',
    filler: [
      'La liste compte désormais près de 700 navires.',
      'La plupart naviguent sous pavillon de complaisance.',
      'Les assureurs londoniens s’attendaient à cette étape.',
      'Les taux de fret ont légèrement monté dans l’après-midi.',
      'Les agents portuaires de Rotterdam ne signalent aucun retard.',
      'Le paquet doit encore être adopté par écrit.',
      'Ce vote est considéré comme une formalité.',
      'Les règles s’appliquent dès leur publication.',
    ],
    asides: [
      'L’ambassadeur de Hongrie auprès de l’UE a jugé l’accord difficile à obtenir.',
      'Le ministre des Affaires étrangères hongrois a dit que son pays examinerait le texte.',
    ],
  },
  {
    language: 'es',
    title: 'La UE aprueba nuevas sanciones contra petroleros rusos',
    lead: 'La Unión Europea aprobó el miércoles sanciones contra otros 120 petroleros. Esos buques transportan crudo ruso por encima del tope de precios.',
    filler: [
      'La lista suma ya casi 700 buques.',
      'La mayoría navega con banderas de conveniencia.',
      'Las aseguradoras de Londres esperaban el paso.',
      'Los fletes subieron ligeramente por la tarde.',
      'Los agentes portuarios de Róterdam no registraron retrasos.',
      'El paquete aún debe aprobarse por escrito.',
      'Esa votación se da por descontada.',
      'Las normas se aplican desde su publicación.',
    ],
    asides: [
      'El embajador de Hungría ante la UE dijo que el acuerdo había costado mucho.',
      'El ministro de Asuntos Exteriores húngaro dijo que su país estudiaría el texto.',
    ],
  },
];

describe('classifyTopics: a secondary topic needs a paragraph, the title or the lead', () => {
  it.each(SANCTIONS_STORIES.map((story) => [story.language, story] as const))(
    'an ambassador quoted here and a minister there are no diplomacy in a long sanctions story (%s)',
    (_language, story) => {
      const topics = topicsOf(story.title, article(story, false), story.language);
      expect(topics).toContain('sanctions');
      expect(topics).not.toContain('diplomacy');
    },
  );

  it.each(SANCTIONS_STORIES.map((story) => [story.language, story] as const))(
    'the same two sentences in one paragraph are its subject (%s)',
    (_language, story) => {
      expect(topicsOf(story.title, article(story, true), story.language)).toEqual(expect.arrayContaining(['sanctions', 'diplomacy']));
    },
  );

  it.each(SANCTIONS_STORIES.map((story) => [story.language, story] as const))('the second one in the lead counts too (%s)', (_language, story) => {
    const moved = { ...story, lead: `${story.lead} ${story.asides[1]}`, asides: [story.asides[0], story.filler[7]!] as [string, string] };
    expect(topicsOf(story.title, article(moved, false), story.language)).toContain('diplomacy');
  });

  it('a short story has no asides: the same sentences count there', () => {
    const story = SANCTIONS_STORIES[0]!;
    const body = [story.lead, story.asides[0], story.filler[0], story.asides[1]].join('\n\n');
    expect(topicsOf(story.title, body, 'en')).toContain('diplomacy');
  });
});
