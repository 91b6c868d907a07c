import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** Wars and votes of another time: counted back a generation ("vor 80 Jahren"), shown in an exhibition, or prepared for. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: years counted back put a sentence in the past', () => {
  it.each([
    [
      'en',
      'On the hill',
      'Here, 80 years ago, troops fought the fiercest battles of the war.',
      'Troops fought the fiercest battles of the war here on Monday.',
    ],
    [
      'de',
      'Am Hügel',
      'Hier lieferten sich vor 80 Jahren Truppen die schwersten Kämpfe des Krieges.',
      'Hier lieferten sich am Montag Truppen die schwersten Kämpfe des Krieges.',
    ],
    [
      'fr',
      'Cérémonie sur la colline',
      'Ici, il y a 80 ans, les troupes ont livré les combats les plus durs de la guerre.',
      'Ici, lundi, les troupes ont livré les combats les plus durs de la guerre.',
    ],
    [
      'es',
      'Homenaje en la colina',
      'Aquí se libraron hace 90 años los combates más duros de la guerra entre las tropas.',
      'Aquí se libraron el lunes los combates más duros de la guerra entre las tropas.',
    ],
  ])('fighting 80 or 90 years ago is no armed conflict, fighting on Monday is (%s)', (language, title, past, present) => {
    expect(topicsOf(title, past, language)).not.toContain('armed-conflict');
    expect(topicsOf(title, present, language)).toContain('armed-conflict');
  });

  it('a few years back is still the present', () => {
    expect(topicsOf('Frontline town', 'Troops fought the fiercest battles of the war here 3 years ago and are fighting again.', 'en')).toContain(
      'armed-conflict',
    );
  });
});

describe('classifyTopics: an exhibition or an anniversary of a past vote', () => {
  it.each([
    [
      'en',
      'An exhibition recalls the referendum',
      'Parliament and the referendum',
      'Parliament opens an exhibition on the referendum that ended the dictatorship.',
      'Parliament debates the referendum that could end the monarchy.',
      'Voters backed it with 94 percent of the votes cast, and turnout was high.',
    ],
    [
      'de',
      'Ausstellung erinnert an die Volksabstimmung',
      'Landtag und Volksabstimmung',
      'Der Landtag eröffnet eine Ausstellung über die Volksabstimmung, mit der die Diktatur endete.',
      'Der Landtag debattiert über die Volksabstimmung, mit der die Monarchie enden könnte.',
      'Die Wähler stimmten mit 94 Prozent der Stimmen zu, die Wahlbeteiligung war hoch.',
    ],
    [
      'fr',
      'Une exposition rappelle le référendum',
      'Le Parlement et le référendum',
      'Le Parlement inaugure une exposition sur le référendum qui a mis fin à la dictature.',
      'Le Parlement débat du référendum qui pourrait mettre fin à la monarchie.',
      'Les électeurs l’ont approuvé avec 94 % des voix, et la participation était forte.',
    ],
    [
      'es',
      'Una exposición recuerda el referéndum',
      'El Congreso y el referéndum',
      'El Congreso inaugura una exposición sobre el referéndum que puso fin a la dictadura.',
      'El Congreso debate el referéndum que podría poner fin a la monarquía.',
      'Los votantes lo aprobaron con el 94 % de los votos y la participación fue alta.',
    ],
  ])('is no election; the same vote debated today is (%s)', (language, title, todayTitle, exhibition, debate, result) => {
    expect(topicsOf(title, `${exhibition}\n\n${result}`, language)).not.toContain('elections');
    expect(topicsOf(todayTitle, `${debate}\n\n${result}`, language)).toContain('elections');
  });
});

