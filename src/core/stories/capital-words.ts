import { DEMONYMS } from '../entities/index.js';

/**
 * Capitals by their country's or region's adjective. A lead may name its city only by what it is the capital of: "in
 * the Latvian capital", "in der lettischen Hauptstadt", "dans la capitale lettone", "en la capital letona", "in the
 * capital of Latvia", "in der Hauptstadt Lettlands". Data, not rules: each row a capital (its gazetteer key, see
 * gazetteer-cities.ts) and the country or region it is the capital of; the adjectives are the demonym table's
 * (src/core/entities/demonyms.ts).
 */

/** The nouns for a capital city. */
export const CAPITAL_NOUNS: ReadonlySet<string> = new Set(['capital', 'hauptstadt', 'capitale', 'landeshauptstadt']);

/** [capital, country or region]. */
const ROWS: ReadonlyArray<readonly [string, string]> = [
  ['warsaw', 'poland'],
  ['riga', 'latvia'],
  ['tallinn', 'estonia'],
  ['vilnius', 'lithuania'],
  ['helsinki', 'finland'],
  ['stockholm', 'sweden'],
  ['oslo', 'norway'],
  ['copenhagen', 'denmark'],
  ['dublin', 'ireland'],
  ['lisbon', 'portugal'],
  ['madrid', 'spain'],
  ['rome', 'italy'],
  ['vienna', 'austria'],
  ['bern', 'switzerland'],
  ['brussels', 'belgium'],
  ['amsterdam', 'netherlands'],
  ['prague', 'czechia'],
  ['bratislava', 'slovakia'],
  ['budapest', 'hungary'],
  ['bucharest', 'romania'],
  ['ljubljana', 'slovenia'],
  ['zagreb', 'croatia'],
  ['belgrade', 'serbia'],
  ['sarajevo', 'bosnia'],
  ['podgorica', 'montenegro-country'],
  ['tirana', 'albania'],
  ['skopje', 'north-macedonia'],
  ['pristina', 'kosovo'],
  ['athens', 'greece'],
  ['nicosia', 'cyprus'],
  ['chisinau', 'moldova'],
  ['minsk', 'belarus'],
  ['tbilisi', 'georgia'],
  ['yerevan', 'armenia'],
  ['baku', 'azerbaijan'],
  ['ankara', 'turkey'],
  ['moscow', 'russia'],
  ['kyiv', 'ukraine'],
  ['berlin', 'germany'],
  ['paris', 'france'],
  ['london', 'uk'],
  ['washington', 'usa'],
  ['ottawa', 'canada'],
  ['mexico-city', 'mexico'],
  ['havana', 'cuba'],
  ['caracas', 'venezuela'],
  ['bogota', 'colombia'],
  ['quito', 'ecuador'],
  ['lima', 'peru'],
  ['brasilia', 'brazil'],
  ['buenos-aires', 'argentina'],
  ['montevideo', 'uruguay'],
  ['asuncion', 'paraguay'],
  ['santiago-de-chile', 'chile'],
  ['panama-city', 'panama'],
  ['rabat', 'morocco'],
  ['algiers', 'algeria'],
  ['tunis', 'tunisia'],
  ['tripoli', 'libya'],
  ['cairo', 'egypt'],
  ['khartoum', 'sudan'],
  ['addis-ababa', 'ethiopia'],
  ['nairobi', 'kenya'],
  ['kinshasa', 'congo'],
  ['luanda', 'angola'],
  ['lusaka', 'zambia'],
  ['pretoria', 'south-africa'],
  ['abuja', 'nigeria'],
  ['accra', 'ghana'],
  ['dakar', 'senegal'],
  ['bamako', 'mali'],
  ['nouakchott', 'mauritania'],
  ['kigali', 'rwanda'],
  ['kampala', 'uganda'],
  ['beirut', 'lebanon'],
  ['damascus', 'syria'],
  ['baghdad', 'iraq'],
  ['amman', 'jordan'],
  ['riyadh', 'saudi-arabia'],
  ['doha', 'qatar'],
  ['tehran', 'iran'],
  ['kabul', 'afghanistan'],
  ['islamabad', 'pakistan'],
  ['new-delhi', 'india'],
  ['beijing', 'china'],
  ['tokyo', 'japan'],
  ['seoul', 'south-korea'],
  ['pyongyang', 'north-korea'],
  ['hanoi', 'vietnam'],
  ['jakarta', 'indonesia'],
  ['manila', 'philippines'],
  ['bangkok', 'thailand'],
  ['astana', 'kazakhstan'],
  ['tashkent', 'uzbekistan'],
  ['canberra', 'australia'],
  // Regions: "the Bavarian capital", "die bayerische Landeshauptstadt", "la capitale bavaroise".
  ['munich', 'bavaria'],
  ['edinburgh', 'scotland'],
];

/** A country's or region's gazetteer key to its capital. */
const CAPITAL_OF_COUNTRY = new Map<string, string>(ROWS.map(([capital, country]) => [country, capital]));
/** A lower-cased adjective (a two-word English one joined by a space) to the capital it makes of "capital". */
const CAPITAL_OF_ADJECTIVE = new Map<string, string>();
/** A lower-cased adjective to the country or region it names. */
const COUNTRY_OF_ADJECTIVE = new Map<string, string>();
for (const { country, words } of DEMONYMS) {
  const capital = CAPITAL_OF_COUNTRY.get(country);
  for (const word of words) {
    COUNTRY_OF_ADJECTIVE.set(word, country);
    if (capital !== undefined) CAPITAL_OF_ADJECTIVE.set(word, capital);
  }
}

/** The country or region an adjective names ("vietnamese", "vietnamesischen", "philippin", "filipino"), if the table knows it. */
export function countryOfAdjective(lower: string): string | undefined {
  return COUNTRY_OF_ADJECTIVE.get(lower);
}

/** The capital an adjective makes of "capital" ("latvian", "lettischen", "lettone", "letona"), if any. */
export function capitalOfAdjective(lower: string): string | undefined {
  return CAPITAL_OF_ADJECTIVE.get(lower);
}

/** The capital of a country or region by its gazetteer key, if the table knows it. */
export function capitalOfCountry(key: string): string | undefined {
  return CAPITAL_OF_COUNTRY.get(key);
}

/** Every row's capital and country key: for checking the table against the gazetteer. */
export function capitalRows(): ReadonlyArray<readonly [string, string]> {
  return ROWS;
}
