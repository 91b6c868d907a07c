import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/index.js';
import { cityCountry, gazetteerEntry } from '../../../src/core/entities/index.js';
import { CITIES } from '../../../src/core/entities/gazetteer-cities.js';
import { CITY_COUNTRIES } from '../../../src/core/entities/gazetteer-city-countries.js';
import { isAnyStopword } from '../../../src/core/language/stopwords.js';

/** The 193 UN member states, and Kosovo, Palestine and Taiwan, by gazetteer key. */
const STATES = [
  // Europe
  ...['albania', 'andorra', 'austria', 'belarus', 'belgium', 'bosnia', 'bulgaria', 'croatia', 'cyprus', 'czechia', 'denmark'],
  ...['estonia', 'finland', 'france', 'germany', 'greece', 'hungary', 'iceland', 'ireland', 'italy', 'latvia', 'liechtenstein'],
  ...['lithuania', 'luxembourg', 'malta', 'moldova', 'monaco', 'montenegro-country', 'netherlands', 'north-macedonia', 'norway'],
  ...['poland', 'portugal', 'romania', 'russia', 'san-marino', 'serbia', 'slovakia', 'slovenia', 'spain', 'sweden'],
  ...['switzerland', 'ukraine', 'uk'],
  // Asia
  ...['afghanistan', 'armenia', 'azerbaijan', 'bahrain', 'bangladesh', 'bhutan', 'brunei', 'cambodia', 'china', 'georgia'],
  ...['india', 'indonesia', 'iran', 'iraq', 'israel', 'japan', 'jordan', 'kazakhstan', 'kuwait', 'kyrgyzstan', 'laos'],
  ...['lebanon', 'malaysia', 'maldives', 'mongolia', 'myanmar', 'nepal', 'north-korea', 'oman', 'pakistan', 'philippines'],
  ...['qatar', 'saudi-arabia', 'singapore', 'south-korea', 'sri-lanka', 'syria', 'tajikistan', 'thailand', 'timor-leste'],
  ...['turkey', 'turkmenistan', 'uae', 'uzbekistan', 'vietnam', 'yemen'],
  // Africa
  ...['algeria', 'angola', 'benin', 'botswana', 'burkina-faso', 'burundi', 'cape-verde', 'cameroon', 'central-african-republic'],
  ...['chad', 'comoros', 'congo', 'congo-brazzaville', 'ivory-coast', 'djibouti', 'egypt', 'equatorial-guinea', 'eritrea'],
  ...['eswatini', 'ethiopia', 'gabon', 'gambia', 'ghana', 'guinea', 'guinea-bissau', 'kenya', 'lesotho', 'liberia', 'libya'],
  ...['madagascar', 'malawi', 'mali', 'mauritania', 'mauritius', 'morocco', 'mozambique', 'namibia', 'niger', 'nigeria'],
  ...['rwanda', 'sao-tome-and-principe', 'senegal', 'seychelles', 'sierra-leone', 'somalia', 'south-africa', 'south-sudan'],
  ...['sudan', 'tanzania', 'togo', 'tunisia', 'uganda', 'zambia', 'zimbabwe'],
  // The Americas
  ...['antigua-and-barbuda', 'argentina', 'bahamas', 'barbados', 'belize', 'bolivia', 'brazil', 'canada', 'chile', 'colombia'],
  ...['costa-rica', 'cuba', 'dominica', 'dominican-republic', 'ecuador', 'el-salvador', 'grenada', 'guatemala', 'guyana'],
  ...['haiti', 'honduras', 'jamaica', 'mexico', 'nicaragua', 'panama', 'paraguay', 'peru', 'saint-kitts-and-nevis'],
  ...['saint-lucia', 'saint-vincent-and-the-grenadines', 'suriname', 'trinidad-and-tobago', 'usa', 'uruguay', 'venezuela'],
  // Oceania
  ...['australia', 'fiji', 'kiribati', 'marshall-islands', 'micronesia', 'nauru', 'new-zealand', 'palau', 'papua-new-guinea'],
  ...['samoa', 'solomon-islands', 'tonga', 'tuvalu', 'vanuatu'],
  // Not UN members
  ...['kosovo', 'palestine', 'taiwan'],
];

/**
 * States whose capital's name is as often a first name, a common capitalised word or another place, and is left out
 * of the gazetteer (gazetteer-cities.ts says which and why).
 */
const CAPITAL_LEFT_OUT = ['bulgaria', 'maldives', 'seychelles', 'bahamas', 'jamaica', 'guyana', 'grenada', 'antigua-and-barbuda', 'costa-rica'];

