import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('classifyTopics: a war that is not being fought', () => {
  it.each([
    [
      'armed-conflict',
      'en',
      'Minister warns island dispute risks war',
      'The defence minister warned on Tuesday that the quarrel over the islands risks a war in the region. Analysts fear a war between the neighbours if talks fail.',
    ],
    [
      'armed-conflict',
      'de',
      'Kanzler warnt vor einem Krieg in Europa',
      'Der Kanzler warnte am Dienstag vor einem Krieg in Europa. Die Gefahr eines Krieges sei so groß wie lange nicht, sagte er.',
    ],
    [
      'armed-conflict',
      'fr',
      'Le ministre met en garde contre un risque de guerre',
      'Le ministre a évoqué mardi le risque de guerre dans la région. La menace d’une guerre ouverte inquiète les diplomates.',
    ],
    [
      'armed-conflict',
      'es',
      'El ministro advierte del riesgo de guerra',
      'El ministro advirtió el martes del riesgo de una guerra en la región. El temor a una guerra abierta preocupa a los vecinos.',
    ],
    [
      'armed-conflict',
      'en',
      'Navy holds manoeuvres in the Baltic',
      'Some 40 ships and 3,000 sailors and soldiers take part in the manoeuvres off the coast. Troops will practise landings on the beaches.',
    ],
    [
      'armed-conflict',
      'de',
      'Bundeswehr schickt Soldaten ins Baltikum',
      'Die Truppen sollen die Nato-Partner beruhigen. Rund 500 Soldaten werden in den kommenden Wochen entsandt.',
    ],
    [
      'armed-conflict',
      'es',
      'La OTAN envía tropas a Rumanía',
      'El envío de 1.000 soldados busca tranquilizar a los aliados. Las tropas se instalarán en una base cerca de la costa.',
    ],
    [
      'armed-conflict',
      'en',
      'Baltic states fear a Russian invasion',
      'Officials in the three states say they fear an invasion within years. Fears of an invasion drive new spending on bunkers.',
    ],
    [
      'armed-conflict',
      'de',
      'Taiwan übt für den Ernstfall',
      'Die Angst vor einer Invasion wächst. Die Furcht vor einem Einmarsch treibt die Aufrüstung der Insel voran.',
    ],
    [
      'armed-conflict',
      'fr',
      'À Taïwan, la peur d’une invasion',
      'La crainte d’une invasion grandit sur l’île. Les habitants redoutent une invasion dans les années à venir.',
    ],
    ['armed-conflict', 'es', 'Taiwán teme una invasión', 'El miedo a una invasión crece en la isla. Los habitantes temen una invasión en los próximos años.'],
    [
      'armed-conflict',
      'en',
      'New film revisits the war in Vietnam',
      'The film follows soldiers in the jungle and the fighting around a village. The director spent ten years on the war drama.',
    ],
    [
      'armed-conflict',
      'de',
      'Neuer Roman über den Krieg',
      'Der Roman erzählt von Soldaten an der Front und den Kämpfen um ein Dorf. Die Autorin liest am Freitag in Leipzig.',
    ],
    [
      'armed-conflict',
      'fr',
      'Un documentaire sur la guerre d’Algérie',
      'Le documentaire suit des soldats et revient sur les combats dans les montagnes. Le réalisateur a interrogé des anciens appelés.',
    ],
    [
      'armed-conflict',
      'es',
      'Una película sobre la guerra civil',
      'La película sigue a soldados en el frente y los combates en la sierra. El director presentó el filme en San Sebastián.',
    ],
    ['armed-conflict', 'de', 'Preiskampf der Discounter', 'Die Discounter liefern sich einen Krieg um die Preise. Der Krieg an der Kasse trifft die Bauern.'],
    [
      'armed-conflict',
      'fr',
      'Guerre des prix dans la grande distribution',
      'Les enseignes se livrent une guerre sur les prix du lait. Cette guerre tarifaire pèse sur les éleveurs.',
    ],
  ])('keeps %s out of a warning, a fear, an exercise, a film or a price war (%s: "%s")', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain(topic);
  });

  it.each([
    [
      'armed-conflict',
      'en',
      'Army shells rebel-held town',
      'Troops shelled the town overnight as the offensive entered its third week. Heavy fighting was reported near the river.',
    ],
    ['armed-conflict', 'de', 'Armee beschießt Stadt', 'Die Truppen haben die Stadt in der Nacht beschossen. Heftige Kämpfe wurden aus dem Norden gemeldet.'],
    [
      'armed-conflict',
      'fr',
      'L’armée pilonne une ville rebelle',
      'Les troupes ont bombardé la ville pendant la nuit. De violents combats se poursuivent au nord.',
    ],
    [
      'armed-conflict',
      'es',
      'El ejército bombardea una ciudad rebelde',
      'Las tropas bombardearon la ciudad durante la noche. Se registran intensos combates en el norte.',
    ],
  ])('still finds %s in real fighting (%s: "%s")', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).toContain(topic);
  });
});

