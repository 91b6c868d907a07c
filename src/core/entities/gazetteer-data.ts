import type { GazetteerEntry } from './gazetteer-entry.js';
import { CITIES } from './gazetteer-cities.js';
import { COUNTRIES } from './gazetteer-places.js';

export type { GazetteerEntry } from './gazetteer-entry.js';

/**
 * Common news names and their spellings across de/en/fr/es. Keys are
 * language-neutral so the same story in two languages shares entities.
 * Institutions, organisations and people here; countries and cities in their own files.
 */
const NAMES: GazetteerEntry[] = [
  // Institutions that issue statements
  {
    key: 'kremlin',
    kind: 'institution',
    variants: [
      'Kreml',
      'Kremls',
      'Kremlin',
      'Kremlins',
      'Kremlin’s',
      'présidence russe',
      'Russian presidency',
      'russische Präsidialamt',
      'russischen Präsidialamts',
      'presidencia rusa',
    ],
    display: { de: 'Kreml', en: 'Kremlin', fr: 'Kremlin', es: 'Kremlin' },
  },
  {
    key: 'white-house',
    kind: 'institution',
    variants: ['White House', 'Weißes Haus', 'Weiße Haus', 'Weißen Haus', 'Weißen Hauses', 'Maison Blanche', 'Casa Blanca'],
    display: { de: 'Weißes Haus', en: 'White House', fr: 'Maison Blanche', es: 'Casa Blanca' },
  },
  {
    key: 'pentagon',
    kind: 'institution',
    variants: ['Pentagon', 'Pentagons', 'Pentágono'],
    display: { de: 'Pentagon', en: 'Pentagon', fr: 'Pentagone', es: 'Pentágono' },
  },
  { key: 'pentagon', kind: 'institution', variants: ['Pentagone'] },
  {
    key: 'state-department',
    kind: 'institution',
    variants: ['State Department', 'US-Außenministerium', 'Département d’État', 'Departamento de Estado'],
    display: { de: 'US-Außenministerium', en: 'State Department', fr: 'Département d’État', es: 'Departamento de Estado' },
  },
  {
    key: 'general-staff',
    kind: 'institution',
    variants: ['état-major', 'Etat-major', 'Estado Mayor', 'Generalstab', 'General Staff'],
    display: { de: 'Generalstab', en: 'General Staff', fr: 'état-major', es: 'Estado Mayor' },
  },
  {
    key: 'us-treasury',
    kind: 'institution',
    variants: [
      'Treasury Department',
      'US Treasury',
      'U.S. Treasury',
      'US-Finanzministerium',
      'Trésor américain',
      'Departamento del Tesoro',
      'Tesoro estadounidense',
    ],
    display: { de: 'US-Finanzministerium', en: 'Treasury Department', fr: 'Trésor américain', es: 'Departamento del Tesoro' },
  },
  {
    key: 'german-federal-prosecutor',
    kind: 'institution',
    variants: ['Bundesanwaltschaft', 'Generalbundesanwalt', 'German federal prosecutors', 'parquet fédéral allemand', 'Fiscalía federal alemana'],
    display: { de: 'Bundesanwaltschaft', en: 'German federal prosecutors', fr: 'parquet fédéral allemand', es: 'Fiscalía federal alemana' },
  },
  {
    key: 'eu-council',
    kind: 'institution',
    variants: ['Rat der EU', 'EU-Rat', 'Council of the EU', 'Conseil de l’UE', "Conseil de l'UE", 'Consejo de la UE'],
    display: { de: 'Rat der EU', en: 'Council of the EU', fr: 'Conseil de l’UE', es: 'Consejo de la UE' },
  },
  {
    key: 'german-government',
    kind: 'institution',
    variants: ['Bundesregierung', 'Kanzleramt', 'Chancellery', 'German government', 'gouvernement allemand', 'Gobierno alemán'],
    display: { de: 'Bundesregierung', en: 'German government', fr: 'gouvernement allemand', es: 'Gobierno alemán' },
  },
  {
    key: 'german-foreign-office',
    kind: 'institution',
    variants: ['Auswärtige Amt', 'Auswärtiges Amt', 'Auswärtigen Amt', 'Auswärtigen Amts', 'German Foreign Office'],
    display: { de: 'Auswärtiges Amt', en: 'German Foreign Office', fr: 'ministère allemand des Affaires étrangères', es: 'Ministerio de Exteriores alemán' },
  },
  {
    key: 'elysee',
    kind: 'institution',
    variants: ['Élysée', 'Elysée', 'Elysee', 'Élysée-Palast', 'Elysee-Palast', 'Elíseo', 'présidence française', 'French presidency', 'presidencia francesa'],
    display: { de: 'Élysée-Palast', en: 'Élysée', fr: 'Élysée', es: 'Elíseo' },
  },
  {
    key: 'quai-d-orsay',
    kind: 'institution',
    variants: ['Quai d’Orsay', "Quai d'Orsay"],
    display: { de: 'französisches Außenministerium', en: 'French Foreign Ministry', fr: 'Quai d’Orsay', es: 'Ministerio de Exteriores francés' },
  },
  {
    key: 'downing-street',
    kind: 'institution',
    variants: ['Downing Street'],
    display: { de: 'Downing Street', en: 'Downing Street', fr: 'Downing Street', es: 'Downing Street' },
  },
  {
    key: 'moncloa',
    kind: 'institution',
    variants: ['Moncloa', 'La Moncloa'],
    display: { de: 'spanische Regierung', en: 'Spanish government', fr: 'gouvernement espagnol', es: 'La Moncloa' },
  },
  {
    key: 'eu-commission',
    kind: 'institution',
    variants: ['EU-Kommission', 'European Commission', 'Commission européenne', 'Comisión Europea', 'Europäische Kommission', 'Europäischen Kommission'],
    display: { de: 'EU-Kommission', en: 'European Commission', fr: 'Commission européenne', es: 'Comisión Europea' },
  },
  {
    key: 'chinese-government',
    kind: 'institution',
    variants: ['chinesische Regierung', 'chinesischen Regierung', 'Chinese government', 'gouvernement chinois', 'Gobierno chino'],
    display: { de: 'chinesische Regierung', en: 'Chinese government', fr: 'gouvernement chinois', es: 'Gobierno chino' },
  },
  {
    key: 'ukrainian-government',
    kind: 'institution',
    variants: ['ukrainische Regierung', 'ukrainischen Regierung', 'Ukrainian government', 'gouvernement ukrainien', 'Gobierno ucraniano'],
    display: { de: 'ukrainische Regierung', en: 'Ukrainian government', fr: 'gouvernement ukrainien', es: 'Gobierno ucraniano' },
  },
  {
    key: 'russian-government',
    kind: 'institution',
    variants: ['russische Regierung', 'russischen Regierung', 'Russian government', 'gouvernement russe', 'Gobierno ruso'],
    display: { de: 'russische Regierung', en: 'Russian government', fr: 'gouvernement russe', es: 'Gobierno ruso' },
  },
  {
    key: 'iranian-government',
    kind: 'institution',
    variants: ['iranische Regierung', 'iranischen Regierung', 'Iranian government', 'gouvernement iranien', 'Gobierno iraní'],
    display: { de: 'iranische Regierung', en: 'Iranian government', fr: 'gouvernement iranien', es: 'Gobierno iraní' },
  },
  // Organisations
  { key: 'nato', kind: 'organisation', variants: ['NATO', 'Nato', 'OTAN', 'Otan'] },
  { key: 'eu', kind: 'organisation', variants: ['EU', 'European Union', 'Europäische Union', 'Europäischen Union', 'Union européenne', 'UE', 'Unión Europea'] },
  {
    key: 'un',
    kind: 'organisation',
    variants: ['UN', 'UNO', 'United Nations', 'Vereinte Nationen', 'Vereinten Nationen', 'ONU', 'Nations unies', 'Naciones Unidas'],
  },
  {
    key: 'osce',
    kind: 'organisation',
    variants: ['OSZE', 'OSCE', 'Organisation für Sicherheit und Zusammenarbeit in Europa', 'Organization for Security and Co-operation in Europe'],
  },
  { key: 'iaea', kind: 'organisation', variants: ['IAEA', 'IAEO', 'AIEA', 'OIEA', 'Internationale Atomenergiebehörde', 'International Atomic Energy Agency'] },
  { key: 'g7', kind: 'organisation', variants: ['G7', 'G-7'] },
  { key: 'g20', kind: 'organisation', variants: ['G20', 'G-20'] },
  { key: 'wto', kind: 'organisation', variants: ['WTO', 'OMC', 'Welthandelsorganisation', 'World Trade Organization'] },
  // People
  {
    key: 'putin',
    kind: 'person',
    variants: ['Putin', 'Putins', 'Wladimir Putin', 'Vladimir Putin', 'Poutine', 'Vladimir Poutine', 'Vladímir Putin'],
    person: { role: 'leader', country: 'ru', gender: 'm' },
  },
  { key: 'trump', kind: 'person', variants: ['Trump', 'Trumps', 'Donald Trump', 'Donald J. Trump'], person: { role: 'leader', country: 'us', gender: 'm' } },
  { key: 'biden', kind: 'person', variants: ['Biden', 'Bidens', 'Joe Biden'], person: { role: 'leader', country: 'us', gender: 'm' } },
  { key: 'obama', kind: 'person', variants: ['Obama', 'Barack Obama'], person: { role: 'leader', country: 'us', gender: 'm' } },
  {
    key: 'peskov',
    kind: 'person',
    variants: ['Peskow', 'Peskov', 'Dmitri Peskow', 'Dmitry Peskov', 'Dmitri Peskov', 'Dmitri Peskovs', "Dmitri Peskow's"],
    person: { role: 'spokes', country: 'ru', gender: 'm' },
  },
  {
    key: 'lavrov',
    kind: 'person',
    variants: ['Lawrow', 'Lavrov', 'Sergej Lawrow', 'Sergei Lavrov', 'Sergueï Lavrov', 'Serguéi Lavrov'],
    person: { role: 'foreign', country: 'ru', gender: 'm' },
  },
  {
    key: 'zelensky',
    kind: 'person',
    variants: [
      'Selenskyj',
      'Selenskyjs',
      'Zelensky',
      'Zelenskyy',
      'Zelenski',
      'Zelensky’s',
      'Wolodymyr Selenskyj',
      'Volodymyr Zelensky',
      'Volodymyr Zelenskyy',
      'Volodímir Zelenski',
    ],
    person: { role: 'leader', country: 'ua', gender: 'm' },
  },
  { key: 'macron', kind: 'person', variants: ['Macron', 'Macrons', 'Emmanuel Macron'], person: { role: 'leader', country: 'fr', gender: 'm' } },
  { key: 'scholz', kind: 'person', variants: ['Scholz', 'Olaf Scholz'], person: { role: 'leader', country: 'de', gender: 'm' } },
  { key: 'merz', kind: 'person', variants: ['Merz', 'Friedrich Merz'], person: { role: 'leader', country: 'de', gender: 'm' } },
  { key: 'merkel', kind: 'person', variants: ['Merkel', 'Merkels', 'Angela Merkel'], person: { role: 'leader', country: 'de', gender: 'f' } },
  {
    key: 'sanchez',
    kind: 'person',
    variants: ['Sánchez', 'Sanchez', 'Pedro Sánchez', 'Pedro Sanchez'],
    person: { role: 'leader', country: 'es', gender: 'm' },
  },
  { key: 'xi', kind: 'person', variants: ['Xi', 'Xi Jinping', 'Xi Jinpings'], person: { role: 'leader', country: 'cn', gender: 'm' } },
  {
    key: 'erdogan',
    kind: 'person',
    variants: ['Erdogan', 'Erdoğan', 'Erdogans', 'Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan'],
    person: { role: 'leader', country: 'tr', gender: 'm' },
  },
  {
    key: 'netanyahu',
    kind: 'person',
    variants: ['Netanjahu', 'Netanyahu', 'Nétanyahou', 'Netanyahou', 'Benjamin Netanjahu', 'Benjamin Netanyahu'],
    person: { role: 'leader', country: 'il', gender: 'm' },
  },
  { key: 'guterres', kind: 'person', variants: ['Guterres', 'António Guterres', 'Antonio Guterres'], person: { role: 'head', country: 'pt', gender: 'm' } },
  { key: 'stoltenberg', kind: 'person', variants: ['Stoltenberg', 'Jens Stoltenberg'], person: { role: 'head', country: 'no', gender: 'm' } },
  { key: 'rutte', kind: 'person', variants: ['Rutte', 'Mark Rutte'], person: { role: 'head', country: 'nl', gender: 'm' } },
  {
    key: 'von-der-leyen',
    kind: 'person',
    variants: ['von der Leyen', 'Ursula von der Leyen', 'Von der Leyen'],
    person: { role: 'head', country: 'de', gender: 'f' },
  },
  {
    key: 'kim-jong-un',
    kind: 'person',
    variants: ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un', 'Kim'],
    person: { role: 'leader', country: 'kp', gender: 'm' },
  },
  { key: 'khamenei', kind: 'person', variants: ['Chamenei', 'Khamenei', 'Khamenei’s', 'Jamenei'], person: { role: 'leader', country: 'ir', gender: 'm' } },
  { key: 'starmer', kind: 'person', variants: ['Starmer', 'Keir Starmer'], person: { role: 'leader', country: 'gb', gender: 'm' } },
  { key: 'meloni', kind: 'person', variants: ['Meloni', 'Giorgia Meloni'], person: { role: 'leader', country: 'it', gender: 'f' } },
  { key: 'modi', kind: 'person', variants: ['Modi', 'Narendra Modi'], person: { role: 'leader', country: 'in', gender: 'm' } },
  { key: 'blinken', kind: 'person', variants: ['Blinken', 'Antony Blinken'], person: { role: 'foreign', country: 'us', gender: 'm' } },
  { key: 'rubio', kind: 'person', variants: ['Rubio', 'Marco Rubio'], person: { role: 'foreign', country: 'us', gender: 'm' } },
  { key: 'orban', kind: 'person', variants: ['Orbán', 'Orban', 'Viktor Orbán', 'Viktor Orban'], person: { role: 'leader', country: 'hu', gender: 'm' } },
];

export const GAZETTEER: GazetteerEntry[] = [...NAMES, ...COUNTRIES, ...CITIES];

/** Capitals whose name stands for their government in "it said in Moscow". */
export const CAPITAL_GOVERNMENTS: Record<string, string> = {
  moscow: 'kremlin',
  washington: 'white-house',
  berlin: 'german-government',
  paris: 'elysee',
  london: 'downing-street',
  beijing: 'chinese-government',
  kyiv: 'ukrainian-government',
  madrid: 'moncloa',
  tehran: 'iranian-government',
};
