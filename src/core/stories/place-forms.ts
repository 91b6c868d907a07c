import { foldName } from '../entities/index.js';

/**
 * Cities each language names its own way, for the places the gazetteer does
 * not know: a dateline says "Antwerpen –", "ANVERS -" or "ANTWERP (Reuters) -"
 * for one port. Data, not rules: one line per place, its names in de en fr es
 * (and further spellings); a name of several words by its last word, as leads
 * file it ("Den Haag" → "Haag").
 */
const PLACE_FORMS: readonly string[] = [
  // Europe
  'Athen Athens Athènes Atenas',
  'Lissabon Lisbon Lisbonne Lisboa',
  'Antwerpen Antwerp Anvers Amberes',
  'Brügge Bruges Brujas',
  'Gent Ghent Gand Gante',
  'Lüttich Liège Lieja',
  'Haag Hague Haye Haya',
  'Kopenhagen Copenhagen Copenhague',
  'Stockholm Estocolmo',
  'München Munich Múnich',
  'Köln Cologne Colonia',
  'Mailand Milan Milán',
  'Neapel Naples Nápoles',
  'Venedig Venice Venise Venecia',
  'Florenz Florence Florencia',
  'Sevilla Seville Séville',
  'Bern Berne Berna',
  'Straßburg Strasbourg Estrasburgo',
  'Luxemburg Luxembourg Luxemburgo',
  'Edinburgh Édimbourg Edimburgo',
  'Krakau Krakow Cracovie Cracovia',
  'Danzig Gdansk Gdańsk',
  'Pressburg Bratislava',
  'Nikosia Nicosia Nicosie',
  'Laibach Ljubljana',
  'Lemberg Lviv Leópolis Lwiw',
  'Cherson Kherson Jersón',
  'Saporischschja Zaporizhzhia Zaporijjia Zaporiyia Zaporozhye',
  'Donezk Donetsk',
  'Petersburg Pétersbourg Petersburgo',
  'Eriwan Yerevan Erevan Ereván',
  'Baku Bakou Bakú',
  'Taschkent Tashkent Tachkent Taskent',
  // Middle East and Africa
  'Algier Algiers Alger Argel',
  'Tunis Túnez',
  'Tripolis Tripoli Trípoli',
  'Maskat Muscat Mascate',
  'Dschidda Jeddah Djeddah Yeda',
  'Mekka Mecca Mecque Meca',
  'Alexandria Alexandrie Alejandría',
  'Abeba Ababa',
  // Asia and the Americas
  'Manila Manille',
  'Taipeh Taipei Taipéi',
  'Singapur Singapore Singapour',
  'Havanna Havana Havane Habana',
];

/** Each name's key (as foldName files it), to the key of its line's first name. */
const PLACE_KEYS = new Map<string, string>();
for (const line of PLACE_FORMS) {
  const [first, ...others] = line.split(' ').map(foldName);
  for (const form of others) if (form !== first) PLACE_KEYS.set(form!, first!);
}

/** One key for a place however the article's language names it ("anvers" → "antverpen"); other keys unchanged. */
export function placeKey(key: string): string {
  return PLACE_KEYS.get(key) ?? key;
}