describe('classifyTopics: crime and hacking are not terrorism', () => {
  it.each([
    [
      'terrorism',
      'en',
      'Police rule out terrorism after supermarket shooting',
      'Police said they had ruled out terrorism as a motive. The gunman, a former employee, had a grudge against his manager, investigators said.',
    ],
    [
      'terrorism',
      'de',
      'Amoklauf an Schule: Kein terroristischer Hintergrund',
      'Die Ermittler schließen einen terroristischen Hintergrund aus. Der Täter, ein 17-jähriger Schüler, hatte zwei Lehrer getötet.',
    ],
    [
      'terrorism',
      'fr',
      'Fusillade dans un lycée : la piste terroriste écartée',
      'Le parquet a écarté la piste terroriste. Le tireur, un élève de 16 ans, a blessé deux professeurs.',
    ],
    [
      'terrorism',
      'es',
      'Tiroteo en un instituto: descartan el terrorismo',
      'La policía descartó el terrorismo como móvil. El autor, un alumno de 17 años, hirió a dos profesores.',
    ],
  ])('keeps %s out when investigators rule it out (%s: "%s")', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain(topic);
  });

  it.each([
    [
      'cyber',
      'en',
      'Retailer says customer data stolen',
      'Intruders broke into the company’s computer systems and stole the card details of two million customers. The breach was found last week.',
    ],
    ['cyber', 'de', 'Angriff auf Stadtwerke', 'Kriminelle haben die IT der Stadtwerke lahmgelegt und Lösegeld gefordert. Die Server wurden verschlüsselt.'],
    [
      'cyber',
      'fr',
      'Un hôpital paralysé par une attaque informatique',
      'Des criminels ont bloqué les serveurs et réclament une rançon. L’attaque informatique a été revendiquée par un groupe connu.',
    ],
    [
      'cyber',
      'es',
      'Un hospital paralizado por un ataque informático',
      'Los delincuentes bloquearon los sistemas y exigen un rescate. El ataque informático fue reivindicado por un grupo criminal.',
    ],
    [
      'cyber',
      'en',
      'Airline grounded after IT systems hit',
      'Criminals broke into the airline’s IT systems overnight and demanded a ransom in bitcoin. Check-in was done by hand.',
    ],
    [
      'cyber',
      'de',
      'Cyberkriminelle erpressen Klinik',
      'Unbekannte drangen in die Server der Klinik ein und forderten Lösegeld. Patientendaten wurden gestohlen.',
    ],
  ])('gives a break-in into computer systems to %s (%s: "%s")', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).toContain(topic);
  });

  it.each([
    [
      'terrorism',
      'en',
      'Police foil plot on Christmas market',
      'Police arrested a man suspected of planning an attack on a Christmas market. He had sworn allegiance to Islamic State, prosecutors said.',
    ],
    [
      'terrorism',
      'de',
      'Anschlagspläne vereitelt',
      'Die Polizei hat einen Mann festgenommen, der einen Anschlag auf einen Weihnachtsmarkt geplant haben soll. Er soll Kontakt zu Islamisten gehabt haben.',
    ],
    [
      'terrorism',
      'fr',
      'Projet d’attentat déjoué',
      'La police a arrêté un homme soupçonné de préparer un attentat contre un marché de Noël. Il avait prêté allégeance à l’État islamique.',
    ],
    [
      'terrorism',
      'es',
      'Desarticulado un plan de atentado',
      'La policía detuvo a un hombre que planeaba un atentado contra un mercado navideño. Había jurado lealtad al Estado Islámico.',
    ],
    [
      'terrorism',
      'en',
      'Bomb attack on police station',
      'A car bomb exploded outside a police station, killing six officers. A jihadist group claimed the attack.',
    ],
  ])('still finds %s in an attack or plot with extremist wording (%s: "%s")', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).toContain(topic);
  });
});

