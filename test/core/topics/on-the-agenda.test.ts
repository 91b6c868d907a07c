import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * What a meeting is to discuss ("the two will discuss arms control", "Themen seien … die Abrüstung") is one of the
 * story's subjects, although the agenda names it once, past the lead.
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: a topic named outright on a meeting’s agenda', () => {
  it.each([
    [
      'en',
      'Lula and Ramaphosa to meet in Brasília',
      'Brazilian President Luiz Inácio Lula da Silva will host South African President Cyril Ramaphosa in Brasília in March, both governments said on Monday. It will be their first meeting since the G20 in Johannesburg.\n\nA Brazilian official said the agenda would include disarmament, food prices and a new air link. "We expect a long day," the official said.\n\nThe two leaders last spoke by phone in January. No joint statement is planned.',
      'arms-control',
    ],
    [
      'de',
      'Lula empfängt Ramaphosa in Brasília',
      'Brasiliens Präsident Luiz Inácio Lula da Silva wird den südafrikanischen Präsidenten Cyril Ramaphosa im März in Brasília empfangen, teilten beide Regierungen am Montag mit. Es wird ihr erstes Treffen seit dem G20 in Johannesburg.\n\nThemen seien unter anderem die Abrüstung, die Lebensmittelpreise und eine neue Flugverbindung, sagte ein brasilianischer Beamter. „Wir erwarten einen langen Tag“, sagte er.\n\nZuletzt telefonierten die beiden Präsidenten im Januar. Eine gemeinsame Erklärung ist nicht geplant.',
      'arms-control',
    ],
    [
      'fr',
      'Lula recevra Ramaphosa à Brasília',
      'Le président brésilien Luiz Inácio Lula da Silva recevra son homologue sud-africain Cyril Ramaphosa en mars à Brasília, ont annoncé lundi les deux gouvernements. Ce sera leur première rencontre depuis le G20 de Johannesburg.\n\nÀ l’ordre du jour figurent le désarmement, le prix des denrées et une nouvelle liaison aérienne, selon un responsable brésilien. « Nous attendons une longue journée », a-t-il dit.\n\nLes deux dirigeants se sont parlé au téléphone en janvier. Aucune déclaration commune n’est prévue.',
      'arms-control',
    ],
    [
      'es',
      'Lula recibirá a Ramaphosa en Brasilia',
      'El presidente brasileño, Luiz Inácio Lula da Silva, recibirá en marzo en Brasilia a su homólogo sudafricano, Cyril Ramaphosa, anunciaron el lunes ambos gobiernos. Será su primer encuentro desde el G20 de Johannesburgo.\n\nEn la agenda figuran el desarme, los precios de los alimentos y una nueva conexión aérea, según un funcionario brasileño. «Esperamos un día largo», dijo.\n\nLos dos presidentes hablaron por teléfono en enero. No está prevista una declaración conjunta.',
      'arms-control',
    ],
  ])('names the topic (%s: "%s")', (language, title, body, topic) => {
    expect(topicsOf(title, body, language)).toContain(topic);
  });
});
