import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** A war the story only names, in a story another topic leads: talks on a truce, sanctions over the war, an election in its shadow. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] =>
  classifyTopics({ title, body, language }, taxonomy)
    .map((topic) => topic.id)
    .sort();

describe('classifyTopics: a war named in the background of another subject', () => {
  /** Mediators and negotiators discuss a ceasefire; no fighting is reported. */
  it.each([
    [
      'en',
      'Mediators push for Gaza truce as talks resume in Cairo',
      'Egyptian and Qatari mediators met Hamas and Israeli negotiators in Cairo on Sunday for a new round of talks on a ceasefire and the release of hostages.\n\nThe negotiators are discussing a six-week truce, a prisoner exchange and the return of displaced families to the north of the territory, officials said.\n\n"We are closer than we have been for weeks, but gaps remain," an Egyptian official said on condition of anonymity.\n\nThe U.S. envoy is expected in Cairo on Tuesday. Israel\'s delegation is led by the head of its intelligence service.',
      ['diplomacy'],
    ],
    [
      'de',
      'Vermittler dringen in Kairo auf Waffenruhe für Gaza',
      'Ägyptische und katarische Vermittler haben am Sonntag in Kairo Unterhändler Israels und der Hamas zu einer neuen Runde von Gesprächen über eine Waffenruhe und die Freilassung der Geiseln empfangen.\n\nDie Unterhändler verhandeln über eine sechswöchige Feuerpause, einen Gefangenenaustausch und die Rückkehr der Vertriebenen in den Norden, wie es aus Verhandlungskreisen hieß.\n\n„Wir sind so nah dran wie seit Wochen nicht, aber es gibt noch Lücken“, sagte ein ägyptischer Beamter, der nicht namentlich genannt werden wollte.\n\nDer US-Sondergesandte wird am Dienstag in Kairo erwartet.',
      ['diplomacy'],
    ],
    [
      'fr',
      'Les médiateurs pressent Israël et le Hamas d’accepter une trêve',
      'Les médiateurs égyptiens et qataris ont reçu dimanche au Caire les négociateurs israéliens et du Hamas pour une nouvelle série de pourparlers sur un cessez-le-feu et la libération des otages.\n\nLes négociateurs discutent d’une trêve de six semaines, d’un échange de prisonniers et du retour des déplacés dans le nord du territoire, selon des responsables.\n\n« Nous sommes plus près que jamais depuis des semaines, mais des écarts subsistent », a indiqué un responsable égyptien sous couvert d’anonymat.\n\nL’émissaire américain est attendu mardi au Caire.',
      ['diplomacy'],
    ],
    [
      'es',
      'Los mediadores presionan a Israel y Hamás para pactar una tregua',
      'Los mediadores egipcios y cataríes recibieron el domingo en El Cairo a los negociadores israelíes y de Hamás para una nueva ronda de conversaciones sobre un alto el fuego y la liberación de los rehenes.\n\nLos negociadores discuten una tregua de seis semanas, un intercambio de prisioneros y el regreso de los desplazados al norte del territorio, según fuentes oficiales.\n\n«Estamos más cerca que en semanas, pero quedan diferencias», dijo un funcionario egipcio que pidió el anonimato.\n\nEl enviado especial estadounidense es esperado el martes en El Cairo.',
      ['diplomacy'],
    ],
  ])('talks on a truce with no fighting reported are diplomacy (%s)', (language, title, body, topics) => {
    expect(topicsOf(title, body, language)).toEqual(topics);
  });

  /** A sanctions package over the war in Ukraine, drone parts, and the invasion since which assets are frozen. */
  it.each([
    [
      'en',
      'EU agrees 20th sanctions package against Russia',
      'European Union governments agreed on Wednesday a 20th package of sanctions against Russia over its war in Ukraine, targeting more tankers of the shadow fleet and Chinese firms that supply drone parts.\n\nThe package adds 120 vessels to the list of ships barred from EU ports and bans transactions with five banks in Central Asia.\n\n"Every euro we take from the Kremlin\'s war chest is a euro it cannot spend on the war," the EU\'s foreign policy chief said.\n\nSlovakia dropped its veto after securing assurances on gas supplies. The measures take effect on Friday.\n\nSince the invasion in February 2022, the EU has frozen about 210 billion euros of Russian central bank assets.',
      ['sanctions'],
    ],
    [
      'de',
      'EU beschließt 20. Sanktionspaket gegen Russland',
      'Die Regierungen der Europäischen Union haben am Mittwoch ein 20. Paket mit Sanktionen gegen Russland wegen seines Angriffskriegs gegen die Ukraine beschlossen. Es trifft weitere Tanker der Schattenflotte und chinesische Firmen, die Drohnenteile liefern.\n\nMit dem Paket kommen 120 Schiffe auf die Liste der Schiffe, die keine EU-Häfen mehr anlaufen dürfen, außerdem werden Geschäfte mit fünf Banken in Zentralasien verboten.\n\n„Jeder Euro, den wir der Kriegskasse des Kremls nehmen, fehlt ihm für den Krieg“, sagte die EU-Außenbeauftragte.\n\nDie Slowakei gab ihr Veto auf, nachdem sie Zusagen zur Gasversorgung erhalten hatte. Die Maßnahmen treten am Freitag in Kraft.\n\nSeit dem Einmarsch im Februar 2022 hat die EU rund 210 Milliarden Euro der russischen Zentralbank eingefroren.',
      ['sanctions'],
    ],
    [
      'fr',
      'L’UE adopte un 20e paquet de sanctions contre la Russie',
      'Les Vingt-Sept ont adopté mercredi un 20e paquet de sanctions contre la Russie en raison de sa guerre en Ukraine, qui vise de nouveaux pétroliers de la flotte fantôme et des entreprises chinoises fournissant des pièces de drones.\n\nLe paquet ajoute 120 navires à la liste de ceux interdits dans les ports européens et interdit les transactions avec cinq banques d’Asie centrale.\n\n« Chaque euro que nous retirons au trésor de guerre du Kremlin est un euro qu’il ne pourra pas dépenser pour la guerre », a déclaré la cheffe de la diplomatie européenne.\n\nLa Slovaquie a levé son veto après avoir obtenu des garanties sur ses approvisionnements en gaz. Les mesures entrent en vigueur vendredi.\n\nDepuis l’invasion de février 2022, l’UE a gelé environ 210 milliards d’euros d’avoirs de la banque centrale russe.',
      ['sanctions'],
    ],
    [
      'es',
      'La UE aprueba el 20.º paquete de sanciones contra Rusia',
      'Los Veintisiete aprobaron el miércoles un 20.º paquete de sanciones contra Rusia por su guerra en Ucrania, que alcanza a más petroleros de la flota fantasma y a empresas chinas que suministran piezas de drones.\n\nEl paquete añade 120 buques a la lista de los que no pueden entrar en puertos europeos y prohíbe las transacciones con cinco bancos de Asia central.\n\n«Cada euro que quitamos a la caja de guerra del Kremlin es un euro que no podrá gastar en la guerra», afirmó la jefa de la diplomacia europea.\n\nEslovaquia retiró su veto tras obtener garantías sobre el suministro de gas. Las medidas entran en vigor el viernes.\n\nDesde la invasión de febrero de 2022, la UE ha congelado unos 210.000 millones de euros de activos del banco central ruso.',
      ['sanctions'],
    ],
  ])('sanctions over a war are sanctions (%s)', (language, title, body, topics) => {
    expect(topicsOf(title, body, language)).toEqual(topics);
  });

  /** A ruling party campaigns on keeping out of the war; bombed cities on its posters; the war of 2008 is history. */
  it.each([
    [
      'en',
      'Georgians vote in parliamentary election seen as test for EU path',
      'Georgians voted on Saturday in a parliamentary election that the opposition calls a choice between Europe and Russia.\n\nThe ruling party, in power since 2012, campaigned on keeping the country out of the war, and its posters showed bombed Ukrainian cities next to peaceful Georgian ones.\n\nTurnout was 52 percent by early evening, the election commission said. Observers reported pressure on voters in several districts.\n\n"We want peace, and they want to drag us into the war," the prime minister said after casting his ballot.\n\nRussia still occupies a fifth of Georgia\'s territory after the five-day war of 2008. Results are expected on Sunday.',
      ['elections'],
    ],
    [
      'de',
      'Georgien wählt ein neues Parlament',
      'In Georgien haben die Bürger am Samstag ein neues Parlament gewählt. Die Opposition spricht von einer Wahl zwischen Europa und Russland.\n\nDie Regierungspartei, seit 2012 an der Macht, warb damit, das Land aus dem Krieg herauszuhalten; auf ihren Plakaten waren zerbombte ukrainische Städte neben friedlichen georgischen zu sehen.\n\nDie Wahlbeteiligung lag am frühen Abend bei 52 Prozent, teilte die Wahlkommission mit. Beobachter berichteten von Druck auf Wähler in mehreren Bezirken.\n\n„Wir wollen Frieden, und sie wollen uns in den Krieg hineinziehen“, sagte der Ministerpräsident nach seiner Stimmabgabe.\n\nRussland hält seit dem Krieg von 2008 ein Fünftel des georgischen Staatsgebiets besetzt. Ergebnisse werden am Sonntag erwartet.',
      ['elections'],
    ],
    [
      'fr',
      'Les Géorgiens élisent leur Parlement',
      'Les Géorgiens ont voté samedi pour élire leur Parlement, lors d’un scrutin que l’opposition présente comme un choix entre l’Europe et la Russie.\n\nLe parti au pouvoir depuis 2012 a fait campagne sur la promesse de tenir le pays à l’écart de la guerre ; ses affiches montraient des villes ukrainiennes bombardées à côté de villes géorgiennes paisibles.\n\nLa participation atteignait 52 % en début de soirée, selon la commission électorale. Des observateurs ont signalé des pressions sur les électeurs dans plusieurs districts.\n\n« Nous voulons la paix, et eux veulent nous entraîner dans la guerre », a déclaré le Premier ministre après avoir voté.\n\nLa Russie occupe toujours un cinquième du territoire géorgien depuis la guerre de 2008. Les résultats sont attendus dimanche.',
      ['elections'],
    ],
    [
      'es',
      'Georgia elige un nuevo Parlamento',
      'Los georgianos votaron el sábado para elegir un nuevo Parlamento, en unos comicios que la oposición presenta como una elección entre Europa y Rusia.\n\nEl partido en el poder desde 2012 hizo campaña con la promesa de mantener al país fuera de la guerra; sus carteles mostraban ciudades ucranianas bombardeadas junto a tranquilas ciudades georgianas.\n\nLa participación era del 52 % a primera hora de la tarde, según la comisión electoral. Los observadores denunciaron presiones sobre los votantes en varios distritos.\n\n«Queremos la paz, y ellos quieren arrastrarnos a la guerra», dijo el primer ministro tras votar.\n\nRusia ocupa todavía una quinta parte del territorio georgiano desde la guerra de 2008. Los resultados se esperan el domingo.',
      ['elections'],
    ],
  ])('an election campaign about staying out of a war is an election (%s)', (language, title, body, topics) => {
    expect(topicsOf(title, body, language)).toEqual(topics);
  });

  /** The army and the rebels agree a truce: the war itself is the subject. */
  it.each([
    [
      'en',
      'Army and rebels agree ceasefire in the east',
      'The army and the rebels agreed on Saturday to a ceasefire in the eastern provinces, the government said.\n\nThe truce is to take effect at midnight and last thirty days, during which both sides will pull back their heavy weapons.',
      ['armed-conflict'],
    ],
    [
      'de',
      'Armee und Rebellen vereinbaren Waffenruhe im Osten',
      'Die Armee und die Rebellen haben sich am Samstag auf eine Waffenruhe in den östlichen Provinzen geeinigt, teilte die Regierung mit.\n\nDie Feuerpause soll um Mitternacht beginnen und dreißig Tage dauern; in dieser Zeit sollen beide Seiten ihre schweren Waffen zurückziehen.',
      ['armed-conflict'],
    ],
    [
      'fr',
      'L’armée et les rebelles concluent un cessez-le-feu dans l’est',
      'L’armée et les rebelles se sont entendus samedi sur un cessez-le-feu dans les provinces de l’est, a annoncé le gouvernement.\n\nLa trêve doit entrer en vigueur à minuit et durer trente jours, pendant lesquels les deux camps retireront leurs armes lourdes.',
      ['armed-conflict'],
    ],
    [
      'es',
      'El Ejército y los rebeldes pactan un alto el fuego en el este',
      'El Ejército y los rebeldes acordaron el sábado un alto el fuego en las provincias del este, informó el Gobierno.\n\nLa tregua entrará en vigor a medianoche y durará treinta días, durante los cuales ambas partes retirarán sus armas pesadas.',
      ['armed-conflict'],
    ],
  ])('a ceasefire the warring sides agree is armed conflict (%s)', (language, title, body, topics) => {
    expect(topicsOf(title, body, language)).toEqual(topics);
  });

  /** Air strikes and fighting reported while talks on a ceasefire stall: the truce the talks are about no longer weighs for the war. */
  it.each([
    [
      'en',
      'Airstrikes kill dozens as ceasefire talks stall',
      'Airstrikes killed at least 40 people in the south of the territory overnight, health officials said, as talks on a ceasefire stalled in Doha.\n\nMediators said the two delegations had not met for three days. "The gaps are wide," a diplomat said.\n\nFighting also continued around the northern city, where troops pushed into two districts.',
      ['armed-conflict', 'diplomacy'],
    ],
    [
      'de',
      'Luftangriffe töten Dutzende, Gespräche über Waffenruhe stocken',
      'Bei Luftangriffen im Süden des Gebiets sind in der Nacht mindestens 40 Menschen getötet worden, während die Gespräche über eine Waffenruhe in Doha stocken.\n\nDie Vermittler sagten, die beiden Delegationen hätten sich seit drei Tagen nicht getroffen. „Die Differenzen sind groß“, sagte ein Diplomat.\n\nAuch um die Stadt im Norden gingen die Kämpfe weiter, wo Truppen in zwei Viertel vorrückten.',
      ['armed-conflict', 'diplomacy'],
    ],
    [
      'fr',
      'Des frappes aériennes font des dizaines de morts, les pourparlers sur une trêve piétinent',
      'Des frappes aériennes ont tué au moins 40 personnes dans le sud du territoire dans la nuit, alors que les pourparlers sur un cessez-le-feu piétinent à Doha.\n\nLes médiateurs ont indiqué que les deux délégations ne s’étaient pas vues depuis trois jours. « Les écarts sont grands », a dit un diplomate.\n\nLes combats se poursuivaient aussi autour de la ville du nord, où les troupes sont entrées dans deux quartiers.',
      ['armed-conflict', 'diplomacy'],
    ],
    [
      'es',
      'Los ataques aéreos dejan decenas de muertos mientras se estancan las conversaciones de tregua',
      'Los ataques aéreos mataron al menos a 40 personas en el sur del territorio durante la noche, mientras las conversaciones sobre un alto el fuego se estancan en Doha.\n\nLos mediadores dijeron que las dos delegaciones no se reunían desde hacía tres días. «Las diferencias son grandes», dijo un diplomático.\n\nLos combates continuaron también en torno a la ciudad del norte, donde las tropas entraron en dos barrios.',
      ['armed-conflict', 'diplomacy'],
    ],
  ])('fighting reported beside stalled truce talks is armed conflict and diplomacy (%s)', (language, title, body, topics) => {
    expect(topicsOf(title, body, language)).toEqual(topics);
  });
});
