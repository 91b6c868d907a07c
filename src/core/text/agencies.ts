/**
 * News agencies that sign a dateline ("BERLIN (dpa) –", "MADRID, 5 (EFE).-", "GENEVA, November 27. /TASS/."), lower
 * case: the world's wire services and the national agencies whose copy the German, English, French and Spanish press
 * carries. A bracket naming none of them after a place is the place's region ("ADAZI (Letonia) -").
 */
const AGENCIES = new Set([
  // World and European wire services
  'ap',
  'afp',
  'reuters',
  'rtr',
  'dpa',
  'dpa-afx',
  'afx',
  'efe',
  'europa press',
  'ep',
  'ansa',
  'bloomberg',
  'upi',
  'xinhua',
  'kyodo',
  'jiji',
  'yonhap',
  'kcna',
  'tass',
  'itar-tass',
  'ria',
  'ria novosti',
  'interfax',
  'sputnik',
  'ukrinform',
  'unian',
  'belta',
  'anadolu',
  'aa',
  // German-speaking
  'apa',
  'sda',
  'keystone-sda',
  'kna',
  'epd',
  'idea',
  'kap',
  'dts',
  'ddp',
  'sid',
  // French-speaking
  'belga',
  'ats',
  'aps',
  'map',
  'tap',
  'apanews',
  'apa news',
  // Spanish- and Portuguese-speaking
  'servimedia',
  'colpisa',
  'otr press',
  'ical',
  'notimex',
  'télam',
  'telam',
  'prensa latina',
  'andina',
  'andes',
  'ips',
  'lusa',
  'agência brasil',
  // Other European national agencies
  'anp',
  'pap',
  'čtk',
  'ctk',
  'tasr',
  'mti',
  'sta',
  'hina',
  'tanjug',
  'beta',
  'bta',
  'agerpres',
  'ana',
  'ana-mpa',
  'cna',
  'leta',
  'bns',
  'elta',
  'err',
  'stt',
  'tt',
  'ntb',
  'ritzau',
  // Middle East, Asia, Africa, Oceania
  'mena',
  'wafa',
  'spa',
  'qna',
  'wam',
  'kuna',
  'irna',
  'isna',
  'tasnim',
  'pti',
  'ians',
  'ani',
  'bernama',
  'antara',
  'vna',
  'pna',
  'aap',
  'cp',
  'nan',
]);

/** Words that make a bracket an agency's name whatever the agency: "Agence France-Presse", "Anadolu Agency", "Prensa Latina". */
const AGENCY_WORD = /(?:^|[\s-])(?:agency|agence|agencia|agência|agentur|nachrichtenagentur|press|presse|prensa|news|noticias|nachrichten)(?:$|[\s-])/;

/**
 * Whether a bracket's text names a news agency, alone or with others or its regional desk ("dpa", "AFP/Reuters",
 * "EFE y EP", "dpa/lhe", "Agencia EFE").
 */
export function isAgency(text: string): boolean {
  const lower = text.trim().toLowerCase();
  if (AGENCY_WORD.test(lower)) return true;
  return lower.split(/\s*(?:[/,&+]|\bund\b|\band\b|\bet\b|\by\b)\s*/).some((part) => AGENCIES.has(part));
}
