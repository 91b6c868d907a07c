import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** Who tells the story is not what it is about; the EU's own bodies and trade across a border are. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: a diplomat who is not to be named is a source, not diplomacy', () => {
  // [language, title, lead, first source sentence, second source sentence, the anonymity clauses to drop]
  const cases: [string, string, string, string, string, string[]][] = [
    [
      'en',
      'EU agrees new sanctions on Russian banks',
      'The European Union agreed new sanctions on six Russian banks on Wednesday.',
      'The package is tougher than the last one, said a Western diplomat who asked not to be named.',
      'Diplomats from other member states, speaking on condition of anonymity, called the talks difficult.',
      [' who asked not to be named', ', speaking on condition of anonymity,'],
    ],
    [
      'de',
      'EU beschließt neue Sanktionen gegen russische Banken',
      'Die Europäische Union hat am Mittwoch neue Sanktionen gegen sechs russische Banken beschlossen.',
      'Das Paket sei schärfer als das letzte, sagte ein westlicher Diplomat, der nicht namentlich genannt werden wollte.',
      'Diplomaten anderer Mitgliedstaaten nannten die Gespräche unter Zusicherung der Anonymität schwierig.',
      [', der nicht namentlich genannt werden wollte', ' unter Zusicherung der Anonymität'],
    ],
    [
      'fr',
      'L’UE adopte de nouvelles sanctions contre des banques russes',
      'L’Union européenne a adopté mercredi de nouvelles sanctions contre six banques russes.',
      'Le paquet est plus dur que le précédent, a jugé un diplomate occidental sous couvert d’anonymat.',
      'Des diplomates d’autres États membres, qui ont requis l’anonymat, ont qualifié les discussions de difficiles.',
      [' sous couvert d’anonymat', ', qui ont requis l’anonymat,'],
    ],
    [
      'es',
      'La UE aprueba nuevas sanciones contra bancos rusos',
      'La Unión Europea aprobó el miércoles nuevas sanciones contra seis bancos rusos.',
      'El paquete es más duro que el anterior, dijo un diplomático occidental bajo condición de anonimato.',
      'Diplomáticos de otros Estados miembros, que pidieron el anonimato, calificaron de difíciles las conversaciones.',
      [' bajo condición de anonimato', ', que pidieron el anonimato,'],
    ],
  ];

  it.each(cases)('anonymous diplomats in a sanctions story are no diplomacy (%s)', (language, title, lead, first, second) => {
    const topics = topicsOf(title, [lead, first, second].join('\n\n'), language);
    expect(topics).toContain('sanctions');
    expect(topics).not.toContain('diplomacy');
  });

  it.each(cases)('the same diplomats, named as such, are (%s)', (language, title, lead, first, second, clauses) => {
    const named = [lead, first, second].join('\n\n').replace(clauses[0]!, '').replace(clauses[1]!, '');
    expect(topicsOf(title, named, language)).toContain('diplomacy');
  });
});

describe('classifyTopics: the EU’s ambassadors agreeing a measure are its procedure', () => {
  it.each([
    ['en', 'EU ambassadors agreed the new package late on Wednesday.', 'The ambassador of Germany was summoned to the foreign ministry on Wednesday.'],
    [
      'de',
      'Die Botschafter der 27 EU-Staaten einigten sich am Mittwoch auf das Paket.',
      'Der deutsche Botschafter wurde am Mittwoch ins Außenministerium einbestellt.',
    ],
    ['fr', 'Les ambassadeurs des Vingt-Sept ont approuvé le paquet mercredi soir.', 'L’ambassadeur d’Allemagne a été convoqué mercredi au ministère.'],
    ['es', 'Los embajadores de los Veintisiete aprobaron el paquete el miércoles.', 'El embajador de Alemania fue convocado el miércoles al ministerio.'],
  ])('is no diplomacy, an ambassador summoned is (%s)', (language, procedure, summoned) => {
    expect(topicsOf('Brussels', procedure, language)).not.toContain('diplomacy');
    expect(topicsOf('Brussels', summoned, language)).toContain('diplomacy');
  });
});

describe('classifyTopics: trade across a border, export licences and the EU leaders’ council', () => {
  it.each([
    ['en', 'Trucks return to the border', 'Cross-border trade has recovered to 70 percent, officials said. Border trade is worth billions a year.'],
    ['de', 'Seltene Erden knapp', 'Peking verlangt seit 2025 Ausfuhrlizenzen für Gallium. Die Exportkontrollen treffen vor allem Autozulieferer.'],
    ['fr', 'Les camions reviennent', 'Le commerce transfrontalier a retrouvé 70 % de son niveau. Les échanges commerciaux reprennent.'],
    ['es', 'Vuelven los camiones', 'El comercio transfronterizo se ha recuperado al 70 %. El intercambio comercial crece cada mes.'],
  ])('is trade (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('trade');
  });

  it.each([
    ['en', 'Before the European Council', 'Leaders will debate the deal at the European Council on Thursday.'],
    ['de', 'Vor dem Europäischen Rat', 'Die Staats- und Regierungschefs wollen beim Europäischen Rat am Donnerstag entscheiden.'],
    ['fr', 'Avant le Conseil européen', 'Paris veut un accord avant la réunion des dirigeants jeudi à Bruxelles.'],
    ['es', 'Antes del Consejo Europeo', 'Los líderes debatirán el acuerdo en el Consejo Europeo del jueves.'],
  ])('the European Council is a summit (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('summits');
  });
});
