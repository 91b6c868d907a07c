import { describe, expect, it } from 'vitest';
import { extractEntities, speakerKey } from '../../../src/core/index.js';
import { readText } from '../../../src/core/document.js';
import { entitiesOfDocument } from '../../../src/core/entities/index.js';

describe('extractEntities', () => {
  it('gives the same keys for the same names in four languages', () => {
    const de = extractEntities('Kremlsprecher Dmitri Peskow sagte in Moskau, Wladimir Putin sei bereit.', 'de');
    const en = extractEntities('Kremlin spokesman Dmitry Peskov said in Moscow that Vladimir Putin was ready.', 'en');
    const fr = extractEntities('Le porte-parole du Kremlin, Dmitri Peskov, a déclaré à Moscou que Vladimir Poutine était prêt.', 'fr');
    const es = extractEntities('El portavoz del Kremlin, Dmitri Peskov, dijo en Moscú que Vladímir Putin estaba listo.', 'es');
    for (const keys of [de, en, fr, es]) expect(keys).toEqual(expect.arrayContaining(['peskov', 'moscow', 'putin']));
    expect(en).toContain('kremlin');
    expect(fr).toContain('kremlin');
  });

  it('files a city under one key whatever the language calls it, declined German forms and elided French ones included', () => {
    const de = extractEntities('Die Zollbehörden Antwerpens meldeten am Montag einen Rekord. In Den Haags Innenstadt blieb es ruhig.', 'de');
    const en = extractEntities('Customs officers in Antwerp reported a record on Monday, and The Hague stayed calm.', 'en');
    const fr = extractEntities('Les douaniers d’Anvers ont annoncé un record lundi, et La Haye est restée calme.', 'fr');
    const es = extractEntities('Los aduaneros de Amberes anunciaron un récord el lunes, y La Haya siguió en calma.', 'es');
    for (const keys of [de, en, fr, es]) expect(keys).toEqual(expect.arrayContaining(['antwerp', 'the-hague']));
    for (const keys of [de, en, fr, es]) expect(keys.filter((key) => /^(?:antv|anv|amb|haag|haye|haya)/.test(key))).toEqual([]);
  });

  it('knows the Spanish spellings of the Estonian and Slovenian capitals', () => {
    const es = extractEntities('La ministra viajó de Tallin a Liubliana el martes por la tarde.', 'es');
    expect(es).toEqual(expect.arrayContaining(['tallinn', 'ljubljana']));
  });

  it('knows the Dutch port and capital in every language, so a German title naming the one city places the event there', () => {
    const de = extractEntities('Streik in Rotterdam: Auch Amsterdam betroffen.', 'de');
    const en = extractEntities('Dockers strike in Rotterdam and Amsterdam.', 'en');
    const fr = extractEntities('Grève des dockers à Rotterdam et à Amsterdam.', 'fr');
    const es = extractEntities('Huelga de estibadores en Róterdam y Ámsterdam.', 'es');
    for (const keys of [de, en, fr, es]) expect(keys).toEqual(expect.arrayContaining(['rotterdam', 'amsterdam']));
    expect(extractEntities('Los delegados llegaron a Vilna el martes.', 'es')).toContain('vilnius');
  });

  it('files a longer name that starts with a known full name under its own key (a Spanish double surname)', () => {
    const keys = extractEntities('El coronel Pedro Sánchez Molina visitó la base de Tibú el jueves.', 'es');
    expect(keys).toContain('molina');
    expect(keys).not.toContain('sanchez');
    expect(extractEntities('El presidente Pedro Sánchez visitó la base de Tibú el jueves.', 'es')).toContain('sanchez');
    // German capitalises every noun: the noun after a known name is no longer name.
    expect(extractEntities('Am Mittwoch hat Olaf Scholz Fragen der Abgeordneten beantwortet.', 'de')).toContain('scholz');
  });

  it('files a name with a particle under its family name in every language ("Lula da Silva", "dos Santos"), an institution’s "de" only after a two-word name', () => {
    const de = extractEntities('Brasiliens Präsident Luiz Inácio Lula da Silva traf am Montag Kanzler Christian Stocker.', 'de');
    const en = extractEntities('Brazilian President Luiz Inácio Lula da Silva met Chancellor Christian Stocker on Monday.', 'en');
    const fr = extractEntities('Le président brésilien Luiz Inácio Lula da Silva a rencontré lundi le chancelier Christian Stocker.', 'fr');
    const es = extractEntities('El presidente brasileño, Luiz Inácio Lula da Silva, se reunió el lunes con el canciller Christian Stocker.', 'es');
    for (const keys of [de, en, fr, es]) {
      expect(keys).toEqual(expect.arrayContaining(['silva', 'stocker']));
      expect(keys).not.toContain('lula');
    }
    expect(extractEntities('Angolan President José Eduardo dos Santos spoke on Friday.', 'en')).toContain('santos');
    expect(extractEntities('El ministro Luis Planas de Castro habló en el Banco de Fomento el lunes.', 'es')).toEqual(
      expect.arrayContaining(['castro', 'banco', 'fomento']),
    );
  });

  it('files a country whose name has an elided word under one key, with the apostrophe either way ("Côte d’Ivoire", "Côte d\'Ivoire")', () => {
    for (const [text, language] of [
      ['Le ministre est arrivé mardi en Côte d’Ivoire.', 'fr'],
      ["Le ministre est arrivé mardi en Côte d'Ivoire.", 'fr'],
      ['The minister arrived in Ivory Coast on Tuesday.', 'en'],
      ['Der Minister ist am Dienstag in die Elfenbeinküste gereist.', 'de'],
      ['El ministro llegó el martes a Costa de Marfil.', 'es'],
    ] as const)
      expect(extractEntities(text, language), text).toEqual(['ivory-coast']);
  });

  it('takes a German acronym inside a sentence for a name at first sight, unlike a capitalised noun ("die Steuerverwaltung AEAT")', () => {
    const keys = extractEntities('Die spanische Steuerverwaltung AEAT ist seit Samstag offline, wie das Ministerium bestätigte.', 'de');
    expect(keys).toContain('aeat');
    expect(keys).not.toContain('steuerverwaltung');
    expect(extractEntities('AEAT meldet einen Angriff.', 'de')).not.toContain('aeat');
  });

  it('counts a German name once in the title and once in the body as a repeat', () => {
    const document = readText('Die Regierung will die Leitung durch Nordkamm bis 2030 bauen.', 'de', 'Kabinett billigt Nordkamm-Projekt');
    expect(entitiesOfDocument(document)).toContain('nordkamm');
    expect(extractEntities('Die Regierung will die Leitung durch Nordkamm bis 2030 bauen.', 'de')).not.toContain('nordkamm');
  });

  it('folds transliterations of names it does not know', () => {
    const de = extractEntities('Der Minister traf Verteidigungsminister Andrej Beloussow und Sergej Schoigu.', 'de');
    const en = extractEntities('The minister met Defence Minister Andrei Belousov and Sergei Shoigu.', 'en');
    expect(de).toEqual(expect.arrayContaining(['belousov', 'shoigu']));
    expect(en).toEqual(expect.arrayContaining(['belousov', 'shoigu']));
  });

  it('folds the German "ds" of Georgian names to the "dz" English and French write', () => {
    const de = extractEntities('Der Richter Lewan Tschanturidse und der Abgeordnete Dawit Beridse wurden befragt.', 'de');
    const en = extractEntities('Judge Levan Chanturidze and lawmaker Davit Beridze were questioned.', 'en');
    const fr = extractEntities('Le juge Levan Tchanturidze et le député Davit Beridze ont été entendus.', 'fr');
    for (const keys of [de, en]) expect(keys).toEqual(expect.arrayContaining(['chanturidze', 'beridze']));
    expect(fr).toContain('beridze');
  });

  it('takes no German sentence opener for the first name of the noun after it', () => {
    const keys = extractEntities('Wieder Proteste vor dem Rathaus. Beide Lager riefen zur Ruhe auf. Erneut Streit um Mieten.', 'de');
    expect(keys.filter((key) => ['proteste', 'lager', 'streit'].includes(key))).toEqual([]);
  });

  it('takes no number word that opens a sentence for the first name of the noun after it, in German as after an article', () => {
    const keys = extractEntities('Neun Monate nach der Wahl tagte der Rat. Zwölf Abgeordnete fehlten. Dutzende Bürger protestierten vor dem Rathaus.', 'de');
    expect(keys.filter((key) => ['monate', 'abgeordnete', 'burger', 'buerger'].includes(key))).toEqual([]);
    // A number word inside a name stays part of it; other languages keep their names.
    expect(extractEntities('El ministro Ignacio Diez llegó el lunes.', 'es')).toContain('diez');
    expect(extractEntities('Trois Européens ont rencontré Jean Castex à Lyon.', 'fr')).toContain('castex');
    expect(extractEntities('Two Britons met Keir Starmer in Leeds.', 'en')).toContain('starmer');
  });

  it('does not take German common nouns for names', () => {
    const keys = extractEntities('Die Regierung plant ein Gipfeltreffen. Der Rüstungswettlauf soll enden, sagte die Sprecherin.', 'de');
    expect(keys).not.toContain('gipfeltreffen');
    expect(keys).not.toContain('rustungsvettlauf');
    expect(keys).not.toContain('regierung');
  });

  it('needs a repeat for a lone capitalised word that opens a sentence, past quote marks, brackets, dashes and line breaks', () => {
    const key = extractEntities('The talks went on with Brenwick in the chair.', 'en')[0]!;
    expect(key).toMatch(/^bren/);
    expect(extractEntities('The talks went on – Brenwick chaired them.', 'en')).toContain(key);
    for (const text of [
      'Brenwick chaired the talks.',
      'The talks went on. Brenwick chaired them.',
      'The talks went on. „“(Brenwick chaired them.',
      'The talks went on: Brenwick chaired them.',
      'The talks went on\n\n– Brenwick chaired them.',
      'Were the talks over?\u00a0»Brenwick chaired them.',
    ])
      expect(extractEntities(text, 'en')).not.toContain(key);
    expect(extractEntities('The talks went on. „Brenwick chaired them. Brenwick left.', 'en')).toContain(key);
  });
});

describe('speakerKey', () => {
  it('gives one key for every spelling and title of a speaker', () => {
    const keys = ['Peskow', 'Peskov', 'Dmitry Peskov', 'Kremlsprecher Dmitri Peskow'].map(speakerKey);
    expect(new Set(keys)).toEqual(new Set(['peskov']));
    expect(speakerKey('Kreml')).toBe(speakerKey('the Kremlin'));
    expect(speakerKey('Weißes Haus')).toBe(speakerKey('White House'));
    expect(speakerKey('Emmanuel Macron')).not.toBe(speakerKey('Olaf Scholz'));
  });
});
