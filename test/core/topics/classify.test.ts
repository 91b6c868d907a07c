import { describe, expect, it } from 'vitest';
import { buildTaxonomy, classifyTopics, defaultTaxonomy, topicLabel } from '../../../src/core/index.js';
import { parseTerm } from '../../../src/core/topics/index.js';
import { seedArticle } from '../seed.js';

const taxonomy = defaultTaxonomy();
const topicsOf = (title: string, body: string, language: string): string[] => classifyTopics({ title, body, language }, taxonomy).map((topic) => topic.id);

describe('default taxonomy', () => {
  it('has exactly the nine default topics, each with labels in four languages and an IPTC code', () => {
    expect(taxonomy.topics.map((topic) => topic.id)).toEqual([
      'summits',
      'arms-control',
      'sanctions',
      'elections',
      'terrorism',
      'armed-conflict',
      'diplomacy',
      'trade',
      'cyber',
    ]);
    for (const topic of taxonomy.topics) {
      expect(topic.iptc).toMatch(/^medtop:\d{8}$/);
      expect(Object.keys(topic.labels).sort()).toEqual(['de', 'en', 'es', 'fr']);
      expect(Object.keys(topic.terms).sort()).toEqual(['de', 'en', 'es', 'fr']);
      expect(topic.description.length).toBeGreaterThan(10);
    }
  });
});

describe('classifyTopics', () => {
  it('tags the seed story with summits and arms-control and explains both', () => {
    const topics = classifyTopics({ title: 'Putin und Macron wollen Gipfeltreffen', body: seedArticle(), language: 'de' }, taxonomy);
    const summits = topics.find((topic) => topic.id === 'summits');
    const arms = topics.find((topic) => topic.id === 'arms-control');
    expect(summits?.evidence).toContain('Gipfeltreffen');
    expect(arms?.evidence).toEqual(expect.arrayContaining(['Wettrüsten', 'Rüstungswettlauf']));
    expect(topics.map((topic) => topic.id)).not.toContain('terrorism');
  });

  it('matches German compounds by their parts', () => {
    const topics = classifyTopics(
      { title: 'Neue Abrüstungsgespräche', body: 'Das Atomwaffenprogramm des Landes und die Abrüstungsgespräche mit den USA stocken.', language: 'de' },
      taxonomy,
    );
    const arms = topics.find((topic) => topic.id === 'arms-control');
    expect(arms?.evidence).toEqual(expect.arrayContaining(['Atomwaffenprogramm', 'Abrüstungsgespräche']));
  });

  it('weighs a title mention more than a body mention', () => {
    const inTitle = classifyTopics({ title: 'Tariffs on steel', body: 'The government announced new tariffs on Monday.', language: 'en' }, taxonomy);
    const inBody = classifyTopics(
      { title: 'Monday news', body: 'The government announced new tariffs on steel. Tariffs rise again.', language: 'en' },
      taxonomy,
    );
    expect(inTitle.find((topic) => topic.id === 'trade')!.score).toBeGreaterThan(inBody.find((topic) => topic.id === 'trade')!.score);
  });

  it.each([
    [
      'summits',
      'en',
      'G7 leaders open summit',
      'Leaders of the G7 opened their summit in Italy on Thursday, with the president and the chancellor arriving first.',
    ],
    ['arms-control', 'fr', 'Course aux armements', 'Le traité New Start expire et les experts redoutent une nouvelle course aux armements nucléaires.'],
    ['sanctions', 'es', 'Nuevas sanciones contra Irán', 'La UE aprobó nuevas sanciones contra Irán por su apoyo militar a Rusia.'],
    [
      'elections',
      'de',
      'Parlamentswahl in Ungarn',
      'Bei der Parlamentswahl in Ungarn lag die Wahlbeteiligung bei 70 Prozent. Wahlbeobachter der OSZE waren im Land.',
    ],
    [
      'terrorism',
      'en',
      'Suicide bombing in Kabul',
      'A suicide bomber killed 20 people in Kabul. Islamic State claimed responsibility for the terrorist attack.',
    ],
    ['armed-conflict', 'es', 'Combates en el frente', 'Las tropas rusas lanzaron una ofensiva y hubo intensos combates en la línea del frente.'],
    [
      'diplomacy',
      'de',
      'Botschafter einbestellt',
      'Das Auswärtige Amt hat den iranischen Botschafter einbestellt. Die diplomatischen Beziehungen sind angespannt.',
    ],
    ['trade', 'fr', 'Droits de douane', 'Washington impose des droits de douane de 25 % et menace d’une guerre commerciale avec l’Union européenne.'],
    ['cyber', 'de', 'Hackerangriff auf Ministerium', 'Hacker haben das Netz des Ministeriums mit Schadsoftware angegriffen. Der Cyberangriff dauerte Tage.'],
  ])('finds %s in %s', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).toContain(topic);
  });

  it.each([
    ['summits', 'en', 'Climbers reach the summit', 'The climbers reached the summit of Everest at dawn. The summit push started from base camp at midnight.'],
    ['summits', 'de', 'Das ist der Gipfel der Frechheit', 'Die Preiserhöhung ist der Gipfel der Frechheit, schimpfte die Opposition im Landtag.'],
    ['summits', 'de', 'Bergsteiger am Gipfel', 'Die Bergsteiger erreichten den Gipfel der Zugspitze nach sechs Stunden. Am Gipfel war es windig.'],
    ['arms-control', 'en', 'Gymnast breaks both arms', 'The gymnast broke both arms in a fall and held her arms out to catch herself.'],
    ['elections', 'en', 'Board election at carmaker', 'Shareholders at the annual general meeting held an election for the board of directors of the company.'],
    ['elections', 'de', 'Aktionäre wählen Aufsichtsrat', 'Auf der Hauptversammlung stand die Wahl des Aufsichtsrats an. Die Aktionäre stimmten zu.'],
    ['sanctions', 'en', 'UEFA sanctions club', 'UEFA imposed sanctions on the club after fans threw flares. The sanctions include a stadium ban.'],
    ['sanctions', 'de', 'Sanktionen gegen Verein', 'Das Sportgericht verhängte Sanktionen gegen den Verein, weil Fans im Stadion Pyrotechnik zündeten.'],
    ['armed-conflict', 'en', 'Rappers call a truce', 'The two rappers announced a truce in their feud on Instagram. Fans welcomed the ceasefire.'],
    ['armed-conflict', 'de', 'Waffenstillstand unter Influencern', 'Die beiden Influencer verkündeten auf TikTok einen Waffenstillstand in ihrer Fehde.'],
  ])('does not tag %s in the trap "%s" (%s)', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain(topic);
  });
});

