import type { Digest } from '../../core/index.js';

/**
 * The digest chrome (header, section headings, "and N more", dates) in the
 * subscription's language and time zone. Article text never passes through here.
 */
export interface SlackChrome {
  header(storyCount: number, topicLabels: string[]): string;
  sectionHeading(topicLabel: string, storyCount: number): string;
  continued: string;
  moreSources(count: number): string;
  moreStories(count: number): string;
  updateLabel: string;
  storyTime(date: Date): string;
  /** "part 2/3" for messages after the first. */
  part(index: number, total: number): string;
  instantLabel: string;
}

interface Words {
  digest: (hour: number) => string;
  stories: (n: number) => string;
  moreSources: (n: number) => string;
  moreStories: (n: number) => string;
  update: string;
  continued: string;
  part: string;
  instant: string;
  locale: string;
}

const WORDS: Record<string, Words> = {
  en: {
    digest: (h) => (h < 12 ? 'Morning digest' : h < 18 ? 'Afternoon digest' : 'Evening digest'),
    stories: (n) => `${n} ${n === 1 ? 'story' : 'stories'}`,
    moreSources: (n) => `+${n} more`,
    moreStories: (n) => `… and ${n} more ${n === 1 ? 'story' : 'stories'}`,
    update: 'Update:',
    continued: 'continued',
    part: 'part',
    instant: 'New story',
    locale: 'en-GB',
  },
  de: {
    digest: (h) => (h < 12 ? 'Morgenübersicht' : h < 18 ? 'Nachmittagsübersicht' : 'Abendübersicht'),
    stories: (n) => `${n} ${n === 1 ? 'Meldung' : 'Meldungen'}`,
    moreSources: (n) => `+${n} weitere`,
    moreStories: (n) => `… und ${n} weitere ${n === 1 ? 'Meldung' : 'Meldungen'}`,
    update: 'Aktualisiert:',
    continued: 'Fortsetzung',
    part: 'Teil',
    instant: 'Neue Meldung',
    locale: 'de-DE',
  },
  fr: {
    digest: (h) => (h < 12 ? 'Revue du matin' : h < 18 ? "Revue de l'après-midi" : 'Revue du soir'),
    stories: (n) => `${n} ${n === 1 ? 'article' : 'articles'}`,
    moreSources: (n) => `+${n} autres`,
    moreStories: (n) => `… et ${n} ${n === 1 ? 'autre article' : 'autres articles'}`,
    update: 'Mise à jour :',
    continued: 'suite',
    part: 'partie',
    instant: 'Nouvel article',
    locale: 'fr-FR',
  },
  es: {
    digest: (h) => (h < 12 ? 'Resumen de la mañana' : h < 18 ? 'Resumen de la tarde' : 'Resumen de la noche'),
    stories: (n) => `${n} ${n === 1 ? 'noticia' : 'noticias'}`,
    moreSources: (n) => `+${n} más`,
    moreStories: (n) => `… y ${n} ${n === 1 ? 'noticia más' : 'noticias más'}`,
    update: 'Actualización:',
    continued: 'continuación',
    part: 'parte',
    instant: 'Nueva noticia',
    locale: 'es-ES',
  },
};

function safeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

function localHour(date: Date, timeZone: string): number {
  const hour = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(date);
  return Number(hour);
}

export function chromeFor(digest: Digest): SlackChrome {
  const words = WORDS[digest.language] ?? WORDS.en!;
  const timeZone = safeZone(digest.timezone);
  const dateTime = new Intl.DateTimeFormat(words.locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const headerDate = new Intl.DateTimeFormat(words.locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return {
    header: (count, labels) =>
      [words.digest(localHour(digest.generatedAt, timeZone)), labels.join(', '), `${headerDate.format(digest.generatedAt)} (${timeZone})`, words.stories(count)]
        .filter((s) => s !== '')
        .join(' · '),
    sectionHeading: (label, count) => `${label.toLocaleUpperCase(words.locale)} (${count})`,
    continued: words.continued,
    moreSources: words.moreSources,
    moreStories: words.moreStories,
    updateLabel: words.update,
    storyTime: (date) => dateTime.format(date),
    part: (index, total) => `${words.part} ${index}/${total}`,
    instantLabel: words.instant,
  };
}
