import type { ArticleText, LanguageCode } from './types.js';
import { detectLanguageOf } from './language/index.js';
import { computeSentences, findQuoteSpans, normalizeParagraphs, tokenTable, type QuoteSpan, type Sentence, type TokenTable } from './text/index.js';

/**
 * One article read once: cleaned title and body, their token tables, the
 * language, and (on first use) the sentences and quotation spans. Every stage
 * of the analysis reads this instead of normalising and tokenising again.
 */
export interface ArticleDocument {
  readonly title: string;
  /** Paragraphs separated by one blank line; every offset refers to this text. */
  readonly body: string;
  readonly titleTokens: TokenTable;
  readonly bodyTokens: TokenTable;
  readonly language: LanguageCode;
  readonly sentences: readonly Sentence[];
  readonly spans: readonly QuoteSpan[];
}

/** Beyond this an "article" is a dump; the analysis reads the first part only. */
const MAX_BODY_LENGTH = 200_000;
const MAX_TITLE_LENGTH = 1_000;
/** A body this long tells its language by itself; the title joins in only for short texts. */
const LONG_ENOUGH_FOR_LANGUAGE = 300;

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]+/g;

// eslint-disable-next-line no-control-regex -- any pattern flattens its subject; this one fails at once.
const FLATTEN = /^\u0000/;
const CLEAN = 0;
const CONTROL = 1;
const MAY_DENORMALISE = 2;

/**
 * One scan: whether the text has control characters or carriage returns, and
 * whether NFC could change it. Latin (up to U+02FF), general punctuation and
 * currency signs have no canonical decompositions or combining marks: typical
 * news prose skips the normaliser, which copies the text even when nothing changes.
 */
function inspect(text: string): number {
  let found = CLEAN;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 32) {
      if (code !== 9 && code !== 10) found |= CONTROL;
    } else if (code < 0x300) {
      if (code === 0x7f) found |= CONTROL;
    } else if (code === 0xfffd) found |= CONTROL | MAY_DENORMALISE;
    else if (!(code >= 0x2000 && code <= 0x206f) && !(code >= 0x20a0 && code <= 0x20cf)) found |= MAY_DENORMALISE;
  }
  return found;
}

/** Control characters from broken encodings or binary input; tabs and newlines stay. */
function sanitize(text: string | null | undefined, limit: number): string {
  if (typeof text !== 'string') return '';
  let clean = text.length > limit ? text.slice(0, limit) : text;
  // A regular expression flattens its subject: the rope a caller's template literal builds is slow to read by charCodeAt.
  FLATTEN.test(clean);
  const found = inspect(clean);
  // NFC: decomposed accents ("e" + U+0301) would split words for the tokenizer.
  if ((found & MAY_DENORMALISE) !== 0) clean = clean.normalize('NFC');
  return (found & CONTROL) !== 0 ? clean.replace(CONTROL_CHARACTERS, ' ').replace(/\r\n?/g, '\n') : clean;
}

function collapseSpaces(text: string): string {
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

class Document implements ArticleDocument {
  readonly title: string;
  readonly body: string;
  readonly titleTokens: TokenTable;
  readonly bodyTokens: TokenTable;
  readonly language: LanguageCode;
  private cachedSpans: readonly QuoteSpan[] | null = null;
  private cachedSentences: readonly Sentence[] | null = null;

  constructor(input: ArticleText, language?: LanguageCode) {
    this.title = collapseSpaces(sanitize(input.title, MAX_TITLE_LENGTH));
    this.body = normalizeParagraphs(sanitize(input.body, MAX_BODY_LENGTH));
    this.bodyTokens = tokenTable(this.body);
    this.titleTokens = tokenTable(this.title);
    if (language !== undefined) {
      this.language = language;
      return;
    }
    const detected = detectLanguageOf(this.body.length >= LONG_ENOUGH_FOR_LANGUAGE ? this.bodyTokens : tokenTable(`${this.title}\n${this.body}`));
    const hint = input.languageHint ?? null;
    this.language = detected === 'und' && hint !== null && /^[a-z]{2}$/.test(hint) ? hint : detected;
  }

  get spans(): readonly QuoteSpan[] {
    return (this.cachedSpans ??= findQuoteSpans(this.body));
  }

  get sentences(): readonly Sentence[] {
    return (this.cachedSentences ??= computeSentences(this.body, this.spans));
  }
}

/** Reads an article once for every stage of the analysis. */
export function readArticle(input: ArticleText): ArticleDocument {
  return new Document(input);
}

/** A document for a bare text in a known language (the stage functions' own entry points). */
export function readText(body: string, language: LanguageCode, title = ''): ArticleDocument {
  return new Document({ title, body }, language);
}
