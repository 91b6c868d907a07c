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

/** Control characters from broken encodings or binary input; tabs and newlines stay. */
function sanitize(text: string | null | undefined, limit: number): string {
  if (typeof text !== 'string') return '';
  // NFC: decomposed accents ("e" + U+0301) would split words for the tokenizer. It also
  // leaves one flat string: every later pass reads it by charCodeAt, which is slow on the
  // rope a caller's template literal builds.
  const normalized = text.slice(0, limit).normalize('NFC');
  return needsCleaning(normalized) ? normalized.replace(CONTROL_CHARACTERS, ' ').replace(/\r\n?/g, '\n') : normalized;
}

/** Whether the text has a control character or a carriage return; most articles have neither, and two regex scans cost. */
function needsCleaning(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10) || code === 0x7f || code === 0xfffd) return true;
  }
  return false;
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
