/**
 * German nouns for a kind of place that stand before its name: "der Grenzposten Eteringbang", "die Stadt Bachmut",
 * "im Dorf Kupjansk-Wuslowyj", "der Provinz Idlib". German capitalises every noun, so a lone capitalised word needs a
 * repeat to count as a name (see extract.ts); right after one of these it is the place's name at its first mention.
 * English, French and Spanish take a lone capitalised word inside a sentence for a name anyway. Data, not rules:
 * the singular forms and their genitives.
 */
const STEMS = [
  'stadt',
  'kleinstadt',
  'großstadt',
  'hafenstadt',
  'grenzstadt',
  'hauptstadt',
  'provinzhauptstadt',
  'dorf',
  'grenzdorf',
  'ort',
  'grenzort',
  'ortschaft',
  'gemeinde',
  'siedlung',
  'region',
  'provinz',
  'bezirk',
  'kreis',
  'landkreis',
  'distrikt',
  'bundesstaat',
  'departement',
  'gouvernement',
  'oblast',
  'kanton',
  'insel',
  'hafen',
  'flughafen',
  'grenzposten',
  'grenzübergang',
  'posten',
  'außenposten',
  'stützpunkt',
  'militärstützpunkt',
  'lager',
  'flüchtlingslager',
  'stadtteil',
  'vorort',
  'viertel',
  'fluss',
  'tal',
];

/** Genitive endings: "des Dorfes", "des Flughafens", "des Grenzpostens". */
const ENDINGS = ['', 's', 'es', 'ns'];

export const GERMAN_PLACE_KIND_NOUNS: ReadonlySet<string> = new Set(STEMS.flatMap((stem) => ENDINGS.map((ending) => stem + ending)));