describe('classifyTopics: a war the country is told to prepare for is not being fought', () => {
  it.each([
    [
      'en',
      'Army chief: be ready for war',
      'The army chief of staff said the country must be ready for a war within five years. A war with Russia is not inevitable, he said.',
    ],
    [
      'de',
      'Heereschef: auf einen Krieg vorbereiten',
      'Der Heereschef sagte, das Land müsse sich auf einen Krieg vorbereiten. Ein Krieg mit Russland sei nicht unausweichlich.',
    ],
    [
      'fr',
      'Le chef d’état-major appelle à se préparer',
      'Le chef d’état-major des armées a appelé le pays à se préparer à une guerre d’ici cinq ans. La guerre n’est pas une fatalité, a-t-il dit.',
    ],
    [
      'es',
      'El jefe del Estado Mayor advierte',
      'El jefe del Estado Mayor pidió al país prepararse para una guerra en cinco años. La guerra no es inevitable, dijo.',
    ],
  ])('is no armed conflict (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain('armed-conflict');
  });

  it('a war being fought in the same words is', () => {
    expect(topicsOf('Army chief: the war goes on', 'The army chief of staff said the war with Russia goes on. Troops hold the front line.', 'en')).toContain(
      'armed-conflict',
    );
  });
});

describe('classifyTopics: artillery at an exercise is equipment, not a war', () => {
  it.each([
    [
      'en',
      'NATO winter exercise begins in Norway',
      'About 14,000 troops began the exercise on Monday.',
      'Soldiers from nine countries take part. The troops will move equipment across borders.',
      'Finnish artillery units will fire live rounds at the range on Thursday.',
    ],
    [
      'de',
      'Nato-Winterübung in Norwegen beginnt',
      'Rund 14.000 Soldaten haben am Montag mit der Übung begonnen.',
      'Soldaten aus neun Ländern nehmen teil. Die Truppen verlegen Gerät über Grenzen.',
      'Finnische Artillerie soll am Donnerstag auf dem Schießplatz scharf schießen.',
    ],
    [
      'fr',
      'L’Otan lance un exercice d’hiver en Norvège',
      'Quelque 14 000 militaires ont entamé l’exercice lundi.',
      'Des soldats de neuf pays y participent. Les troupes déplacent du matériel entre les frontières.',
      'L’artillerie finlandaise tirera à balles réelles jeudi sur le champ de tir.',
    ],
    [
      'es',
      'La OTAN inicia un ejercicio invernal en Noruega',
      'Unos 14.000 militares iniciaron el ejercicio el lunes.',
      'Participan soldados de nueve países. Las tropas trasladan material entre fronteras.',
      'La artillería finlandesa hará fuego real el jueves en el campo de tiro.',
    ],
  ])('is no armed conflict (%s)', (language, title, lead, middle, artillery) => {
    expect(topicsOf(title, [lead, middle, artillery].join('\n\n'), language)).not.toContain('armed-conflict');
  });

  it('artillery shelling a town is', () => {
    expect(topicsOf('Town shelled overnight', 'Artillery shelled the town overnight, killing five people, and troops retreated.', 'en')).toContain(
      'armed-conflict',
    );
  });
});

describe('classifyTopics: a military build-up is troops arriving, not a war', () => {
  it.each([
    [
      'en',
      'Sanctions amid a military build-up',
      'The sanctions come amid a continuing military build-up in the Caribbean, where troops and soldiers arrived this week.',
    ],
    ['de', 'Sanktionen und Truppenaufmarsch', 'Die Sanktionen fallen in einen Truppenaufmarsch in der Karibik, wo diese Woche Truppen und Soldaten eintrafen.'],
    [
      'fr',
      'Sanctions et renforcement militaire',
      'Les sanctions interviennent en plein renforcement militaire dans les Caraïbes, où des troupes et des soldats sont arrivés.',
    ],
    ['es', 'Sanciones y despliegue militar', 'Las sanciones llegan en pleno despliegue militar en el Caribe, donde esta semana llegaron tropas y soldados.'],
  ])('is no armed conflict (%s)', (language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain('armed-conflict');
  });
});