describe('classifyTopics: implied mentions and the traps around them', () => {
  it.each([
    ['summits', 'en', 'Biden and Xi to meet in San Francisco next week', 'The White House confirmed the plan on Friday.'],
    [
      'summits',
      'es',
      'Sánchez viaja a México',
      'La presidenta de México, Claudia Sheinbaum, y el primer ministro de Canadá, Justin Trudeau, se reunirán el próximo mes en Ottawa.',
    ],
    [
      'summits',
      'de',
      'Scholz in Paris',
      'Der Kanzler besuchte das Élysée. Es ging um Rüstungsprojekte und Zölle.\n\nBei ihrem Gipfeltreffen in Meseberg hatten Kanzler und Präsident regelmäßige Treffen vereinbart.',
    ],
    ['arms-control', 'en', 'Moscow withdraws from CTBT ratification', 'Russia said it would keep observing the moratorium.'],
    [
      'arms-control',
      'fr',
      'Téhéran durcit le ton',
      'Les pourparlers sur le nucléaire sont au point mort, et le pays reste signataire du TNP, a rappelé le ministre.',
    ],
    [
      'arms-control',
      'es',
      'Pionyang lanza un misil',
      'Corea del Norte lanzó un misil balístico intercontinental. Los expertos temen un nuevo ensayo nuclear en las próximas semanas.',
    ],
  ])('finds %s implied in %s: "%s"', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).toContain(topic);
  });

  it.each([
    [
      'elections',
      'de',
      'FC Bayern: Präsident wiedergewählt',
      'Die Mitglieder bestätigten ihn auf der Jahreshauptversammlung mit 97 Prozent der Stimmen im Amt.',
    ],
    ['elections', 'en', 'Premier League clubs vote to scrap spending rules', 'Fourteen of the 20 clubs voted in favour at a shareholders meeting.'],
    [
      'armed-conflict',
      'en',
      'NATO launches its largest exercise in decades',
      'About 90,000 troops take part in drills that test how fast soldiers and tanks can reach the eastern flank.',
    ],
    [
      'armed-conflict',
      'de',
      'Bundeswehr verlegt Soldaten nach Litauen',
      'Die Stationierung der Brigade beginnt mit einem Vorkommando von 20 Soldaten, bis 2027 folgen 4800 Soldaten.',
    ],
    ['armed-conflict', 'fr', 'Un musée de la bataille rouvre', 'Le musée raconte les combats de 1944 et la destruction des villages par les bombardements.'],
    ['armed-conflict', 'en', 'EU and U.S. call truce in steel tariff dispute', 'Both sides suspend the levies for two years, ending the dispute.'],
    ['armed-conflict', 'en', 'War over Taiwan would cost $10 trillion, study warns', 'The study models a scenario in which a war disrupts chip production.'],
  ])('keeps %s out of the trap "%s" (%s)', (topic, language, title, body) => {
    expect(topicsOf(title, body, language)).not.toContain(topic);
  });

  it('counts a truce as armed conflict when the fighting is in the sentence', () => {
    expect(topicsOf('Truce in Gaza holds', 'The truce between Israel and Hamas held overnight as troops stayed in their positions.', 'en')).toContain(
      'armed-conflict',
    );
  });

  it('counts a term inside a longer one as no mention of its own ("terrorism" in "counter-terrorism")', () => {
    const call = 'The two presidents agreed on the phone to work together on counter-terrorism, the Kremlin said.';
    expect(topicsOf('Putin and Trump discuss a summit', call, 'en')).not.toContain('terrorism');
    expect(topicsOf('Putin and Trump discuss a summit', 'The terrorism threat grew, the Kremlin said, after a terror attack in Moscow.', 'en')).toContain(
      'terrorism',
    );
  });

  it('keeps the lead to the first sentences when a feed flattens the body into one paragraph', () => {
    const flattened =
      'MOSCOW — The Kremlin said the presidents paid special attention to the question of possibly holding a summit during what it described as a constructive call. ' +
      'The statement said they also discussed limiting an arms race and the conflicts in Ukraine and Syria, and that relations were at their lowest point in decades. ' +
      'Both men agreed to meet again soon. They also named joint efforts against terrorism among the subjects.';
    expect(topicsOf('Putin and Trump discuss a summit', flattened, 'en')).not.toContain('terrorism');
    expect(topicsOf('Putin and Trump discuss a summit', flattened.replace('MOSCOW — ', 'MOSCOW — Terrorism was the first subject. '), 'en')).toContain(
      'terrorism',
    );
  });

  it('parses "+" and "++" terms: one or two of the topic’s own context words needed', () => {
    expect(parseTerm('+truce:3')).toEqual({ text: 'truce', weight: 3, needsContext: true, ownContext: 1, setting: false, needsCue: false });
    expect(parseTerm('++meet:3')).toEqual({ text: 'meet', weight: 3, needsContext: true, ownContext: 2, setting: false, needsCue: false });
    expect(parseTerm('~Gipfel')).toEqual({ text: 'Gipfel', weight: 1, needsContext: true, ownContext: 0, setting: false, needsCue: false });
  });

  it('parses "^" terms: the term names the topic’s setting', () => {
    expect(parseTerm('^+truce:3')).toEqual({ text: 'truce', weight: 3, needsContext: true, ownContext: 1, setting: true, needsCue: false });
    expect(parseTerm('^~war:2')).toEqual({ text: 'war', weight: 2, needsContext: true, ownContext: 0, setting: true, needsCue: false });
    expect(parseTerm('^invasion:3')).toEqual({ text: 'invasion', weight: 3, needsContext: false, ownContext: 0, setting: true, needsCue: false });
  });

  it('parses "!" terms: a cue word of the topic needed in the sentence', () => {
    expect(parseTerm('!missiles:3')).toEqual({ text: 'missiles', weight: 3, needsContext: false, ownContext: 0, setting: false, needsCue: true });
    expect(parseTerm('^!rockets')).toEqual({ text: 'rockets', weight: 1, needsContext: false, ownContext: 0, setting: true, needsCue: true });
  });
});

