import type { Digest } from '../../core/index.js';
import { chromeWords, type ChromeWords } from './words.js';

/**
 * The digest chrome (header, section headings, "and N more", dates) in the
 * subscription's language and time zone, shared by every renderer so that a
 * digest reads the same on Discord, Slack and the console.
 */
export interface DigestChrome {
  language: string;
  locale: string;
  /** The IANA zone actually used (UTC when the subscription's is unknown). */
  timeZone: string;
  /** "Morning digest", by the local hour of generation. */
  title: string;
  /** "Morning digest · Summits, Arms control · Tue 20 Mar, 08:00 (Europe/Berlin) · 7 stories". */
  header(storyCount: number, topicLabels: string[]): string;
  /** "SUMMITS (4)". */
  sectionHeading(topicLabel: string, storyCount: number): string;
  continued: string;
  /** "+2 more". */
  moreSources(count: number): string;
  /** "… and 5 more stories". */
  moreStories(count: number): string;
  updateLabel: string;
  /** Local time of a story: "today, 13:05", "yesterday, 22:40", "18 Mar, 09:10", "20 Mar 2017, 13:05"; '' for an invalid date. */
  storyTime(date: Date): string;
  /** "part 2/3". */
  part(index: number, total: number): string;
  instantLabel: string;
  nothingNew: string;
  /** "Quotes and sources · Morning digest, Tue 20 Mar": the thread under a digest. */
  threadName: string;
  sourcesLabel: string;
  quotesLabel: string;
  /**
   * The quote in the marks of its own language („…“ for German, « … » for French), whatever the digest's
   * language; the digest's marks when the quote's language is unknown. Text that carries its own marks stays as is.
   */
  quoted(text: string, language?: string): string;
}

export function chromeFor(digest: Pick<Digest, 'language' | 'timezone' | 'generatedAt'>): DigestChrome {
  const words = chromeWords(digest.language);
  const timeZone = knownZone(digest.timezone);
  const format = (options: Intl.DateTimeFormatOptions) => dateFormat(words.locale, timeZone, options);
  const headerDate = format({ weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const clock = format({ hour: '2-digit', minute: '2-digit' });
  const dayMonth = format({ day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const fullDate = format({ day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const dayKey = format({ year: 'numeric', month: '2-digit', day: '2-digit' });
  const hour = Number(
    format({ hour: 'numeric' })
      .formatToParts(digest.generatedAt)
      .find((part) => part.type === 'hour')?.value ?? 0,
  );
  const title = words.digest(hour);

  return {
    language: digest.language,
    locale: words.locale,
    timeZone,
    title,
    header: (count, labels) =>
      [title, labels.join(', '), `${headerDate.format(digest.generatedAt)} (${timeZone})`, words.stories(count)].filter((part) => part !== '').join(' · '),
    sectionHeading: (label, count) => `${label.toLocaleUpperCase(words.locale)} (${count})`,
    continued: words.continued,
    moreSources: words.moreSources,
    moreStories: words.moreStories,
    updateLabel: words.update,
    storyTime: (date) => relativeTime(date, digest.generatedAt, { words, clock, dayMonth, fullDate, dayKey }),
    part: (index, total) => `${words.part} ${index}/${total}`,
    instantLabel: words.instant,
    nothingNew: words.nothingNew,
    threadName: `${words.threadName} · ${title}, ${format({ weekday: 'short', day: 'numeric', month: 'short' }).format(digest.generatedAt)}`,
    sourcesLabel: words.sources,
    quotesLabel: words.quotes,
    quoted: (text, language) => {
      if (/^["'„“”«‚‘»]/.test(text)) return text;
      const [open, close] = language !== undefined && language !== '' ? chromeWords(language).quoteMarks : words.quoteMarks;
      return `${open}${text}${close}`;
    },
  };
}

interface TimeFormats {
  words: ChromeWords;
  clock: Intl.DateTimeFormat;
  dayMonth: Intl.DateTimeFormat;
  fullDate: Intl.DateTimeFormat;
  dayKey: Intl.DateTimeFormat;
}

/** "today"/"yesterday" only relative to the digest's own local date, where they cannot be misread. */
function relativeTime(date: Date, now: Date, f: TimeFormats): string {
  // Intl throws on an invalid date; a story without a usable time still renders.
  if (Number.isNaN(date.getTime())) return '';
  const day = f.dayKey.format(date);
  if (day === f.dayKey.format(now)) return `${f.words.today}, ${f.clock.format(date)}`;
  if (day === f.dayKey.format(new Date(now.getTime() - 24 * 3_600_000)) && date < now) {
    return `${f.words.yesterday}, ${f.clock.format(date)}`;
  }
  const sameYear = yearOf(date, f.dayKey) === yearOf(now, f.dayKey);
  return (sameYear ? f.dayMonth : f.fullDate).format(date);
}

function yearOf(date: Date, dayKey: Intl.DateTimeFormat): string {
  return dayKey.formatToParts(date).find((part) => part.type === 'year')?.value ?? '';
}

/** Building an Intl formatter costs far more than using one; digests reuse a handful of them. */
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, hourCycle: 'h23', ...options });
    formats.set(key, format);
  }
  return format;
}

/** A subscription's zone was validated when stored; this only keeps a bad row from breaking every render. */
function knownZone(timeZone: string): string {
  try {
    dateFormat('en', timeZone, {});
    return timeZone;
  } catch {
    return 'UTC';
  }
}
