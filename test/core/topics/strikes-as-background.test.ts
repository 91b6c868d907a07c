import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * Bombardments named as the setting of a story another topic leads ("las instalaciones alcanzadas por los bombardeos de
 * junio" in a story about nuclear inspections) are its background, as a war named there is; "shell companies" fire nothing.
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: strikes named as a nuclear story’s setting', () => {
  it.each([
    [
      'es',
      'El OIEA reclama acceso a las instalaciones iraníes',
      'Los inspectores del OIEA no tienen acceso a las plantas de enriquecimiento de uranio desde los bombardeos de junio, indicó la agencia.\n\nEl director general pidió a Teherán que retome la cooperación. El programa nuclear iraní sigue en el centro de las conversaciones en Viena.\n\nUn informe sobre las reservas de uranio enriquecido se presentará el viernes. Las instalaciones alcanzadas por los bombardeos no han sido inspeccionadas desde entonces.',
    ],
  ])('are background (%s)', (language, title, body) => {
    const topics = topicsOf(title, body, language);
    expect(topics).toContain('arms-control');
    expect(topics).not.toContain('armed-conflict');
  });

  it.each([
    [
      'fr',
      'Nucléaire : Téhéran refuse toujours les inspecteurs',
      'Les inspecteurs de l’AIEA n’ont plus accès aux sites d’enrichissement endommagés par les frappes de l’été, a indiqué l’agence. Le stock d’uranium enrichi reste introuvable.\n\nLe directeur général a demandé à l’Iran de reprendre sa coopération. Les frappes avaient visé trois sites, rappelle le rapport.',
    ],
    [
      'fr',
      'L’UE gèle les avoirs de fournisseurs de drones',
      'L’Union européenne a adopté des sanctions contre cinq entreprises accusées de fournir des drones utilisés dans les frappes contre des villes ukrainiennes. Leurs avoirs sont gelés.\n\nLes sociétés sanctionnées ne pourront plus commercer avec des entreprises européennes. Les frappes se poursuivent, selon Kiev.',
    ],
  ])('French "frappes" named as the setting are background too (%s: "%s")', (language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain('armed-conflict');
  });

  it('counts them when the war is the story (fr)', () => {
    const body =
      'Les frappes russes se sont poursuivies toute la nuit sur Kharkiv, a indiqué le gouverneur. Les troupes ukrainiennes tiennent toujours leurs positions au nord de la ville.';
    expect(topicsOf('Nouvelle nuit de frappes sur Kharkiv', body, 'fr')).toContain('armed-conflict');
  });
});

describe('classifyTopics: shell companies', () => {
  it('are no shelling (en)', () => {
    const body =
      'Investigators traced the payments through a chain of shell companies in Cyprus and Dubai, the prosecutor said.\n\nThe shell companies were set up by a lawyer in Limassol. Three of them were closed last year.';
    expect(topicsOf('Money trail leads to shell companies', body, 'en')).not.toContain('armed-conflict');
  });
});