describe('the capitals', () => {
  it('lists every state once, each a gazetteer place, and every city’s country is one of them', () => {
    expect(STATES).toHaveLength(196);
    expect(new Set(STATES).size).toBe(196);
    for (const state of STATES) expect(gazetteerEntry(state)?.kind, state).toBe('place');
    for (const city of CITIES) expect(STATES, `${city.key} → ${cityCountry(city.key)}`).toContain(cityCountry(city.key));
    expect(new Set(CITIES.map((city) => city.key)).size).toBe(CITIES.length);
    expect(Object.keys(CITY_COUNTRIES).sort()).toEqual(CITIES.map((city) => city.key).sort());
  });

  it('knows a capital of every state but those whose capital’s name is left out', () => {
    const withCity = new Set(Object.values(CITY_COUNTRIES));
    for (const state of STATES) expect(withCity.has(state), state).toBe(!CAPITAL_LEFT_OUT.includes(state));
  });

  it('has no city or country name that is a stop word of de, en, fr or es', () => {
    for (const state of STATES) {
      for (const variant of gazetteerEntry(state)!.variants) expect(isAnyStopword(variant.toLowerCase()), variant).toBe(false);
    }
    for (const city of CITIES) for (const variant of city.variants) expect(isAnyStopword(variant.toLowerCase()), variant).toBe(false);
  });

  it('finds new capitals in sentences of each language, with their countries', () => {
    const de = extractEntities('Leitgeb traf in Podgorica den Regierungschef und reiste am Abend nach Sarajevo und Abu Dhabi weiter.', 'de');
    const en = extractEntities('The minister visited Abu Dhabi on Monday, then flew to Astana and on to Podgorica.', 'en');
    const fr = extractEntities('La ministre est arrivée à Sarajevo mardi, avant de rejoindre Astana puis N’Djamena.', 'fr');
    const es = extractEntities('La comisaria firmó el acuerdo en Astana y viajó después a Sarajevo y a Abu Dabi.', 'es');
    expect(de).toEqual(expect.arrayContaining(['podgorica', 'sarajevo', 'abu-dhabi']));
    expect(en).toEqual(expect.arrayContaining(['abu-dhabi', 'astana', 'podgorica']));
    expect(fr).toEqual(expect.arrayContaining(['sarajevo', 'astana', 'ndjamena']));
    expect(es).toEqual(expect.arrayContaining(['astana', 'sarajevo', 'abu-dhabi']));
    expect(extractEntities('Die Delegation flog von Nur-Sultan nach Ulan Bator und weiter nach Kiew.', 'de')).toEqual(
      expect.arrayContaining(['astana', 'ulaanbaatar', 'kyiv']),
    );
    expect(extractEntities('Les pourparlers reprennent à Oulan-Bator et à Dacca.', 'fr')).toEqual(expect.arrayContaining(['ulaanbaatar', 'dhaka']));
    expect(extractEntities('Talks resumed in Kathmandu and in Port-au-Prince on Friday.', 'en')).toEqual(
      expect.arrayContaining(['kathmandu', 'port-au-prince']),
    );
    expect(extractEntities('Las conversaciones siguieron en Nom Pen y en Mogadiscio.', 'es')).toEqual(expect.arrayContaining(['phnom-penh', 'mogadishu']));
    // German genitives of names of several words are listed ("Abu Dhabis"), one word's are found without ("Podgoricas").
    expect(extractEntities('Der Hafen Abu Dhabis und die Altstadt Podgoricas wachsen, sagte die Ministerin Sri Lankas.', 'de')).toEqual(
      expect.arrayContaining(['abu-dhabi', 'podgorica', 'sri-lanka']),
    );
    expect(cityCountry('podgorica')).toBe('montenegro-country');
    expect(cityCountry('abu-dhabi')).toBe('uae');
    expect(cityCountry('astana')).toBe('kazakhstan');
    expect(cityCountry('sarajevo')).toBe('bosnia');
  });

  it('finds the new countries in each language, and leaves a first name alone', () => {
    expect(extractEntities('Die Ministerin reiste nach Kroatien und Bosnien-Herzegowina.', 'de')).toEqual(expect.arrayContaining(['croatia', 'bosnia']));
    expect(extractEntities('Premierminister Luís Montenegro sagte, Portugal sei bereit.', 'de')).not.toContain('montenegro-country');
    expect(extractEntities('The envoy arrived in the United Arab Emirates from Kazakhstan.', 'en')).toEqual(expect.arrayContaining(['uae', 'kazakhstan']));
    expect(extractEntities('L’envoyé est arrivé aux Émirats arabes unis depuis le Tchad.', 'fr')).toEqual(expect.arrayContaining(['uae', 'chad']));
    expect(extractEntities('El enviado llegó a Emiratos Árabes Unidos desde Bosnia y Herzegovina.', 'es')).toEqual(expect.arrayContaining(['uae', 'bosnia']));
    expect(extractEntities('Chad Miller said the talks would go on.', 'en')).not.toContain('chad');
  });
});
