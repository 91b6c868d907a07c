/**
 * Demonyms: each country (or region) with its adjective in each language, the one table of nationality words that
 * the quotes ("le président français", "der russische Außenminister") and the stories ("the Latvian capital", "his
 * Vietnamese counterpart") read. Data, not rules: each row the country's ISO 3166 code ('' for a region), its
 * gazetteer key, the English adjective whole (two words joined by a space: "south african"), the German one as the
 * stem its endings go on ("lettisch": lettisch, lettische, lettischen, lettischer, lettisches, lettischem), the French
 * and Spanish ones in both genders, and optionally more words for the same country: nouns for its people
 * ("Franzose", "Brite", "Spanierin") and other spellings ("us-amerikanische", "norteamericano").
 */

/** [code, gazetteer key, en, de stem, fr forms, es forms, more words?]. */
type DemonymRow = readonly [string, string, string, string, string, string, string?];

const ROWS: readonly DemonymRow[] = [
  ['pl', 'poland', 'polish', 'polnisch', 'polonais polonaise', 'polaco polaca'],
  ['lv', 'latvia', 'latvian', 'lettisch', 'letton lettone', 'letón letona'],
  ['ee', 'estonia', 'estonian', 'estnisch', 'estonien estonienne', 'estonio estonia'],
  ['lt', 'lithuania', 'lithuanian', 'litauisch', 'lituanien lituanienne', 'lituano lituana'],
  ['fi', 'finland', 'finnish', 'finnisch', 'finlandais finlandaise', 'finlandés finlandesa'],
  ['se', 'sweden', 'swedish', 'schwedisch', 'suédois suédoise', 'sueco sueca'],
  ['no', 'norway', 'norwegian', 'norwegisch', 'norvégien norvégienne', 'noruego noruega'],
  ['dk', 'denmark', 'danish', 'dänisch', 'danois danoise', 'danés danesa'],
  ['ie', 'ireland', 'irish', 'irisch', 'irlandais irlandaise', 'irlandés irlandesa'],
  ['pt', 'portugal', 'portuguese', 'portugiesisch', 'portugais portugaise', 'portugués portuguesa'],
  ['es', 'spain', 'spanish', 'spanisch', 'espagnol espagnole', 'español española', 'spanier spanierin'],
  ['it', 'italy', 'italian', 'italienisch', 'italien italienne', 'italiano italiana', 'italiener italienerin'],
  ['at', 'austria', 'austrian', 'österreichisch', 'autrichien autrichienne', 'austriaco austriaca', 'österreicher österreicherin'],
  ['ch', 'switzerland', 'swiss', 'schweizerisch', 'suisse', 'suizo suiza'],
  ['be', 'belgium', 'belgian', 'belgisch', 'belge', 'belga'],
  ['nl', 'netherlands', 'dutch', 'niederländisch', 'néerlandais néerlandaise', 'neerlandés neerlandesa', 'niederländer niederländerin dutchman'],
  ['cz', 'czechia', 'czech', 'tschechisch', 'tchèque', 'checo checa'],
  ['sk', 'slovakia', 'slovak', 'slowakisch', 'slovaque', 'eslovaco eslovaca', 'slowake slowakin'],
  ['hu', 'hungary', 'hungarian', 'ungarisch', 'hongrois hongroise', 'húngaro húngara', 'ungar ungarin'],
  ['ro', 'romania', 'romanian', 'rumänisch', 'roumain roumaine', 'rumano rumana'],
  ['si', 'slovenia', 'slovenian', 'slowenisch', 'slovène', 'esloveno eslovena'],
  ['hr', 'croatia', 'croatian', 'kroatisch', 'croate', 'croata'],
  ['rs', 'serbia', 'serbian', 'serbisch', 'serbe', 'serbio serbia'],
  ['ba', 'bosnia', 'bosnian', 'bosnisch', 'bosnien bosnienne', 'bosnio bosnia'],
  ['me', 'montenegro-country', 'montenegrin', 'montenegrinisch', 'monténégrin monténégrine', 'montenegrino montenegrina'],
  ['al', 'albania', 'albanian', 'albanisch', 'albanais albanaise', 'albanés albanesa'],
  ['mk', 'north-macedonia', 'macedonian', 'mazedonisch', 'macédonien macédonienne', 'macedonio macedonia'],
  ['xk', 'kosovo', 'kosovan', 'kosovarisch', 'kosovar kosovare', 'kosovar'],
  ['gr', 'greece', 'greek', 'griechisch', 'grec grecque', 'griego griega'],
  ['cy', 'cyprus', 'cypriot', 'zyprisch', 'chypriote', 'chipriota'],
  ['md', 'moldova', 'moldovan', 'moldauisch', 'moldave', 'moldavo moldava'],
  ['by', 'belarus', 'belarusian', 'belarussisch', 'biélorusse', 'bielorruso bielorrusa'],
  ['ge', 'georgia', 'georgian', 'georgisch', 'géorgien géorgienne', 'georgiano georgiana'],
  ['am', 'armenia', 'armenian', 'armenisch', 'arménien arménienne', 'armenio armenia'],
  ['az', 'azerbaijan', 'azerbaijani', 'aserbaidschanisch', 'azerbaïdjanais azerbaïdjanaise', 'azerbaiyano azerbaiyana'],
  ['tr', 'turkey', 'turkish', 'türkisch', 'turc turque', 'turco turca'],
  ['ru', 'russia', 'russian', 'russisch', 'russe', 'ruso rusa', 'russin'],
  ['ua', 'ukraine', 'ukrainian', 'ukrainisch', 'ukrainien ukrainienne', 'ucraniano ucraniana', 'ukrainer ukrainerin'],
  ['de', 'germany', 'german', 'deutsch', 'allemand allemande', 'alemán alemana'],
  ['fr', 'france', 'french', 'französisch', 'français française', 'francés francesa', 'franzose französin'],
  ['gb', 'uk', 'british', 'britisch', 'britannique', 'británico británica', 'brite britin'],
  ['us', 'usa', 'american', 'amerikanisch', 'américain américaine', 'estadounidense', 'us-amerikanische norteamericano'],
  ['ca', 'canada', 'canadian', 'kanadisch', 'canadien canadienne', 'canadiense', 'kanadier kanadierin'],
  ['mx', 'mexico', 'mexican', 'mexikanisch', 'mexicain mexicaine', 'mexicano mexicana'],
  ['cu', 'cuba', 'cuban', 'kubanisch', 'cubain cubaine', 'cubano cubana'],
  ['ve', 'venezuela', 'venezuelan', 'venezolanisch', 'vénézuélien vénézuélienne', 'venezolano venezolana'],
  ['co', 'colombia', 'colombian', 'kolumbianisch', 'colombien colombienne', 'colombiano colombiana'],
  ['ec', 'ecuador', 'ecuadorian', 'ecuadorianisch', 'équatorien équatorienne', 'ecuatoriano ecuatoriana'],
  ['pe', 'peru', 'peruvian', 'peruanisch', 'péruvien péruvienne', 'peruano peruana'],
  ['br', 'brazil', 'brazilian', 'brasilianisch', 'brésilien brésilienne', 'brasileño brasileña'],
  ['ar', 'argentina', 'argentine', 'argentinisch', 'argentin argentine', 'argentino argentina'],
  ['uy', 'uruguay', 'uruguayan', 'uruguayisch', 'uruguayen uruguayenne', 'uruguayo uruguaya'],
  ['py', 'paraguay', 'paraguayan', 'paraguayisch', 'paraguayen paraguayenne', 'paraguayo paraguaya'],
  ['cl', 'chile', 'chilean', 'chilenisch', 'chilien chilienne', 'chileno chilena'],
  ['pa', 'panama', 'panamanian', 'panamaisch', 'panaméen panaméenne', 'panameño panameña'],
  ['ma', 'morocco', 'moroccan', 'marokkanisch', 'marocain marocaine', 'marroquí', 'marokkaner marokkanerin'],
  ['dz', 'algeria', 'algerian', 'algerisch', 'algérien algérienne', 'argelino argelina', 'algerier algerierin'],
  ['tn', 'tunisia', 'tunisian', 'tunesisch', 'tunisien tunisienne', 'tunecino tunecina'],
  ['ly', 'libya', 'libyan', 'libysch', 'libyen libyenne', 'libio libia'],
  ['eg', 'egypt', 'egyptian', 'ägyptisch', 'égyptien égyptienne', 'egipcio egipcia'],
  ['sd', 'sudan', 'sudanese', 'sudanesisch', 'soudanais soudanaise', 'sudanés sudanesa'],
  ['et', 'ethiopia', 'ethiopian', 'äthiopisch', 'éthiopien éthiopienne', 'etíope'],
  ['ke', 'kenya', 'kenyan', 'kenianisch', 'kényan kényane', 'keniano keniana'],
  ['cd', 'congo', 'congolese', 'kongolesisch', 'congolais congolaise', 'congoleño congoleña'],
  ['ao', 'angola', 'angolan', 'angolanisch', 'angolais angolaise', 'angoleño angoleña'],
  ['zm', 'zambia', 'zambian', 'sambisch', 'zambien zambienne', 'zambiano zambiana'],
  ['za', 'south-africa', 'south african', 'südafrikanisch', 'sud-africain sud-africaine', 'sudafricano sudafricana'],
  ['ng', 'nigeria', 'nigerian', 'nigerianisch', 'nigérian nigériane', 'nigeriano nigeriana'],
  ['gh', 'ghana', 'ghanaian', 'ghanaisch', 'ghanéen ghanéenne', 'ghanés ghanesa'],
  ['sn', 'senegal', 'senegalese', 'senegalesisch', 'sénégalais sénégalaise', 'senegalés senegalesa'],
  ['ml', 'mali', 'malian', 'malisch', 'malien malienne', 'maliense'],
  ['mr', 'mauritania', 'mauritanian', 'mauretanisch', 'mauritanien mauritanienne', 'mauritano mauritana'],
  ['rw', 'rwanda', 'rwandan', 'ruandisch', 'rwandais rwandaise', 'ruandés ruandesa'],
  ['ug', 'uganda', 'ugandan', 'ugandisch', 'ougandais ougandaise', 'ugandés ugandesa'],
  ['lb', 'lebanon', 'lebanese', 'libanesisch', 'libanais libanaise', 'libanés libanesa'],
  ['sy', 'syria', 'syrian', 'syrisch', 'syrien syrienne', 'sirio siria'],
  ['iq', 'iraq', 'iraqi', 'irakisch', 'irakien irakienne', 'iraquí'],
  ['jo', 'jordan', 'jordanian', 'jordanisch', 'jordanien jordanienne', 'jordano jordana'],
  ['sa', 'saudi-arabia', 'saudi', 'saudisch', 'saoudien saoudienne', 'saudí'],
  ['qa', 'qatar', 'qatari', 'katarisch', 'qatarien qatarienne', 'catarí'],
  ['ir', 'iran', 'iranian', 'iranisch', 'iranien iranienne', 'iraní'],
  ['il', 'israel', 'israeli', 'israelisch', 'israélien israélienne', 'israelí'],
  ['af', 'afghanistan', 'afghan', 'afghanisch', 'afghan afghane', 'afgano afgana'],
  ['pk', 'pakistan', 'pakistani', 'pakistanisch', 'pakistanais pakistanaise', 'paquistaní'],
  ['in', 'india', 'indian', 'indisch', 'indien indienne', 'indio india'],
  ['cn', 'china', 'chinese', 'chinesisch', 'chinois chinoise', 'chino china', 'chinesin'],
  ['jp', 'japan', 'japanese', 'japanisch', 'japonais japonaise', 'japonés japonesa'],
  [
    'kr',
    'south-korea',
    'south korean',
    'südkoreanisch',
    'sud-coréen sud-coréenne',
    'surcoreano surcoreana',
    'korean coréen coréenne koreanische koreanischen koreanischer coreano coreana südkoreaner',
  ],
  ['kp', 'north-korea', 'north korean', 'nordkoreanisch', 'nord-coréen nord-coréenne', 'norcoreano norcoreana'],
  ['vn', 'vietnam', 'vietnamese', 'vietnamesisch', 'vietnamien vietnamienne', 'vietnamita'],
  ['id', 'indonesia', 'indonesian', 'indonesisch', 'indonésien indonésienne', 'indonesio indonesia'],
  ['ph', 'philippines', 'philippine', 'philippinisch', 'philippin philippine', 'filipino filipina'],
  ['th', 'thailand', 'thai', 'thailändisch', 'thaïlandais thaïlandaise', 'tailandés tailandesa'],
  ['kz', 'kazakhstan', 'kazakh', 'kasachisch', 'kazakh kazakhe', 'kazajo kazaja'],
  ['uz', 'uzbekistan', 'uzbek', 'usbekisch', 'ouzbek ouzbèke', 'uzbeko uzbeka'],
  ['au', 'australia', 'australian', 'australisch', 'australien australienne', 'australiano australiana', 'australier'],
  // Regions, no country code: "the Bavarian capital", "die bayerische Landeshauptstadt", "la capitale bavaroise".
  ['', 'bavaria', 'bavarian', 'bayerisch', 'bavarois bavaroise', 'bávaro bávara'],
  ['', 'scotland', 'scottish', 'schottisch', 'écossais écossaise', 'escocés escocesa'],
];

/** German adjective endings after the stem. */
const GERMAN_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

export interface Demonym {
  /** ISO 3166 alpha-2, lower-cased; null for a region. */
  code: string | null;
  /** The country's or region's gazetteer key. */
  country: string;
  /** Every lower-cased form of its adjective in de/en/fr/es, and the row's more words. */
  words: readonly string[];
}

/** Every country's and region's demonyms, in table order. */
export const DEMONYMS: readonly Demonym[] = ROWS.map(([code, country, en, de, fr, es, more]) => ({
  code: code === '' ? null : code,
  country,
  words: [en, ...fr.split(' '), ...es.split(' '), ...GERMAN_ENDINGS.map((ending) => de + ending), ...(more === undefined ? [] : more.split(' '))],
}));
