import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * An agenda names what a meeting is about when it heads the list; an item further down the list ("…, the grain
 * corridor and joint work against terrorism") is a subject only if the story comes back to it.
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

/** Five sentences about other things: the story is long enough to have asides. */
const FILLER: Record<string, string> = {
  en: 'The call lasted an hour. It was their first since January. Both offices called it warm. No date was set for the visit. Markets did not react.',
  de: 'Das Gespräch dauerte eine Stunde. Es war das erste seit Januar. Beide Büros nannten es herzlich. Ein Datum für den Besuch gibt es nicht. Die Märkte reagierten nicht.',
  fr: 'L’appel a duré une heure. C’était le premier depuis janvier. Les deux services l’ont qualifié de chaleureux. Aucune date n’a été fixée pour la visite. Les marchés n’ont pas réagi.',
  es: 'La llamada duró una hora. Fue la primera desde enero. Ambas oficinas la calificaron de cordial. No se fijó fecha para la visita. Los mercados no reaccionaron.',
};

const CALLS: [string, string, string, string][] = [
  [
    'en',
    'Ortega and Silva speak by phone',
    'The two presidents spoke by phone on Monday, their offices said.\n\nThey agreed to discuss fishing quotas, the new bridge and joint efforts against terrorism when they meet in May.',
    'Terrorism has cost both countries dearly, an adviser said.',
  ],
  [
    'de',
    'Telefonat zwischen Ortega und Silva',
    'Die beiden Präsidenten haben am Montag telefoniert, teilten ihre Büros mit.\n\nThemen seien die Fischereiquoten, die neue Brücke und der Kampf gegen den Terrorismus gewesen.',
    'Der Terrorismus habe beide Länder viel gekostet, sagte ein Berater.',
  ],
  [
    'fr',
    'Entretien téléphonique entre Ortega et Silva',
    'Les deux présidents se sont entretenus lundi au téléphone, selon leurs services.\n\nIls comptent aborder les quotas de pêche, le nouveau pont et la lutte contre le terrorisme lors de leur rencontre en mai.',
    'Le terrorisme a coûté cher aux deux pays, a indiqué un conseiller.',
  ],
  [
    'es',
    'Llamada entre Ortega y Silva',
    'Los dos presidentes hablaron el lunes por teléfono, según sus oficinas.\n\nPrevén abordar las cuotas de pesca, el nuevo puente y la lucha contra el terrorismo cuando se reúnan en mayo.',
    'El terrorismo ha costado caro a ambos países, dijo un asesor.',
  ],
];

describe('classifyTopics: an item far down a meeting’s agenda', () => {
  it.each(CALLS)('is no subject when the story does not come back to it (%s)', (language, title, body) => {
    expect(topicsOf(title, `${body}\n\n${FILLER[language]}`, language)).not.toContain('terrorism');
  });

  it.each(CALLS)('is one when the story comes back to it (%s)', (language, title, body, more) => {
    expect(topicsOf(title, `${body}\n\n${FILLER[language]}\n\n${more}`, language)).toContain('terrorism');
  });

  it('heads the list: a subject named once (en)', () => {
    const body = 'The two presidents spoke by phone on Monday.\n\nThey agreed to discuss terrorism, fishing quotas and the new bridge when they meet in May.';
    expect(topicsOf('Ortega and Silva speak by phone', `${body}\n\n${FILLER.en}`, 'en')).toContain('terrorism');
  });
});
