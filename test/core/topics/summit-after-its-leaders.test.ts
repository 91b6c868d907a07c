import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * A summit named once, in the body, by the ambiguous word ("summit", "Gipfel", "sommet", "cumbre") in a sentence that
 * names no leader: the sentence before names them. A leader's holiday or climb is a mountain's summit.
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: a summit named in the body, its leaders in the sentence before', () => {
  it.each([
    [
      'en',
      'Oslo and Helsinki agree on a rail link',
      'Norwegian Prime Minister Anna Lund and Finnish President Mikko Aalto agreed on Tuesday to build a rail link to the Arctic coast.\n\nAt their summit in Tromsø, the two also pledged to share icebreakers. Work is due to start in 2028.\n\nEnvironmental groups criticised the plan.',
    ],
    [
      'de',
      'Wien und Prag einigen sich auf Stromtrasse',
      'Der österreichische Bundeskanzler und der tschechische Ministerpräsident haben sich am Dienstag auf eine gemeinsame Stromtrasse geeinigt.\n\nAuf dem Gipfel in Brünn sagten beide zudem eine engere Zusammenarbeit bei der Bahn zu. Die Trasse soll 2030 fertig sein.\n\nUmweltverbände kritisierten das Vorhaben.',
    ],
    [
      'fr',
      'Lisbonne et Dublin s’accordent sur l’éolien en mer',
      'Le Premier ministre portugais et son homologue irlandais se sont accordés mardi sur un programme commun d’éolien en mer.\n\nLors du sommet de Porto, les deux responsables ont aussi évoqué la pêche. Le programme doit démarrer l’an prochain.\n\nLes pêcheurs ont dénoncé un projet « précipité ».',
    ],
    [
      'es',
      'Lima y Quito pactan un corredor eléctrico',
      'La presidenta peruana y el presidente ecuatoriano acordaron el martes construir un corredor eléctrico entre ambos países.\n\nEn la cumbre de Tumbes, los dos se comprometieron además a reforzar la vigilancia de la frontera. Las obras empezarán en 2027.\n\nLos ecologistas criticaron el proyecto.',
    ],
  ])('is a summit (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('summits');
  });
});

describe('classifyTopics: a leader on a mountain is no summit', () => {
  it.each([
    [
      'en',
      'The president spends a quiet weekend in the Tatras',
      'President Karel Novak spent the weekend hiking in the Tatras, his office said.\n\nOn Saturday he stood on the summit of the Gerlach with two friends. Photos showed him in good spirits.\n\nHe returns to Prague on Monday.',
    ],
    [
      'en',
      'A prime minister in the Alps',
      'Prime Minister Lena Brandt spent Sunday in the Alps, her spokesman said.\n\nShe reached the summit of the Dent Blanche at noon. Photos showed her smiling.\n\nShe returns to the capital on Monday.',
    ],
    [
      'de',
      'Ministerpräsident im Allgäu',
      'Der bayerische Ministerpräsident verbringt seinen Urlaub im Allgäu, teilte die Staatskanzlei mit.\n\nAm Samstag stand er mit Freunden auf dem Gipfel. Fotos zeigen ihn gut gelaunt.\n\nAm Montag kehrt er nach München zurück.',
    ],
    [
      'de',
      'Die Kanzlerin in Tirol',
      'Kanzlerin Eva Roth verbrachte den Sonntag in Tirol, sagte ihr Sprecher.\n\nMit ihrem Mann stand sie mittags auf dem Gipfel des Hohen Riffler. Fotos zeigen sie lachend.\n\nAm Montag ist sie zurück in Berlin.',
    ],
    [
      'fr',
      'Le président dans les Alpes',
      'Le président de la République a passé le dimanche dans les Alpes, a indiqué l’Élysée.\n\nIl a atteint le sommet de la Meije à midi avec des amis. Les photos le montrent souriant.\n\nIl rentre à Paris lundi.',
    ],
    [
      'fr',
      'La Première ministre en vacances',
      'La Première ministre passe quelques jours en vacances dans les Pyrénées, selon Matignon.\n\nSamedi, elle était au sommet avec son mari. Les photos la montrent souriante.\n\nElle rentre lundi.',
    ],
    [
      'es',
      'El presidente, en la sierra',
      'El presidente del Gobierno pasó el domingo en la sierra de Gredos, informó su gabinete.\n\nA mediodía alcanzó la cumbre del Almanzor con unos amigos. Las fotos lo muestran sonriente.\n\nEl lunes vuelve a Madrid.',
    ],
    [
      'es',
      'La presidenta, de vacaciones',
      'La presidenta de la comunidad pasa unos días de vacaciones en Asturias, informó su gabinete.\n\nEl sábado estuvo en la cumbre con su familia. Las fotos la muestran sonriente.\n\nRegresa el lunes.',
    ],
  ])('is not a summit (%s: "%s")', (language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain('summits');
  });
});