describe('classifyTopics: meetings, talks and normalisation', () => {
  it.each([
    ['diplomacy', 'en', 'Israel and Saudi Arabia edge toward normalisation', 'Officials said a deal to normalise relations could be signed next year.'],
    [
      'diplomacy',
      'fr',
      'Rabat et Madrid veulent normaliser leurs relations',
      'La normalisation des relations entre les deux pays passe par une feuille de route.',
    ],
    ['diplomacy', 'es', 'Marruecos y Argelia, hacia la normalización', 'Ambos países acordaron normalizar sus relaciones tras años de tensión.'],
    [
      'summits',
      'de',
      'Macron und Merz beraten in Toulon',
      'Der französische Präsident Emmanuel Macron und Bundeskanzler Friedrich Merz haben in Toulon über die Verteidigung beraten.',
    ],
    [
      'summits',
      'fr',
      'Macron et Merz se retrouvent à Toulon',
      'Le président Emmanuel Macron et le chancelier Friedrich Merz se sont entretenus jeudi à Toulon sur la défense européenne.',
    ],
    [
      'diplomacy',
      'fr',
      'En direct : les négociations sur l’Ukraine à Genève',
      'Les délégations de Kiev et de Moscou sont arrivées ce matin, les discussions doivent durer toute la journée.',
    ],
    [
      'diplomacy',
      'es',
      'Directo: negociaciones sobre Ucrania en Ginebra',
      'Las delegaciones de Kiev y Moscú llegaron por la mañana y las conversaciones durarán todo el día.',
    ],
  ])('finds %s (%s: "%s")', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).toContain(topic);
  });

  it.each([
    [
      'en',
      'Canada and Mexico pledge to protect their car industry',
      'OTTAWA — Canada and Mexico promised on Monday to shield their carmakers from new levies and to coordinate their steel policy.\n\nAt a joint press conference after Prime Minister Mark Carney met President Claudia Sheinbaum, Carney said the partners would speak with one voice. "We are stronger together," Carney said.\n\nPresident Claudia Sheinbaum struck a cautious note. "We will defend our workers," she said.\n\nOfficials will meet again in June. The next round is planned for Monterrey. Both sides want a deal before the summer.',
    ],
    [
      'de',
      'Polen und Litauen wollen Grenze besser schützen',
      'Warschau – Polen und Litauen wollen ihre gemeinsame Grenze mit mehr Technik überwachen und die Bahnverbindung ausbauen.\n\nNach einem Treffen des polnischen Präsidenten Karol Nawrocki mit dem litauischen Präsidenten Gitanas Nausėda sprachen beide von einer engen Partnerschaft. „Wir stehen zusammen“, sagte Nawrocki.\n\nDer litauische Präsident lobte die Zusammenarbeit. „Das ist ein guter Tag“, sagte er.\n\nDie Fachleute sollen bis zum Sommer Pläne vorlegen. Die Kosten sind noch offen. Die EU soll einen Teil zahlen.',
    ],
  ])('a meeting of two leaders in the first half of the story is a summit (%s: "%s")', (language, title, body) => {
    expect(topicsOf(title, body, language)).toContain('summits');
  });

  it.each([
    [
      'en',
      'Finnish prime minister urges faster help for Kyiv',
      'HELSINKI — Finland’s prime minister urged European governments on Tuesday to speed up their aid to Ukraine in a speech to parliament.\n\n"We are too slow, and Moscow knows it," he said. The government announced 200 million euros in new aid.\n\n"Europe has to rearm now, not in ten years," the prime minister said. He added that the aid would include air defence.\n\nThe opposition backed the plan. A vote is expected next week. The prime minister is due to meet the Ukrainian president in Brussels on Thursday.',
    ],
    [
      'de',
      'Dänische Regierungschefin fordert mehr Tempo',
      'Kopenhagen – Die dänische Regierungschefin hat die Europäer am Dienstag zu mehr Tempo bei der Hilfe für die Ukraine aufgerufen.\n\n„Wir sind zu langsam“, sagte sie im Parlament. Die Regierung kündigte 200 Millionen Euro an neuer Hilfe an.\n\n„Europa muss jetzt aufrüsten“, sagte die Regierungschefin. Die Hilfe umfasse auch Flugabwehr.\n\nDie Opposition unterstützt den Plan. Abgestimmt wird kommende Woche. Am Donnerstag trifft die Regierungschefin den ukrainischen Präsidenten in Brüssel.',
    ],
  ])('a meeting named in the story’s last lines is an aside (%s: "%s")', (language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain('summits');
  });
});

