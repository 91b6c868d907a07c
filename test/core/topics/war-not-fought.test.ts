import { describe, expect, it } from 'vitest';
import { classifyTopics, defaultTaxonomy } from '../../../src/core/index.js';

/** Stories about the forces, not about a war: conscription, a defence budget, an arms sale, a commemoration, a general's warning. */
const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] =>
  classifyTopics({ title, body, language }, taxonomy)
    .map((topic) => topic.id)
    .sort();

describe('classifyTopics: the forces as an institution and wars of another time are no armed conflict', () => {
  /** Soldiers, the army and the armed forces named in a law on military service or conscription. */
  it.each([
    [
      'en',
      'Parliament passes new military service law',
      'Lawmakers on Thursday passed a law that brings back a questionnaire on military service for all 18-year-old men, a first step towards conscription.\n\nThe army wants to grow from 182,000 to 260,000 soldiers within ten years. Volunteers will be paid more and trained for six months.\n\n"Nobody has to be afraid of this law, but everybody has to take it seriously," the defence minister said in the debate.\n\nYouth organisations protested outside parliament. The opposition said the armed forces should first fix their recruitment offices.\n\nIf too few volunteers come forward, the government can ask parliament to make service compulsory.',
      [],
    ],
    [
      'de',
      'Bundestag beschließt neues Wehrdienstgesetz',
      'Der Bundestag hat am Donnerstag ein Gesetz beschlossen, nach dem alle 18-jährigen Männer wieder einen Fragebogen zum Wehrdienst ausfüllen müssen.\n\nDie Armee soll in zehn Jahren von 182.000 auf 260.000 Soldaten wachsen. Freiwillige sollen mehr Sold bekommen und sechs Monate ausgebildet werden.\n\n„Niemand muss vor diesem Gesetz Angst haben, aber jeder sollte es ernst nehmen“, sagte der Verteidigungsminister in der Debatte.\n\nVor dem Reichstag protestierten Jugendverbände. Die Opposition forderte, die Streitkräfte sollten zuerst ihre Karrierecenter in Ordnung bringen.\n\nMelden sich zu wenige Freiwillige, kann die Regierung den Bundestag bitten, den Dienst verpflichtend zu machen.',
      [],
    ],
    [
      'fr',
      'Le Parlement adopte le nouveau service militaire volontaire',
      'Les députés ont adopté jeudi la loi qui crée un service militaire volontaire de dix mois pour les jeunes de 18 à 25 ans.\n\nL’armée de terre veut accueillir 3 000 volontaires dès l’été, puis 10 000 par an d’ici 2030. Les soldats engagés seront payés 800 euros par mois.\n\n« Personne ne sera forcé, mais chacun doit savoir que le pays a besoin de lui », a déclaré la ministre des Armées lors du débat.\n\nL’opposition a critiqué le coût du dispositif et demandé que les forces armées règlent d’abord leurs difficultés de recrutement.',
      [],
    ],
    [
      'es',
      'El Congreso debate recuperar el servicio militar obligatorio',
      'El Congreso debatió el jueves una propuesta para recuperar un servicio militar de seis meses para los jóvenes de 18 años.\n\nEl Ejército quiere pasar de 120.000 a 150.000 soldados en diez años. Los voluntarios cobrarían más y recibirían formación durante seis meses.\n\n«Nadie tiene que tener miedo de esta ley, pero todos deben tomársela en serio», dijo la ministra de Defensa durante el debate.\n\nLa oposición criticó el coste y pidió que las Fuerzas Armadas resuelvan primero sus problemas para atraer reclutas.',
      [],
    ],
  ])('a military service law is no war (%s)', (language, title, body, topics) => {
    expect(topicsOf(title, body, language)).toEqual(topics);
  });

  /** Soldiers and the armed forces a defence budget pays for. */
  it.each([
    [
      'en',
      'Cabinet approves record defence budget',
      'The cabinet on Wednesday approved a defence budget of 108 billion euros for next year, the largest since reunification.\n\nThe money will pay for new fighter jets, air defence systems and ammunition, and for 20,000 more soldiers by 2029. The armed forces had been underfunded for decades, the defence minister said.\n\n"We have to be able to defend ourselves and our allies," he told reporters in Berlin.\n\nThe opposition criticised the plan as vague on procurement and said the army still could not fill its barracks. Parliament is due to vote on the budget in November.\n\nUnder NATO\'s new target, allies are to spend 3.5 percent of their economic output on core defence by 2035.',
      [],
    ],
    [
      'de',
      'Kabinett billigt Rekordetat für die Verteidigung',
      'Das Kabinett hat am Mittwoch einen Verteidigungshaushalt von 108 Milliarden Euro für das kommende Jahr gebilligt, so viel wie nie seit der Wiedervereinigung.\n\nMit dem Geld sollen Kampfflugzeuge, Flugabwehrsysteme und Munition gekauft und bis 2029 weitere 20.000 Soldaten eingestellt werden. Die Streitkräfte seien jahrzehntelang unterfinanziert gewesen, sagte der Minister.\n\n„Wir müssen uns und unsere Verbündeten verteidigen können“, sagte er in Berlin. Die Opposition kritisierte die Pläne für die Beschaffung als zu vage; die Truppe könne ihre Kasernen noch immer nicht füllen.\n\nDer Bundestag soll im November über den Etat abstimmen.',
      [],
    ],
    [
      'fr',
      'Le gouvernement présente un budget des armées record',
      'Le gouvernement a présenté mercredi un budget des armées de 64 milliards d’euros pour l’an prochain, le plus élevé depuis la fin de la guerre froide.\n\nL’argent financera des avions de combat, des systèmes de défense aérienne, des munitions et le recrutement de 6 000 soldats supplémentaires. Les forces armées ont été sous-financées pendant des décennies, a affirmé la ministre.\n\n« Nous devons pouvoir nous défendre et défendre nos alliés », a-t-elle déclaré. L’opposition a jugé le texte flou sur les commandes d’équipements.\n\nLe Parlement doit voter le budget en décembre.',
      [],
    ],
    [
      'es',
      'El Gobierno aprueba un presupuesto de Defensa récord',
      'El Consejo de Ministros aprobó el martes un presupuesto de Defensa de 33.000 millones de euros para el próximo año, el mayor de la democracia.\n\nEl dinero servirá para comprar aviones de combate, sistemas de defensa aérea y munición, y para incorporar 7.000 soldados más. Las Fuerzas Armadas han estado infrafinanciadas durante décadas, dijo la ministra.\n\n«Tenemos que poder defendernos y defender a nuestros aliados», declaró. La oposición criticó la falta de detalle sobre las compras de material.\n\nEl Congreso votará las cuentas en diciembre.',
      [],
    ],
  ])('a defence budget is no war (%s)', (language, title, body, topics) => {
    expect(topicsOf(title, body, language)).toEqual(topics);
  });

  /** An export licence for fighter jets; past air strikes and a possible war recalled by its critics. */
  it.each([
    [
      'en',
      'Government approves sale of 40 fighter jets to Gulf state',
      'The government has approved the export of 40 fighter jets to Saudi Arabia, ending a two-year freeze on arms sales to the kingdom.\n\nThe deal, worth about 10 billion euros, secures thousands of jobs at the plants that build the aircraft, the economy ministry said.\n\nRights groups criticised the decision, citing the Saudi-led coalition\'s air strikes in Yemen in past years. "These weapons can end up in any war in the region," said a spokeswoman for one group.\n\nThe government said the buyer had given guarantees on the use of the jets. The contract still needs the approval of parliament\'s budget committee.',
      [],
    ],
    [
      'de',
      'Regierung genehmigt Rüstungsexporte an Golfstaat',
      'Die Bundesregierung hat die Ausfuhr von 40 Kampfflugzeugen nach Saudi-Arabien genehmigt und damit einen zweijährigen Stopp für Rüstungsexporte in das Königreich beendet.\n\nDas Geschäft im Wert von rund zehn Milliarden Euro sichere Tausende Arbeitsplätze in den Werken, die die Flugzeuge bauen, teilte das Wirtschaftsministerium mit.\n\nMenschenrechtsgruppen kritisierten die Entscheidung und erinnerten an die Luftangriffe der von Saudi-Arabien geführten Koalition im Jemen. „Diese Waffen können in jedem Krieg der Region landen“, sagte eine Sprecherin.\n\nDie Regierung erklärte, der Käufer habe Zusagen zum Einsatz der Flugzeuge gegeben. Der Haushaltsausschuss muss noch zustimmen.',
      [],
    ],
    [
      'fr',
      'Paris autorise la vente de 40 avions de combat à un pays du Golfe',
      'Le gouvernement a autorisé l’exportation de 40 avions de combat vers l’Arabie saoudite, mettant fin à deux ans de gel des ventes d’armes au royaume.\n\nLe contrat, d’environ dix milliards d’euros, garantit des milliers d’emplois dans les usines qui fabriquent les appareils, selon le ministère de l’Économie.\n\nDes ONG ont critiqué la décision en rappelant les frappes aériennes de la coalition menée par Riyad au Yémen. « Ces armes peuvent finir dans n’importe quelle guerre de la région », a dit une porte-parole.\n\nLe gouvernement assure que l’acheteur a donné des garanties sur l’usage des appareils.',
      [],
    ],
    [
      'es',
      'El Gobierno autoriza la venta de 40 aviones de combate a un país del Golfo',
      'El Gobierno autorizó la exportación de 40 aviones de combate a Arabia Saudí, con lo que pone fin a dos años de congelación de la venta de armas al reino.\n\nEl contrato, de unos 10.000 millones de euros, asegura miles de empleos en las fábricas que construyen los aparatos, según el Ministerio de Industria.\n\nLas ONG criticaron la decisión y recordaron los ataques aéreos de la coalición liderada por Riad en Yemen. «Estas armas pueden acabar en cualquier guerra de la región», dijo una portavoz.\n\nEl Gobierno asegura que el comprador ha dado garantías sobre el uso de los aparatos.',
      [],
    ],
  ])('an arms sale is no war, though its critics recall past air strikes and a possible war (%s)', (language, title, body, topics) => {
    expect(topicsOf(title, body, language)).toEqual(topics);
  });

  /** The title counts the years back; the troops and the war in its body are the past. */
  it.each([
    [
      'en',
      'Bosnia marks 30 years since Srebrenica massacre',
      'Thousands of people gathered in Srebrenica on Friday to mark thirty years since Bosnian Serb forces killed more than 8,000 Muslim men and boys in July 1995.\n\nThe remains of seven victims identified this year were buried at the memorial cemetery. Survivors recalled the days when troops overran the town during the war.\n\n"We will never forget, and we will not let anyone deny what happened," said a woman who lost her husband and two sons.\n\nInternational judges have called the killings genocide. Some Serb politicians still deny it.',
      [],
    ],
    [
      'de',
      'Bosnien erinnert an das Massaker von Srebrenica vor 30 Jahren',
      'Tausende Menschen sind am Freitag in Srebrenica zusammengekommen, um an die Ermordung von mehr als 8000 muslimischen Männern und Jungen im Juli 1995 zu erinnern.\n\nDie Überreste von sieben in diesem Jahr identifizierten Opfern wurden auf dem Friedhof der Gedenkstätte beigesetzt. Überlebende erzählten von den Tagen, als serbische Truppen die Stadt im Krieg überrannten.\n\n„Wir werden nie vergessen, und wir lassen nicht zu, dass jemand leugnet, was geschehen ist“, sagte eine Frau, die ihren Mann und zwei Söhne verloren hat.\n\nInternationale Richter haben die Morde als Völkermord eingestuft. Einige serbische Politiker bestreiten das bis heute.',
      [],
    ],
    [
      'fr',
      'Il y a 30 ans, le massacre de Srebrenica',
      'Des milliers de personnes se sont rassemblées vendredi à Srebrenica pour commémorer le massacre de plus de 8 000 hommes et garçons musulmans en juillet 1995.\n\nLes restes de sept victimes identifiées cette année ont été inhumés au cimetière du mémorial. Des survivants ont raconté les jours où les troupes serbes ont pris la ville pendant la guerre.\n\n« Nous n’oublierons jamais, et nous ne laisserons personne nier ce qui s’est passé », a dit une femme qui a perdu son mari et ses deux fils.\n\nLa justice internationale a qualifié les tueries de génocide. Certains responsables politiques serbes le contestent encore.',
      [],
    ],
    [
      'es',
      'Hace 30 años, la masacre de Srebrenica',
      'Miles de personas se reunieron el viernes en Srebrenica para recordar el asesinato de más de 8.000 hombres y niños musulmanes en julio de 1995.\n\nLos restos de siete víctimas identificadas este año fueron enterrados en el cementerio del memorial. Los supervivientes recordaron los días en que las tropas serbias tomaron la ciudad durante la guerra.\n\n«Nunca olvidaremos, y no dejaremos que nadie niegue lo que pasó», dijo una mujer que perdió a su marido y a sus dos hijos.\n\nLa justicia internacional calificó las matanzas de genocidio. Algunos políticos serbios todavía lo niegan.',
      [],
    ],
  ])('a title counted back thirty years sets the story in the past (%s)', (language, title, body, topics) => {
    expect(topicsOf(title, body, language)).toEqual(topics);
  });

  /** A general tells the forces to get ready for war; ammunition for long battles is what they lack, not a battle fought. */
  it.each([
    [
      'en',
      'Army chief says forces must be ready for war by 2029',
      'The country\'s top general said on Sunday the armed forces must be ready to fight a war with Russia by 2029, warning that Moscow was rebuilding its army faster than expected.\n\n"If Russia attacked a NATO country, we would have to be able to hold the line for weeks," he told a newspaper.\n\nHe called for more soldiers, more artillery and more air defence, and said the troops lacked ammunition for sustained combat.\n\nThe government said it shared the assessment and would present a plan in the spring.',
      [],
    ],
    [
      'de',
      'Generalinspekteur: Armee muss 2029 kriegstüchtig sein',
      'Der ranghöchste Soldat des Landes hat gefordert, die Streitkräfte müssten bis 2029 in der Lage sein, einen Krieg gegen Russland zu führen. Moskau rüste seine Armee schneller auf als erwartet.\n\n„Wenn Russland ein Nato-Land angreifen würde, müssten wir die Linie wochenlang halten können“, sagte er einer Zeitung.\n\nEr forderte mehr Soldaten, mehr Artillerie und mehr Flugabwehr; der Truppe fehle Munition für längere Gefechte.\n\nDie Regierung teilte mit, sie teile die Einschätzung und werde im Frühjahr einen Plan vorlegen.',
      [],
    ],
    [
      'fr',
      'Le chef d’état-major appelle l’armée à être prête à la guerre d’ici 2029',
      'Le plus haut gradé du pays a estimé dimanche que les forces armées devaient être capables de mener une guerre contre la Russie d’ici 2029, Moscou reconstituant son armée plus vite que prévu.\n\n« Si la Russie attaquait un pays de l’Otan, nous devrions tenir la ligne pendant des semaines », a-t-il déclaré à un journal.\n\nIl a réclamé plus de soldats, plus d’artillerie et plus de défense aérienne, et estimé que les troupes manquaient de munitions pour des combats prolongés.\n\nLe gouvernement a dit partager ce constat et présentera un plan au printemps.',
      [],
    ],
    [
      'es',
      'El jefe del Estado Mayor pide que el Ejército esté listo para una guerra en 2029',
      'El militar de mayor rango del país afirmó el domingo que las Fuerzas Armadas deben ser capaces de librar una guerra contra Rusia en 2029, porque Moscú rearma su ejército más rápido de lo previsto.\n\n«Si Rusia atacara a un país de la OTAN, tendríamos que aguantar la línea durante semanas», dijo a un periódico.\n\nPidió más soldados, más artillería y más defensa aérea, y advirtió de que las tropas carecen de munición para combates prolongados.\n\nEl Gobierno dijo compartir el diagnóstico y presentará un plan en primavera.',
      [],
    ],
  ])('one battle word in a call to get ready for war is no war (%s)', (language, title, body, topics) => {
    expect(topicsOf(title, body, language)).toEqual(topics);
  });
});
