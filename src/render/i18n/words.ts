import { LANGUAGES, type Language } from '../../core/languages.js';
/**
 * The words of the digest chrome per language. Article text never passes
 * through here; only headers, counts, labels and relative dates.
 */
export interface ChromeWords {
  /** BCP 47 locale for Intl formatting. */
  locale: string;
  /** Title by the local hour the digest was generated at. */
  digest: (hour: number) => string;
  stories: (n: number) => string;
  moreSources: (n: number) => string;
  moreStories: (n: number) => string;
  update: string;
  continued: string;
  part: string;
  instant: string;
  today: string;
  yesterday: string;
  nothingNew: string;
  /** Name of the thread under a digest that holds each story's quotes and sources. */
  threadName: string;
  /** Label before a story's full list of outlets. */
  sources: string;
  /** Label before a story's quotes in its thread message. */
  quotes: string;
  /** Opening and closing marks for a quote whose text carries none. */
  quoteMarks: [string, string];
}

const plural = (locale: string, one: string, other: string) => {
  const rules = new Intl.PluralRules(locale);
  return (n: number) => `${n} ${rules.select(n) === 'one' ? one : other}`;
};

const byHour = (morning: string, afternoon: string, evening: string) => (hour: number) =>
  hour >= 5 && hour < 12 ? morning : hour >= 12 && hour < 18 ? afternoon : evening;

export const CHROME_WORDS: Record<Language, ChromeWords> = {
  en: {
    locale: 'en-GB',
    digest: byHour('Morning digest', 'Afternoon digest', 'Evening digest'),
    stories: plural('en-GB', 'story', 'stories'),
    moreSources: (n) => `+${n} more`,
    moreStories: (n) => `… and ${plural('en-GB', 'more story', 'more stories')(n)}`,
    update: 'Update:',
    continued: 'continued',
    part: 'part',
    instant: 'New story',
    today: 'today',
    yesterday: 'yesterday',
    nothingNew: 'Nothing new on these topics since the last digest.',
    threadName: 'Quotes and sources',
    sources: 'Sources',
    quotes: 'Quotes',
    quoteMarks: ['“', '”'],
  },
  de: {
    locale: 'de-DE',
    digest: byHour('Morgenübersicht', 'Nachmittagsübersicht', 'Abendübersicht'),
    stories: plural('de-DE', 'Meldung', 'Meldungen'),
    moreSources: (n) => `+${n} weitere`,
    moreStories: (n) => `… und ${plural('de-DE', 'weitere Meldung', 'weitere Meldungen')(n)}`,
    update: 'Aktualisiert:',
    continued: 'Fortsetzung',
    part: 'Teil',
    instant: 'Neue Meldung',
    today: 'heute',
    yesterday: 'gestern',
    nothingNew: 'Seit der letzten Übersicht nichts Neues zu diesen Themen.',
    threadName: 'Zitate und Quellen',
    sources: 'Quellen',
    quotes: 'Zitate',
    quoteMarks: ['„', '“'],
  },
  fr: {
    locale: 'fr-FR',
    digest: byHour('Revue du matin', "Revue de l'après-midi", 'Revue du soir'),
    stories: plural('fr-FR', 'article', 'articles'),
    moreSources: (n) => `+${n} autres`,
    moreStories: (n) => `… et ${plural('fr-FR', 'autre article', 'autres articles')(n)}`,
    update: 'Mise à jour :',
    continued: 'suite',
    part: 'partie',
    instant: 'Nouvel article',
    today: "aujourd'hui",
    yesterday: 'hier',
    nothingNew: 'Rien de nouveau sur ces sujets depuis la dernière revue.',
    threadName: 'Citations et sources',
    sources: 'Sources',
    quotes: 'Citations',
    quoteMarks: ['« ', ' »'],
  },
  es: {
    locale: 'es-ES',
    digest: byHour('Resumen de la mañana', 'Resumen de la tarde', 'Resumen de la noche'),
    stories: plural('es-ES', 'noticia', 'noticias'),
    moreSources: (n) => `+${n} más`,
    moreStories: (n) => `… y ${plural('es-ES', 'noticia más', 'noticias más')(n)}`,
    update: 'Actualización:',
    continued: 'continuación',
    part: 'parte',
    instant: 'Nueva noticia',
    today: 'hoy',
    yesterday: 'ayer',
    nothingNew: 'Nada nuevo sobre estos temas desde el último resumen.',
    threadName: 'Citas y fuentes',
    sources: 'Fuentes',
    quotes: 'Citas',
    quoteMarks: ['«', '»'],
  },
};

export type ChromeLanguage = keyof typeof CHROME_WORDS;
export const CHROME_LANGUAGES: readonly ChromeLanguage[] = LANGUAGES;

/** Unknown languages fall back to English chrome; the article text is untouched either way. */
export function chromeWords(language: string): ChromeWords {
  const base = language.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return (CHROME_WORDS as Record<string, ChromeWords>)[base] ?? CHROME_WORDS.en;
}