describe('buildTaxonomy', () => {
  it('adds custom topics with weighted terms and removes disabled defaults', () => {
    const custom = buildTaxonomy({
      custom: [{ id: 'space', label: 'Space', terms: { en: ['rocket launch:2', 'satellite'], de: ['Raumfahrt:2'] }, threshold: 2 }],
      disabled: ['trade'],
    });
    expect(custom.topics.map((topic) => topic.id)).not.toContain('trade');
    expect(custom.topics.find((topic) => topic.id === 'space')?.terms.en).toEqual([
      { text: 'rocket launch', weight: 2, needsContext: false, ownContext: 0, setting: false, needsCue: false },
      { text: 'satellite', weight: 1, needsContext: false, ownContext: 0, setting: false, needsCue: false },
    ]);
    const found = classifyTopics({ title: 'News', body: 'A rocket launch put a satellite in orbit. Tariffs were also raised.', language: 'en' }, custom);
    expect(found.map((topic) => topic.id)).toEqual(['space']);
  });

  it('labels topics in the asked language, falling back to English and then the id', () => {
    expect(topicLabel(taxonomy, 'arms-control', 'de')).toBe('Rüstungskontrolle');
    expect(topicLabel(taxonomy, 'arms-control', 'it')).toBe('Arms control');
    expect(topicLabel(taxonomy, 'unknown-topic', 'en')).toBe('unknown-topic');
  });
});
