/**
 * Countries and regions by their adjectives, and their capitals. A lead may name its city only by what it is the
 * capital of: "in the Latvian capital", "in der lettischen
 * Hauptstadt", "dans la capitale lettone", "en la capital letona", "in the capital of Latvia", "in der Hauptstadt
 * Lettlands". Data, not rules: each row a capital (its gazetteer key, see gazetteer-cities.ts), the country or
 * region it is the capital of, and that one's adjective in each language: English whole, German as the stem its
 * endings go on ("lettisch": lettische, lettischen, lettischer), French and Spanish both genders.
 */

/** The nouns for a capital city. */
export const CAPITAL_NOUNS: ReadonlySet<string> = new Set(['capital', 'hauptstadt', 'capitale', 'landeshauptstadt']);

/** [capital, country or region, en, de stem, fr forms, es forms]. */
type CapitalRow = readonly [string, string, string, string, string, string];

const ROWS: readonly CapitalRow[] = [
  ['warsaw', 'poland', 'polish', 'polnisch', 'polonais polonaise', 'polaco polaca'],
  ['riga', 'latvia', 'latvian', 'lettisch', 'letton lettone', 'letón letona'],
  ['tallinn', 'estonia', 'estonian', 'estnisch', 'estonien estonienne', 'estonio estonia'],
  ['vilnius', 'lithuania', 'lithuanian', 'litauisch', 'lituanien lituanienne', 'lituano lituana'],
  ['helsinki', 'finland', 'finnish', 'finnisch', 'finlandais finlandaise', 'finlandés finlandesa'],
  ['stockholm', 'sweden', 'swedish', 'schwedisch', 'suédois suédoise', 'sueco sueca'],
  ['oslo', 'norway', 'norwegian', 'norwegisch', 'norvégien norvégienne', 'noruego noruega'],
  ['copenhagen', 'denmark', 'danish', 'dänisch', 'danois danoise', 'danés danesa'],
  ['dublin', 'ireland', 'irish', 'irisch', 'irlandais irlandaise', 'irlandés irlandesa'],
  ['lisbon', 'portugal', 'portuguese', 'portugiesisch', 'portugais portugaise', 'portugués portuguesa'],
  ['madrid', 'spain', 'spanish', 'spanisch', 'espagnol espagnole', 'español española'],
  ['rome', 'italy', 'italian', 'italienisch', 'italien italienne', 'italiano italiana'],
  ['vienna', 'austria', 'austrian', 'österreichisch', 'autrichien autrichienne', 'austriaco austriaca'],
  ['bern', 'switzerland', 'swiss', 'schweizerisch', 'suisse', 'suizo suiza'],
  ['brussels', 'belgium', 'belgian', 'belgisch', 'belge', 'belga'],
  ['amsterdam', 'netherlands', 'dutch', 'niederländisch', 'néerlandais néerlandaise', 'neerlandés neerlandesa'],
  ['prague', 'czechia', 'czech', 'tschechisch', 'tchèque', 'checo checa'],
  ['bratislava', 'slovakia', 'slovak', 'slowakisch', 'slovaque', 'eslovaco eslovaca'],
  ['budapest', 'hungary', 'hungarian', 'ungarisch', 'hongrois hongroise', 'húngaro húngara'],
  ['bucharest', 'romania', 'romanian', 'rumänisch', 'roumain roumaine', 'rumano rumana'],
  ['ljubljana', 'slovenia', 'slovenian', 'slowenisch', 'slovène', 'esloveno eslovena'],
  ['zagreb', 'croatia', 'croatian', 'kroatisch', 'croate', 'croata'],
  ['belgrade', 'serbia', 'serbian', 'serbisch', 'serbe', 'serbio serbia'],
  ['sarajevo', 'bosnia', 'bosnian', 'bosnisch', 'bosnien bosnienne', 'bosnio bosnia'],
  ['podgorica', 'montenegro-country', 'montenegrin', 'montenegrinisch', 'monténégrin monténégrine', 'montenegrino montenegrina'],
  ['tirana', 'albania', 'albanian', 'albanisch', 'albanais albanaise', 'albanés albanesa'],
  ['skopje', 'north-macedonia', 'macedonian', 'mazedonisch', 'macédonien macédonienne', 'macedonio macedonia'],
  ['pristina', 'kosovo', 'kosovan', 'kosovarisch', 'kosovar kosovare', 'kosovar'],
  ['athens', 'greece', 'greek', 'griechisch', 'grec grecque', 'griego griega'],
  ['nicosia', 'cyprus', 'cypriot', 'zyprisch', 'chypriote', 'chipriota'],
  ['chisinau', 'moldova', 'moldovan', 'moldauisch', 'moldave', 'moldavo moldava'],
  ['minsk', 'belarus', 'belarusian', 'belarussisch', 'biélorusse', 'bielorruso bielorrusa'],
  ['tbilisi', 'georgia', 'georgian', 'georgisch', 'géorgien géorgienne', 'georgiano georgiana'],
  ['yerevan', 'armenia', 'armenian', 'armenisch', 'arménien arménienne', 'armenio armenia'],
  ['baku', 'azerbaijan', 'azerbaijani', 'aserbaidschanisch', 'azerbaïdjanais azerbaïdjanaise', 'azerbaiyano azerbaiyana'],
  ['ankara', 'turkey', 'turkish', 'türkisch', 'turc turque', 'turco turca'],
  ['moscow', 'russia', 'russian', 'russisch', 'russe', 'ruso rusa'],
  ['kyiv', 'ukraine', 'ukrainian', 'ukrainisch', 'ukrainien ukrainienne', 'ucraniano ucraniana'],
  ['berlin', 'germany', 'german', 'deutsch', 'allemand allemande', 'alemán alemana'],
  ['paris', 'france', 'french', 'französisch', 'français française', 'francés francesa'],
  ['london', 'uk', 'british', 'britisch', 'britannique', 'británico británica'],
  ['washington', 'usa', 'american', 'amerikanisch', 'américain américaine', 'estadounidense'],
  ['ottawa', 'canada', 'canadian', 'kanadisch', 'canadien canadienne', 'canadiense'],
  ['mexico-city', 'mexico', 'mexican', 'mexikanisch', 'mexicain mexicaine', 'mexicano mexicana'],
  ['havana', 'cuba', 'cuban', 'kubanisch', 'cubain cubaine', 'cubano cubana'],
  ['caracas', 'venezuela', 'venezuelan', 'venezolanisch', 'vénézuélien vénézuélienne', 'venezolano venezolana'],
  ['bogota', 'colombia', 'colombian', 'kolumbianisch', 'colombien colombienne', 'colombiano colombiana'],
  ['quito', 'ecuador', 'ecuadorian', 'ecuadorianisch', 'équatorien équatorienne', 'ecuatoriano ecuatoriana'],
  ['lima', 'peru', 'peruvian', 'peruanisch', 'péruvien péruvienne', 'peruano peruana'],
  ['brasilia', 'brazil', 'brazilian', 'brasilianisch', 'brésilien brésilienne', 'brasileño brasileña'],
  ['buenos-aires', 'argentina', 'argentine', 'argentinisch', 'argentin argentine', 'argentino argentina'],
  ['montevideo', 'uruguay', 'uruguayan', 'uruguayisch', 'uruguayen uruguayenne', 'uruguayo uruguaya'],
  ['asuncion', 'paraguay', 'paraguayan', 'paraguayisch', 'paraguayen paraguayenne', 'paraguayo paraguaya'],
  ['santiago-de-chile', 'chile', 'chilean', 'chilenisch', 'chilien chilienne', 'chileno chilena'],
  ['panama-city', 'panama', 'panamanian', 'panamaisch', 'panaméen panaméenne', 'panameño panameña'],
  ['rabat', 'morocco', 'moroccan', 'marokkanisch', 'marocain marocaine', 'marroquí'],
  ['algiers', 'algeria', 'algerian', 'algerisch', 'algérien algérienne', 'argelino argelina'],
  ['tunis', 'tunisia', 'tunisian', 'tunesisch', 'tunisien tunisienne', 'tunecino tunecina'],
  ['tripoli', 'libya', 'libyan', 'libysch', 'libyen libyenne', 'libio libia'],
  ['cairo', 'egypt', 'egyptian', 'ägyptisch', 'égyptien égyptienne', 'egipcio egipcia'],
  ['khartoum', 'sudan', 'sudanese', 'sudanesisch', 'soudanais soudanaise', 'sudanés sudanesa'],
  ['addis-ababa', 'ethiopia', 'ethiopian', 'äthiopisch', 'éthiopien éthiopienne', 'etíope'],
  ['nairobi', 'kenya', 'kenyan', 'kenianisch', 'kényan kényane', 'keniano keniana'],
  ['kinshasa', 'congo', 'congolese', 'kongolesisch', 'congolais congolaise', 'congoleño congoleña'],
  ['luanda', 'angola', 'angolan', 'angolanisch', 'angolais angolaise', 'angoleño angoleña'],
  ['lusaka', 'zambia', 'zambian', 'sambisch', 'zambien zambienne', 'zambiano zambiana'],
  ['pretoria', 'south-africa', 'south african', 'südafrikanisch', 'sud-africain sud-africaine', 'sudafricano sudafricana'],
  ['abuja', 'nigeria', 'nigerian', 'nigerianisch', 'nigérian nigériane', 'nigeriano nigeriana'],
  ['accra', 'ghana', 'ghanaian', 'ghanaisch', 'ghanéen ghanéenne', 'ghanés ghanesa'],
  ['dakar', 'senegal', 'senegalese', 'senegalesisch', 'sénégalais sénégalaise', 'senegalés senegalesa'],
  ['bamako', 'mali', 'malian', 'malisch', 'malien malienne', 'maliense'],
  ['nouakchott', 'mauritania', 'mauritanian', 'mauretanisch', 'mauritanien mauritanienne', 'mauritano mauritana'],
  ['kigali', 'rwanda', 'rwandan', 'ruandisch', 'rwandais rwandaise', 'ruandés ruandesa'],
  ['kampala', 'uganda', 'ugandan', 'ugandisch', 'ougandais ougandaise', 'ugandés ugandesa'],
  ['beirut', 'lebanon', 'lebanese', 'libanesisch', 'libanais libanaise', 'libanés libanesa'],
  ['damascus', 'syria', 'syrian', 'syrisch', 'syrien syrienne', 'sirio siria'],
  ['baghdad', 'iraq', 'iraqi', 'irakisch', 'irakien irakienne', 'iraquí'],
  ['amman', 'jordan', 'jordanian', 'jordanisch', 'jordanien jordanienne', 'jordano jordana'],
  ['riyadh', 'saudi-arabia', 'saudi', 'saudisch', 'saoudien saoudienne', 'saudí'],
  ['doha', 'qatar', 'qatari', 'katarisch', 'qatarien qatarienne', 'catarí'],
  ['tehran', 'iran', 'iranian', 'iranisch', 'iranien iranienne', 'iraní'],
  ['kabul', 'afghanistan', 'afghan', 'afghanisch', 'afghan afghane', 'afgano afgana'],
  ['islamabad', 'pakistan', 'pakistani', 'pakistanisch', 'pakistanais pakistanaise', 'paquistaní'],
  ['new-delhi', 'india', 'indian', 'indisch', 'indien indienne', 'indio india'],
  ['beijing', 'china', 'chinese', 'chinesisch', 'chinois chinoise', 'chino china'],
  ['tokyo', 'japan', 'japanese', 'japanisch', 'japonais japonaise', 'japonés japonesa'],
  ['seoul', 'south-korea', 'south korean', 'südkoreanisch', 'sud-coréen sud-coréenne', 'surcoreano surcoreana'],
  ['pyongyang', 'north-korea', 'north korean', 'nordkoreanisch', 'nord-coréen nord-coréenne', 'norcoreano norcoreana'],
  ['hanoi', 'vietnam', 'vietnamese', 'vietnamesisch', 'vietnamien vietnamienne', 'vietnamita'],
  ['jakarta', 'indonesia', 'indonesian', 'indonesisch', 'indonésien indonésienne', 'indonesio indonesia'],
  ['manila', 'philippines', 'philippine', 'philippinisch', 'philippin philippine', 'filipino filipina'],
  ['bangkok', 'thailand', 'thai', 'thailändisch', 'thaïlandais thaïlandaise', 'tailandés tailandesa'],
  ['astana', 'kazakhstan', 'kazakh', 'kasachisch', 'kazakh kazakhe', 'kazajo kazaja'],
  ['tashkent', 'uzbekistan', 'uzbek', 'usbekisch', 'ouzbek ouzbèke', 'uzbeko uzbeka'],
  ['canberra', 'australia', 'australian', 'australisch', 'australien australienne', 'australiano australiana'],
  // Regions: "the Bavarian capital", "die bayerische Landeshauptstadt", "la capitale bavaroise".
  ['munich', 'bavaria', 'bavarian', 'bayerisch', 'bavarois bavaroise', 'bávaro bávara'],
  ['edinburgh', 'scotland', 'scottish', 'schottisch', 'écossais écossaise', 'escocés escocesa'],
];

/** German adjective endings after the stem. */
const GERMAN_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

/** A lower-cased adjective (a two-word English one joined by a space) to the capital it makes of "capital". */
const CAPITAL_OF_ADJECTIVE = new Map<string, string>();
/** A lower-cased adjective to the country or region it names. */
const COUNTRY_OF_ADJECTIVE = new Map<string, string>();
/** A country's or region's gazetteer key to its capital. */
const CAPITAL_OF_COUNTRY = new Map<string, string>();
for (const [capital, country, en, de, fr, es] of ROWS) {
  CAPITAL_OF_COUNTRY.set(country, capital);
  for (const form of [en, ...fr.split(' '), ...es.split(' '), ...GERMAN_ENDINGS.map((ending) => de + ending)]) {
    CAPITAL_OF_ADJECTIVE.set(form, capital);
    COUNTRY_OF_ADJECTIVE.set(form, country);
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
  return ROWS.map(([capital, country]) => [capital, country] as const);
}
