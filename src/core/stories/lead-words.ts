import { GEOGRAPHIC_FEATURES } from '../entities/index.js';

/**
 * Words of the lead that say what a report is about rather than where or with
 * whom its event happens. Data, not rules: add a language's words here.
 */

/**
 * Nouns before "in"/"en"/"im" that name a subject, not the venue: "the
 * situation in Syria", "la guerre en Ukraine", "die Lage im Gazastreifen".
 * A place after them is what the talks were about; the dateline and "in
 * Ankara" say where they were held.
 */
export const SUBJECT_NOUNS: ReadonlySet<string> = new Set([
  // en
  'situation',
  'war',
  'conflict',
  'crisis',
  'fighting',
  'violence',
  'tensions',
  'peace',
  'ceasefire',
  'developments',
  'security',
  // de
  'lage',
  'krieg',
  'konflikt',
  'krise',
  'kämpfe',
  'kaempfe',
  'gewalt',
  'spannungen',
  'frieden',
  'waffenruhe',
  'entwicklung',
  'sicherheit',
  // fr
  'guerre',
  'conflit',
  'crise',
  'combats',
  'violences',
  'paix',
  'sécurité',
  // es
  'situación',
  'guerra',
  'conflicto',
  'crisis',
  'combates',
  'violencia',
  'tensiones',
  'paz',
  'seguridad',
]);

/**
 * Last words of geographic names that are no person, however capitalised
 * the run before them, and no place where an event happens either (a sea, a
 * port, a reef): "the Black Sea", "la mer Caspienne" is caught by its first
 * word, "the Persian Gulf", "der Schwarze Meer".
 */
export const GEOGRAPHIC_WORDS: ReadonlySet<string> = new Set([
  ...GEOGRAPHIC_FEATURES,
  'desert',
  'ozean',
  'golf',
  // Landmarks of a coast: "Scarborough Shoal", "Port of Antwerp", "Hafen Hamburg"
  'shoal',
  'reef',
  'port',
  'harbour',
  'harbor',
  'riff',
  'hafen',
  'récif',
  'haut-fond',
  'arrecife',
  'puerto',
]);

/** Verbs of travelling on, shared by ITINERARY_WORDS and TOUR_WORDS. */
const TRAVEL_VERBS_EN = ['travels', 'travel', 'travelling', 'traveling', 'travelled', 'traveled', 'heads', 'heading', 'departs', 'flies'];
const TRAVEL_VERBS_DE = ['reist', 'reiste', 'weiterreise', 'weiterreisen', 'weiterreist', 'fliegt'];

/**
 * Words that open the part of a lead about a traveller's other stops: "After
 * Vienna, Lula travels on to Prague", "Anschließend reist er nach Prag",
 * "avant de se rendre à Prague", "tras su paso por Viena". From such a word to
 * the end of its clause, a place is another stop's and a weekday another
 * day's, unless the place is the first the article names (its dateline, its
 * title's, its lead's first): "Lula flew to Prague", where Prague is the event.
 * Verbs of going on, coming back and leaving; words of sequence. Data, not rules.
 */
export const ITINERARY_WORDS: ReadonlySet<string> = new Set([
  // en
  'after',
  'before',
  'then',
  ...TRAVEL_VERBS_EN,
  'onward',
  'onwards',
  'returns',
  'return',
  'next',
  'previous',
  'previously',
  'earlier',
  'leg',
  // de
  'bevor',
  'nachdem',
  ...TRAVEL_VERBS_DE,
  'anschließend',
  'zuvor',
  'vorher',
  'davor',
  'danach',
  'vortag',
  'kehrt',
  // fr
  'après',
  'avant',
  'rendra',
  'rendre',
  'poursuivra',
  'poursuivre',
  'ensuite',
  'puis',
  'auparavant',
  'précédente',
  'prochaine',
  'étape',
  'veille',
  'lendemain',
  'retour',
  'provenance',
  'quittera',
  'rentrera',
  // es
  'tras',
  'antes',
  'después',
  'luego',
  'viajará',
  'viajar',
  'continuará',
  'previa',
  'próxima',
  'etapa',
  'escala',
  'procedente',
  'víspera',
  'regresará',
  'regreso',
]);

/**
 * German nouns of a tour's stages ("nächste Station", "die Etappe in Prag"), itinerary words only as German writes
 * them, capitalised: a lower-case "station" is a railway station, the scene of an event ("stabbing at the station").
 */
export const ITINERARY_NOUNS_DE: ReadonlySet<string> = new Set(['rückkehr', 'etappe', 'station']);

