import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/**
 * A long story's last lines often add what else was agreed ("the two governments also agreed to resume talks on a free
 * trade agreement"): a topic named only there, in one passage, is an aside of the story another topic leads.
 */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

const VISITS: Record<string, { title: string; sentences: string[]; aside: string }> = {
  en: {
    title: 'Foreign minister presses neighbour on prisoners during visit',
    sentences: [
      'The foreign minister urged her neighbour on Monday to free three detained journalists, during a visit to its capital.',
      'She met her counterpart for two hours of talks on the prisoners and on the border.',
      'Both sides described the talks as frank.',
      'The ambassador had been recalled in the spring after the arrests.',
      'He returned to his post last month.',
      'Relations between the two countries have been tense for a year.',
      'The minister also laid a wreath at a memorial.',
      'She flies on to two other capitals on Tuesday.',
    ],
    aside: 'The two governments also agreed to resume negotiations on a free trade agreement.',
  },
  de: {
    title: 'Außenministerin dringt bei Besuch auf Freilassung von Gefangenen',
    sentences: [
      'Die Außenministerin hat das Nachbarland am Montag bei einem Besuch aufgefordert, drei inhaftierte Journalisten freizulassen.',
      'Sie führte mit ihrem Amtskollegen zwei Stunden lang Gespräche über die Gefangenen und die Grenze.',
      'Beide Seiten nannten die Gespräche offen.',
      'Der Botschafter war im Frühjahr nach den Festnahmen abgezogen worden.',
      'Er kehrte im vergangenen Monat auf seinen Posten zurück.',
      'Die Beziehungen der beiden Länder sind seit einem Jahr angespannt.',
      'Die Ministerin legte zudem einen Kranz an einer Gedenkstätte nieder.',
      'Am Dienstag reist sie in zwei weitere Hauptstädte.',
    ],
    aside: 'Beide Regierungen vereinbarten zudem, die Verhandlungen über ein Freihandelsabkommen und den Abbau von Zöllen wieder aufzunehmen.',
  },
  fr: {
    title: 'En visite, la ministre des Affaires étrangères plaide pour des prisonniers',
    sentences: [
      'La ministre des Affaires étrangères a exhorté lundi le pays voisin à libérer trois journalistes détenus, lors d’une visite dans sa capitale.',
      'Elle s’est entretenue deux heures avec son homologue sur les prisonniers et la frontière.',
      'Les deux parties ont qualifié l’entretien de franc.',
      'L’ambassadeur avait été rappelé au printemps après les arrestations.',
      'Il a regagné son poste le mois dernier.',
      'Les relations entre les deux pays sont tendues depuis un an.',
      'La ministre a aussi déposé une gerbe devant un mémorial.',
      'Elle se rend mardi dans deux autres capitales.',
    ],
    aside: 'Les deux gouvernements sont aussi convenus de reprendre les négociations sur un accord de libre-échange et sur les droits de douane.',
  },
  es: {
    title: 'La ministra de Asuntos Exteriores pide la liberación de presos durante su visita',
    sentences: [
      'La ministra de Asuntos Exteriores instó el lunes al país vecino a liberar a tres periodistas detenidos, durante una visita a su capital.',
      'Se reunió dos horas con su homólogo para hablar de los presos y de la frontera.',
      'Ambas partes calificaron la conversación de franca.',
      'El embajador había sido llamado a consultas en primavera tras las detenciones.',
      'Regresó a su puesto el mes pasado.',
      'Las relaciones entre los dos países están tensas desde hace un año.',
      'La ministra depositó además una corona de flores ante un monumento.',
      'El martes viaja a otras dos capitales.',
    ],
    aside: 'Los dos gobiernos acordaron además reanudar las negociaciones sobre un acuerdo de libre comercio, los aranceles y las barreras comerciales.',
  },
};

const paragraphs = (sentences: string[]): string => [sentences.slice(0, 3), sentences.slice(3, 6), sentences.slice(6)].map((part) => part.join(' ')).join('\n\n');

describe('classifyTopics: a topic named only in a long story’s last lines', () => {
  it.each(['en', 'de', 'fr', 'es'])('is a closing aside (%s)', (language) => {
    const { title, sentences, aside } = VISITS[language]!;
    const topics = topicsOf(title, paragraphs([...sentences, aside]), language);
    expect(topics).toContain('diplomacy');
    expect(topics).not.toContain('trade');
  });
});