describe('classifyTopics: a vote that is no election', () => {
  it.each([
    ['elections', 'en', 'Prime minister survives confidence vote', 'Lawmakers voted 320 to 250 to back the government in a confidence vote on Wednesday.'],
    [
      'elections',
      'en',
      'Senate votes to pass budget bill',
      'Senators voted 52 to 48 to pass the bill after a night of debate. The vote sends the bill to the president.',
    ],
  ])('keeps %s out of a confidence vote or a vote on a bill (%s: "%s")', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain(topic);
  });

  it.each([
    [
      'elections',
      'en',
      'Government collapses, snap election called',
      'After losing a confidence vote the prime minister called a snap election for March. Voters go to the polls in eight weeks.',
    ],
  ])('an early election called after a lost vote still is %s (%s: "%s")', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).toContain(topic);
  });
});

describe('classifyTopics: arms control on a short story’s agenda', () => {
  it.each([
    [
      'arms-control',
      'de',
      'Kreml: Vorbereitungen für Treffen laufen',
      'Moskau – Der Kreml bereitet ein Treffen der beiden Präsidenten vor, sagte ein Sprecher am Dienstag.\n\nAuf der Tagesordnung stehe die Begrenzung der Atomwaffenarsenale, neue Verhandlungen seien möglich. Ein Termin steht noch nicht fest.',
    ],
    [
      'arms-control',
      'en',
      'White House confirms plans for leaders meeting',
      'WASHINGTON — The White House said on Tuesday that the two presidents would meet in the autumn.\n\nOfficials said the agenda would include ways to limit nuclear arsenals and a new treaty. No date has been set.',
    ],
    [
      'arms-control',
      'fr',
      'Le Kremlin confirme une rencontre',
      'MOSCOU – Le Kremlin a confirmé mardi la préparation d’une rencontre entre les deux présidents.\n\nLa limitation des arsenaux nucléaires sera à l’ordre du jour, avec un nouveau traité. Aucune date n’a été fixée.',
    ],
    [
      'arms-control',
      'es',
      'El Kremlin confirma un encuentro',
      'MOSCÚ – El Kremlin confirmó el martes que prepara un encuentro entre los dos presidentes.\n\nLa limitación de los arsenales nucleares estará en la agenda, junto a un nuevo tratado. Aún no hay fecha.',
    ],
  ])('finds %s in limits on nuclear arsenals named once in a short story (%s: "%s")', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).toContain(topic);
  });

  it.each([
    [
      'terrorism',
      'en',
      'Washington blacklists shipping firms',
      'WASHINGTON — The Treasury added six shipping firms to its blacklist on Tuesday.\n\nTehran called the step economic terrorism. The firms deny wrongdoing.',
    ],
  ])('a strong word once without the topic’s own words is still no %s (%s: "%s")', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain(topic);
  });
});