/**
 * Words of travelling on, arriving from another stop and of a tour's stages, read in the sentences of the opening (see
 * tour-stops.ts): there a known city in the sentence is another stop, not the event's place. Narrower than
 * ITINERARY_WORDS ("after", "next" date anything in a body); not used in the lead itself, where "arrived in
 * Warsaw" places the event. Data, not rules.
 */
export const TOUR_WORDS: ReadonlySet<string> = new Set([
  // en
  'tour',
  ...TRAVEL_VERBS_EN,
  'flew',
  'onward',
  'onwards',
  'arrived',
  'arriving',
  'stopover',
  'leg',
  // de
  'reise',
  'rundreise',
  ...TRAVEL_VERBS_DE,
  'flog',
  'etappe',
  'kommend',
  'angereist',
  'weiterflug',
  // fr
  'tournée',
  'étape',
  'escale',
  'venue',
  'venu',
  'arrivée',
  'arrivé',
  'provenance',
  'quittera',
  'envoler',
  'rendra',
  // es
  'gira',
  'etapa',
  'escala',
  'viajará',
  'viajó',
  'llegada',
  'llegó',
  'venía',
  'procedente',
]);

/**
 * Words of meeting someone: the person named a few words after one is who the event is with, a visit's partner
 * ("after talks with …", "met …", "traf …", "mit seinem Amtskollegen …", "son homologue …", "se reunió con …").
 * Data, not rules.
 */
export const PARTNER_WORDS: ReadonlySet<string> = new Set([
  // en
  'counterpart',
  'counterparts',
  'met',
  'meeting',
  'talks',
  'hosted',
  // de
  'amtskollege',
  'amtskollegin',
  'amtskollegen',
  'treffen',
  'traf',
  'empfing',
  'gespräch',
  'gesprächen',
  // fr
  'homologue',
  'homologues',
  'rencontré',
  'rencontre',
  'entretien',
  'reçu',
  'côtés',
  // es
  'homólogo',
  'homóloga',
  'homólogos',
  'reunió',
  'reunión',
  'recibió',
  'junto',
]);

/**
 * Words that open a relative clause after a comma: "Lula, who held talks in
 * Vienna on Monday, met …", "Lula, der am Montag in Wien war, …", "…, qui
 * était lundi à Vienne, …", "…, que el lunes estuvo en Viena, …". The clause
 * is background to the main one: its places and weekdays are not the event's
 * (as for ITINERARY_WORDS, a place that is the first the article names stays).
 */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set([
  // en
  'who',
  'which',
  'whose',
  // de
  'der',
  'die',
  'das',
  'dem',
  'den',
  'deren',
  'dessen',
  'welcher',
  'welche',
  // fr
  'qui',
  'dont',
  'lequel',
  'laquelle',
  // es
  'quien',
  'quienes',
  'que',
  'cual',
]);

/** Prepositions of origin: the name right after them is where a traveller came from ("arrived from Vienna", "llegó desde Viena"), not the event's place. */
export const ORIGIN_WORDS: ReadonlySet<string> = new Set(['from', 'aus', 'depuis', 'desde']);

/**
 * Prepositions of sequence that are also prepositions of place: German "nach" is "after" before a noun ("nach
 * Gesprächen in Wien") and "to" before a place ("nach Prag"). Before a noun, like a word of origin before one, they
 * open a phrase about what came before (see lead.ts).
 */
export const SEQUENCE_PREPOSITIONS: ReadonlySet<string> = new Set(['nach']);

/**
 * Words of "since" before a weekday ("since Thursday", "seit Donnerstag", "depuis jeudi", "desde el jueves"): an
 * event still going on, which a report of the next days dates by its own day ("said on Friday").
 */
export const ONGOING_WORDS: ReadonlySet<string> = new Set(['since', 'seit', 'depuis', 'desde']);

/** Words of origin that before a noun mean "since" ("depuis lundi", "desde hace meses"): no phrase about a previous stop. */
export const SINCE_WORDS: ReadonlySet<string> = new Set(['depuis', 'desde']);

/**
 * Verbs of visiting, every form a lead writes them in: the name right after one is the place the event is in, as after
 * "in" ("visited Abu Dhabi", "besuchte Riad", "visitait Doha", "visitó Rabat").
 */
export const VISIT_VERBS: ReadonlySet<string> = new Set([
  // en
  'visit',
  'visits',
  'visited',
  'visiting',
  // de
  'besuche',
  'besuchen',
  'besucht',
  'besuchte',
  'besuchten',
  'besuchtest',
  // fr
  'visite',
  'visites',
  'visitent',
  'visité',
  'visitée',
  'visiter',
  'visitera',
  'visitait',
  'visitaient',
  'visita',
  // es
  'visito',
  'visitó',
  'visitas',
  'visitan',
  'visitaba',
  'visitado',
  'visitar',
  'visitará',
  'visitando',
]);
