import type { ArticleAnalysis, ArticleText } from './types.js';
import { detectLanguage } from './language/index.js';
import { classifyTopics, type Taxonomy } from './topics/index.js';
import { extractQuotes } from './quotes/index.js';
import { summarize } from './summary/index.js';
import { extractEntities } from './entities/index.js';
import { normalizeParagraphs } from './text/index.js';

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

/** Everything the core makes of one article: language, topics, quotes, statements, summary, entities. */
export function analyzeArticle(input: ArticleText, taxonomy: Taxonomy): ArticleAnalysis {
  const title = sanitize(input.title, MAX_TITLE_LENGTH).replace(/\s+/g, ' ').trim();
  // One normalised body for every analysis, so tokens and sentences are computed once.
  const body = normalizeParagraphs(sanitize(input.body, MAX_BODY_LENGTH));
  const detected = detectLanguage(body.length >= LONG_ENOUGH_FOR_LANGUAGE ? body : `${title}\n${body}`);
  const hint = input.languageHint ?? null;
  const language = detected === 'und' && hint !== null && /^[a-z]{2}$/.test(hint) ? hint : detected;
  const topics = classifyTopics({ title, body, language }, taxonomy);
  const { quotes, statements } = extractQuotes(body, language);
  const summary = summarize({ title, body, language });
  const entities = [...new Set([...extractEntities(title, language), ...extractEntities(body, language)])];
  return { language, topics, quotes, statements, summary, entities };
}
