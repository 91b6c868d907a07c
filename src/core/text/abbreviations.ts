/**
 * Words that end in a full stop without ending the sentence, lower-cased and
 * without the final dot. Inner dots are kept ("z.b", "u.s").
 */
export const ABBREVIATIONS = new Set([
  // German
  'dr', 'prof', 'nr', 'z.b', 'bzw', 'ca', 'usw', 'etc', 'vgl', 'inkl', 'ggf', 'evtl', 'sog', 'u.a', 'd.h', 'z.t', 'u.s.w',
  'str', 'hr', 'fr', 'abs', 'art', 'bd', 'jh', 'mio', 'mrd', 'tsd', 'geb', 'gest', 'st', 'min', 'max', 'bspw', 'zzgl',
  'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez', 'v.chr', 'n.chr', 'a.d', 'o.ä',
  // English
  'mr', 'mrs', 'ms', 'messrs', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'pres',
  'u.s', 'u.k', 'u.n', 'e.u', 'vs', 'inc', 'ltd', 'corp', 'co', 'no', 'jr', 'sr', 'st', 'mt', 'ft', 'e.g', 'i.e',
  'a.m', 'p.m', 'oct', 'dec', 'approx', 'est', 'dept', 'univ', 'gov’t',
  // French
  'm', 'mm', 'mme', 'mmes', 'mlle', 'av', 'bd', 'env', 'p.ex', 'cf', 'n°', 'janv', 'févr', 'avr', 'juil', 'déc',
  // Spanish
  'sra', 'srta', 'dña', 'ud', 'uds', 'ee.uu', 'pág', 'núm', 'aprox', 'admón', 'gral', 'ene', 'dic', 'lic', 'ing',
]);

/** Month names in the supported languages, for "am 20. März" ordinal dates. */
export const MONTHS = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
  'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  'jahrhundert', 'jahrhunderts', 'lebensjahr', 'stock', 'platz', 'mal', 'runde', 'tag', 'woche', 'geburtstag', 'jahrestag',
]);
