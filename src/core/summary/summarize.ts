import type { LanguageCode } from '../types.js';
import { readText, type ArticleDocument } from '../document.js';
import { stemIdAt, tokenIndexAt, tokenize, type Sentence, type TokenTable } from '../text/index.js';

export const MAX_SUMMARY_LENGTH = 300;
const MAX_SENTENCES = 2;
const MIN_WORDS = 5;
const MAX_WORDS = 60;
/** Only the top of an article competes: news puts what happened first. */
const CANDIDATE_WINDOW = 8;

/** Sentence openers that point back at something the reader has not seen. */
const DANGLING_OPENERS: Record<string, ReadonlySet<string>> = {
  de: new Set([
    'das',
    'dies',
    'diese',
    'dieser',
    'dieses',
    'er',
    'sie',
    'es',
    'doch',
    'aber',
    'auch',
    'dabei',
    'damit',
    'darüber',
    'deshalb',
    'zudem',
    'außerdem',
    'allerdings',
    'beide',
    'man',
    'dort',
    'dann',
    'daher',
    'trotzdem',
    'jedoch',
    'ihm',
    'ihr',
    'dazu',
    'davor',
    'danach',
    'dafür',
    'dagegen',
    'so',
    'und',
    'oder',
    'denn',
  ]),
  en: new Set([
    'he',
    'she',
    'it',
    'they',
    'this',
    'that',
    'these',
    'those',
    'but',
    'however',
    'also',
    'and',
    'meanwhile',
    'still',
    'yet',
    'moreover',
    'his',
    'her',
    'their',
    'its',
    'there',
    'both',
    'so',
    'or',
    'then',
    'such',
    'we',
    'i',
    'you',
  ]),
  fr: new Set([
    'il',
    'elle',
    'ils',
    'elles',
    'ce',
    'cela',
    'ceci',
    'cette',
    'ces',
    'mais',
    'cependant',
    'pourtant',
    'aussi',
    'toutefois',
    'celui',
    'celle',
    'et',
    'ou',
    'donc',
    'puis',
    'c’est',
    'c',
    'lui',
    'leur',
    'nous',
    'je',
  ]),
  es: new Set([
    'él',
    'ella',
    'ellos',
    'ellas',
    'esto',
    'eso',
    'este',
    'esta',
    'estos',
    'estas',
    'pero',
    'también',
    'además',
    'ambos',
    'ambas',
    'y',
    'o',
    'sin',
    'luego',
    'así',
    'su',
    'sus',
    'nosotros',
    'yo',
  ]),
};

const OPENING_QUOTE = /^["„“«»‚‘']/;

interface Candidate {
  sentence: Sentence;
  index: number;
  score: number;
  stems: Set<number>;
}

function isUsable(sentence: Sentence, first: string | undefined, language: LanguageCode): boolean {
  const text = sentence.text;
  if (text.length > MAX_SUMMARY_LENGTH || OPENING_QUOTE.test(text) || text.endsWith('?') || text.endsWith(':')) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(text) || !/[.!…"“”»«']$/u.test(text)) return false;
  // Words are separated by single spaces (normalised paragraphs); count them without splitting.
  let words = 1;
  for (let at = text.indexOf(' '); at >= 0 && words <= MAX_WORDS; at = text.indexOf(' ', at + 1)) words += 1;
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  const openers = DANGLING_OPENERS[language] ?? DANGLING_OPENERS.en!;
  return first !== undefined && !openers.has(first);
}

/** Stems of the longer words of tokens [from, to). */
function stemsOf(table: TokenTable, from: number, to: number, language: LanguageCode): Set<number> {
  const stems = new Set<number>();
  for (let i = from; i < to; i += 1) if (table.ends[i]! - table.starts[i]! > 3) stems.add(stemIdAt(table, i, language));
  return stems;
}

function overlap(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared += 1;
  return shared / Math.min(a.size, b.size);
}

/**
 * One or two whole sentences from the top of the article, lead first, chosen
 * for overlap with the title; never a sentence that opens with a dangling
 * reference, never a quote, never over 300 characters.
 */
export function summarize(input: { title: string; body: string; language: LanguageCode }): string {
  return summarizeDocument(readText(input.body, input.language, input.title));
}

/** summarize on an analysed document: its sentences and token table. */
export function summarizeDocument(document: ArticleDocument): string {
  const { language, bodyTokens: table } = document;
  const titleStems = stemsOf(document.titleTokens, 0, document.titleTokens.count, language);
  const sentences = document.sentences.slice(0, CANDIDATE_WINDOW * 3);
  const candidates: Candidate[] = [];
  sentences.forEach((sentence, index) => {
    if (candidates.length >= CANDIDATE_WINDOW) return;
    const from = tokenIndexAt(table, sentence.start);
    let end = from;
    while (end < table.count && table.starts[end]! < sentence.end) end += 1;
    // The first word of the sentence's first space-separated chunk ("„Wir" → "wir").
    const space = sentence.text.indexOf(' ');
    const chunkEnd = sentence.start + (space < 0 ? sentence.text.length : space);
    // A dateline glued to the first word ("WashingtonDer") leaves no token at the sentence start: read the chunk itself.
    const glued = from > 0 && table.ends[from - 1]! > sentence.start;
    const firstWord = glued
      ? tokenize(sentence.text.slice(0, chunkEnd - sentence.start))[0]?.text
      : from < end && table.starts[from]! < chunkEnd
        ? table.words[from]!.lower
        : undefined;
    if (!isUsable(sentence, firstWord, language)) return;
    const stems = stemsOf(table, from, end, language);
    const lead = 1 / (1 + index * 0.4);
    candidates.push({ sentence, index, stems, score: lead + overlap(stems, titleStems) });
  });
  const title = document.title;
  if (candidates.length === 0) return title.length <= MAX_SUMMARY_LENGTH && /\p{L}/u.test(title) ? title.trim() : '';
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.index - b.index);
  const chosen: Candidate[] = [ranked[0]!];
  for (const candidate of ranked.slice(1)) {
    if (chosen.length >= MAX_SENTENCES) break;
    const length = chosen.reduce((sum, item) => sum + item.sentence.text.length + 1, 0) + candidate.sentence.text.length;
    if (length > MAX_SUMMARY_LENGTH) continue;
    if (overlap(candidate.stems, chosen[0]!.stems) > 0.6) continue;
    chosen.push(candidate);
  }
  return chosen
    .sort((a, b) => a.index - b.index)
    .map((item) => item.sentence.text)
    .join(' ');
}
