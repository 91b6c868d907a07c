import type { LanguageCode, Quote } from '../types.js';
import { DIALOGUE_DASHES, tokenIndexAt, tokensOf, type QuoteSpan, type Sentence, type Token } from '../text/index.js';
import { readText, type ArticleDocument } from '../document.js';
import { attributionAfter, attributionBefore } from './attribution.js';
import { attributionEmbedded, attributionSentence, namedSubject } from './attribution-sentence.js';
import { findPeople, type People, type Person } from './people.js';
import { frontedSubject } from './fronted-subject.js';
import { introducedBetween } from './introductions.js';
import { countAnswers, countDashQuestions, interviewee, paragraphSpeaker } from './interview.js';
import {
  MIN_SPEAKER_CONFIDENCE,
  NOBODY,
  continuation,
  resolveSpeaker,
  subjectBefore,
  type LastSpeaker,
  type ResolveContext,
  type Resolved,
} from './resolve.js';
import type { SpeakerRef } from './speaker.js';
import { extractStatements } from './statements.js';
import { statementIssuer } from './issuers.js';
import { SPEECH_VERBS } from './lexicon.js';
import { withFullNames } from './acronyms.js';

/** Quotes shorter than this need a speaker right next to them; shorter unattributed ones are scare quotes. */
const MIN_FREE_QUOTE_WORDS = 5;
const MIN_QUOTE_WORDS = 2;
const MAX_QUOTES = 40;
/** Past this many quotations an input is not an article; stop looking (keeps hostile input linear). */
const MAX_CANDIDATES = 200;
/** How many sentences back a quote with no attribution looks for the sentence that introduced its speaker. */
const MAX_SENTENCES_BACK = 2;
/** A speaker taken from the subject of the sentence after a quote standing alone: shown, below a named attribution. */
const FRONTED_CONFIDENCE = 0.7;

/** Words in front of a short quote that make it a title or a name, not speech. */
const TITLE_CUE =
  /(?:film|buch|book|titled|titel|zeitung|newspaper|magazin|magazine|operation|sogenannte[nmrs]?|so-called|genannt|called|dubbed|named|namens|motto|slogan|hashtag|intitulée?|appelée?|baptisée?|surnommée?|llamad[oa]|denominad[oa]|titulad[oa]|lema|roman|novel|song|lied|album|série|serie|series|show|sendung|journal|periódico|diario|revista|revue|émission|kampagne|campaign|campagne|campaña|word|wort|mot|palabra|term|begriff|terme|término|label|marke|brand|nickname|spitzname|surnom|apodo|partenariat|partnership|partnerschaft)\W{0,3}$/iu;

/** Attributions that name their speaker (or the statement's issuer) by themselves, without a pronoun or an office to resolve. */
const NAMING = new Set<SpeakerRef['kind']>(['person', 'surname', 'institution', 'anonymous']);

interface Found {
  text: string;
  resolved: Resolved;
  adjacent: boolean;
  position: number;
}

/** Words as the reader sees them; cheaper than tokenising every quotation. */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 160 || code === 45 || code === 8211 || code === 8212;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      count += 1;
    }
  }
  return count;
}

function isTitleCase(tokens: Token[], inner: string): boolean {
  return tokens.length > 0 && tokens.length <= 8 && tokens.every((token) => /^[\p{Lu}\p{N}]/u.test(token.raw)) && !/[.!?,]$/.test(inner);
}

function sentenceIndexAt(sentences: readonly Sentence[], offset: number, from: number): number {
  let index = from;
  while (index < sentences.length - 1 && sentences[index]!.end <= offset) index += 1;
  return index;
}

function cleanQuoteText(inner: string): string {
  return inner
    .trim()
    .replace(/[,;:]$/, '')
    .trim();
}

export function extractQuotes(body: string, language: LanguageCode): { quotes: Quote[]; statements: Quote[] } {
  return quotesOfDocument(readText(body, language));
}

/** The start offset of each paragraph, for "the previous paragraph" windows. */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', at + 2)) starts.push(at + 2);
  return starts;
}

/**
 * Direct quotations with their speakers, best first, and indirect speech as
 * statements. Each speaker comes with a confidence; below
 * MIN_SPEAKER_CONFIDENCE the quote keeps no speaker rather than a guessed one.
 * Linear in the text: quote marks are paired in one pass and each quote looks
 * only at its own and neighbouring sentences.
 */
export function quotesOfDocument(document: ArticleDocument): { quotes: Quote[]; statements: Quote[] } {
  const { body: text, sentences, spans, language, bodyTokens: table } = document;
  let peopleCache: People | null = null;
  const people = (): People => (peopleCache ??= findPeople(table, spans, language));
  const paragraphs = paragraphStarts(text);
  let answersCache: number | null = null;
  let dashQuestionsCache: number | null = null;
  const found: Found[] = [];
  let last: LastSpeaker | null = null;
  let lastQuoteParagraph = -2;
  let sentenceCursor = 0;

  const tokensBetween = (from: number, to: number): Token[] => {
    const first = tokenIndexAt(table, from);
    let end = first;
    while (end < table.count && table.ends[end]! <= to) end += 1;
    return tokensOf(table, first, end);
  };
  const sentenceOf = (offset: number): number => sentenceIndexAt(sentences, offset, 0);
  const context = (offset: number, paragraph: number): ResolveContext => ({
    people: people(),
    language,
    offset,
    windowStart: paragraphs[Math.max(0, paragraph - 2)] ?? 0,
    last,
    sentenceOf,
    paragraphStart: paragraphs[paragraph] ?? 0,
  });
  const resolveAt = (ref: SpeakerRef, offset: number, paragraph: number): Resolved => resolveSpeaker(ref, context(offset, paragraph));

  spans.forEach((span: QuoteSpan, index) => {
    if (found.length >= MAX_CANDIDATES) return;
    const inner = text.slice(span.start + 1, span.end - 1);
    const words = wordCount(inner);
    if (words < MIN_QUOTE_WORDS || sentences.length === 0) return;
    sentenceCursor = sentenceIndexAt(sentences, span.start, sentenceCursor);
    const sentence = sentences[sentenceCursor]!;
    const previousSpan = spans[index - 1];
    const nextSpan = spans[index + 1];
    const beforeStart = Math.min(previousSpan !== undefined && previousSpan.end > sentence.start ? previousSpan.end : sentence.start, span.start);
    const afterEnd = Math.max(nextSpan !== undefined && nextSpan.start < sentence.end ? nextSpan.start : sentence.end, span.end);
    const lead = text.slice(beforeStart, span.start);
    const tail = text.slice(span.end, afterEnd);
    if (words <= 8 && (TITLE_CUE.test(lead) || isTitleCase(tokensBetween(span.start, span.end), inner))) return;
    const paragraph = sentence.paragraph;
    const resolution = attribute(span, sentenceCursor, words, lead, tail, beforeStart, afterEnd, paragraph);
    if (resolution === null) return;
    const resolved = resolution.resolved.confidence >= MIN_SPEAKER_CONFIDENCE ? resolution.resolved : NOBODY;
    found.push({ text: cleanQuoteText(inner), resolved, adjacent: resolution.adjacent, position: span.start / Math.max(1, text.length) });
    if (resolved.speaker !== null) {
      const inTurn = last !== null && last.resolved.speaker !== resolved.speaker && paragraph - last.paragraph <= 1;
      last = { resolved, offset: span.start, paragraph, inTurn };
    }
    lastQuoteParagraph = paragraph;
  });

  function attribute(
    span: QuoteSpan,
    sentenceIndex: number,
    words: number,
    lead: string,
    tail: string,
    beforeStart: number,
    afterEnd: number,
    paragraph: number,
  ): { resolved: Resolved; adjacent: boolean } | null {
    const tailTokens = /^[\s,;:–—-]*[\p{L}(]/u.test(tail) ? tokensBetween(span.end, afterEnd) : [];
    // "the "peace plan" continued to stall": a short quotation that is the subject of the verb right after it, with no
    // comma between, is a term, not speech.
    const term =
      words < MIN_FREE_QUOTE_WORDS &&
      /^\s+\p{L}/u.test(tail) &&
      !/[,;:–—-]\s*$/.test(text.slice(span.start + 1, span.end - 1)) &&
      tailTokens.length > 0 &&
      (SPEECH_VERBS[language]?.has(tailTokens[0]!.text) ?? false);
    const afterTokens = term ? [] : tailTokens;
    const beforeTokens = lead.trim() === '' ? [] : tokensBetween(beforeStart, span.start);
    const after = attributionAfter(afterTokens, text, language, beforeTokens);
    // "X has argued that "…," a line he repeated": the pronoun after the quote is the subject named before it.
    // "El texto añade que «…» y anuncia …": a verb after the quote that names nobody leaves the clause before it to speak.
    // "…," aseguró la institución: a description no role list knows is as open as a pronoun.
    const open = after === null || after.kind === 'pronoun' || after.kind === 'none' || after.kind === 'described';
    const before = open ? attributionBefore(beforeTokens, text, language, lead) : null;
    const adjacent =
      before !== null &&
      (after === null ||
        before.kind === 'person' ||
        before.kind === 'surname' ||
        ((after.kind === 'none' || after.kind === 'described') && NAMING.has(before.kind)))
        ? before
        : after;
    if (adjacent !== null) {
      // "—No me voy —zanja—." in a dash-set interview: the aside's unwritten subject is the interviewee.
      if (adjacent.kind === 'pronoun' && DIALOGUE_DASHES.has(span.open)) {
        dashQuestionsCache ??= countDashQuestions(text, paragraphs);
        if (dashQuestionsCache >= 2) return { resolved: interviewee(people()), adjacent: true };
      }
      const resolved = resolveAt(adjacent, span.start, paragraph);
      // "„…“, hieß es in einer Erklärung der Bundesregierung": with no institution named before, the statement's own issuer.
      if (adjacent.kind === 'anonymous' && resolved.speaker === null) {
        const sentence = sentences[sentenceIndex]!;
        const issuer = statementIssuer(people(), tokensBetween(sentence.start, sentence.end), sentence.start, sentence.end, language);
        // "La Compagnie, qui a salué dans un communiqué « … »": a lone capitalised word outside German is a noun opening
        // the sentence, a short form of a name given before, not the issuer's name.
        if (issuer !== null && (language === 'de' || issuer.speaker!.includes(' ') || /^\p{Lu}+$/u.test(issuer.speaker!)))
          return { resolved: issuer, adjacent: true };
      }
      // "El portavoz del Kremlin añadió que … «…», afirmó.": a pronoun the people index cannot settle is the speaker the
      // sentence before introduced with a speech verb.
      if (
        (adjacent.kind === 'pronoun' || (adjacent.kind === 'described' && adjacent.orPronoun)) &&
        resolved.confidence < MIN_SPEAKER_CONFIDENCE &&
        sentences[sentenceIndex]!.start === span.start &&
        // "One young man … described the blast. "…," he said": somebody unnamed came in; the pronoun is theirs.
        !introducedBetween(people(), paragraphs[paragraph] ?? 0, span.start, null, language)
      ) {
        const before = speakerOfSentencesBefore(sentenceIndex, paragraph);
        if (before !== null) return { resolved: before, adjacent: true };
      }
      return { resolved, adjacent: true };
    }
    if (words < MIN_FREE_QUOTE_WORDS) return null;
    const sentence = sentences[sentenceIndex]!;
    const embedded = attributionEmbedded(beforeTokens, text, language);
    if (embedded !== null) return { resolved: resolveAt(embedded, span.start, paragraph), adjacent: false };
    // "München - „…“": the article's first sentence starts past its dateline (datelineAt), so a quote there has no lead.
    const standalone = lead.trim() === '' && /^[\s.!?…]*$/.test(tail);
    if (standalone) {
      // The next sentence says who spoke: in the same paragraph, or opening the next one when the quote stands alone.
      const next = sentences[sentenceIndex + 1];
      const quoteIsParagraph = sentences[sentenceIndex - 1]?.paragraph !== paragraph;
      if (next !== undefined && (next.paragraph === paragraph || (quoteIsParagraph && next.paragraph === paragraph + 1))) {
        const ref = attributionSentence(tokensBetween(next.start, next.end), text, language);
        // "So beschrieb die Präsidentin des BSI den Fall. Claudia Plattner sagte, …": the description's name follows.
        const after = sentences[sentenceIndex + 2];
        const named =
          ref?.kind === 'description' && after !== undefined && after.paragraph === next.paragraph
            ? namedSubject(tokensBetween(after.start, after.end), text, language)
            : null;
        if (named !== null) return { resolved: resolveAt(named, after!.start, after!.paragraph), adjacent: true };
        if (ref !== null) return { resolved: resolveAt(ref, next.start, next.paragraph), adjacent: true };
        // "«…» Devant les maires, le chef d'état-major, le général Fabien Mandon, a mis en garde …": the subject named next.
        const fronted = unnamedBefore(span.start, paragraph) ? frontedSubject(people(), text, next.start, next.end, language) : null;
        if (fronted !== null) return { resolved: frontedResolved(fronted), adjacent: true };
      }
      const previous = sentences[sentenceIndex - 1];
      if (previous !== undefined && /:$/.test(previous.text)) {
        const ref = attributionBefore(tokensBetween(previous.start, previous.end), text, language, previous.text);
        if (ref !== null) return { resolved: resolveAt(ref, previous.start, previous.paragraph), adjacent: true };
      }
      // A quotation that is its whole paragraph, from a statement the sentence next to it says an institution issued.
      const issuer = quoteIsParagraph ? issuerAround(span, sentenceIndex, paragraph) : null;
      if (issuer !== null) return { resolved: issuer, adjacent: false };
    }
    // "« … ans. » Devant les maires, le général Fabien Mandon a …": a quotation closing its own sentence, which the text
    // runs on from without a break; the subject of the words after it is the speaker.
    if (
      /(?:^|[.!?…])\s*$/u.test(lead) &&
      /[.!?…]\s*$/u.test(text.slice(span.start + 1, span.end - 1)) &&
      /^\s+\p{Lu}/u.test(tail) &&
      unnamedBefore(span.start, paragraph)
    ) {
      const fronted = frontedSubject(people(), text, span.end, afterEnd, language);
      if (fronted !== null) return { resolved: frontedResolved(fronted), adjacent: true };
    }
    // "Münch: „…“", "R. … «…»": an interview paragraph opened by who speaks.
    const paragraphStart = paragraphs[paragraph];
    if (paragraphStart !== undefined) {
      answersCache ??= countAnswers(text, paragraphs);
      const labelled = paragraphSpeaker(text, paragraphStart, answersCache, tokensBetween, context(span.start, paragraph), language);
      if (labelled.speaker !== null) return { resolved: labelled, adjacent: false };
    }
    // "Genau das sei die Schwachstelle, räumte der General ein. „…“": the speaker of the sentences just before, in its paragraph.
    if (sentence.start === span.start) {
      const before = speakerOfSentencesBefore(sentenceIndex, paragraph);
      if (before !== null) return { resolved: before, adjacent: false };
    }
    // A quote continuing the previous speaker's words, in the same or the next paragraph.
    if (paragraph - lastQuoteParagraph <= 1) {
      const continued = continuation(context(span.start, paragraph), paragraph);
      if (continued.speaker !== null) return { resolved: continued, adjacent: false };
    }
    const previous = sentences[sentenceIndex - 1];
    if (previous !== undefined && previous.paragraph === paragraph && sentence.start === span.start) {
      return { resolved: subjectBefore(context(span.start, paragraph), previous.start), adjacent: false };
    }
    return { resolved: NOBODY, adjacent: false };
  }

  function frontedResolved(person: Person): Resolved {
    return { speaker: person.name, confidence: FRONTED_CONFIDENCE, person };
  }

  /** Nobody is named in the quote's paragraph before it, outside quotations. */
  function unnamedBefore(offset: number, paragraph: number): boolean {
    const start = paragraphs[paragraph] ?? 0;
    return !people().mentions.some((mention) => mention.start >= start && mention.start < offset && !mention.quoted);
  }

  /** The issuer of a statement named in the sentence after a paragraph-long quotation, or in the one before it. */
  function issuerAround(span: QuoteSpan, sentenceIndex: number, paragraph: number): Resolved | null {
    let k = sentenceIndex + 1;
    while (k < sentences.length && sentences[k]!.start < span.end) k += 1;
    const next = sentences[k];
    if (next !== undefined && next.paragraph === paragraph) return null;
    // The sentence after, or one of the last two of the paragraph before ("X a publié un communiqué. Nous en publions …").
    for (const near of [next, sentences[sentenceIndex - 1], sentences[sentenceIndex - 2]]) {
      if (near === undefined || Math.abs(near.paragraph - paragraph) !== 1) continue;
      const issuer = statementIssuer(people(), tokensBetween(near.start, near.end), near.start, near.end, language);
      if (issuer !== null) return issuer;
    }
    return null;
  }

  /**
   * The speaker an earlier sentence of the quote's paragraph names with a speech verb ("Dobrindt sprach von
   * einem Erfolg. … „…“"), when nobody else is named or introduced after it and no quote came between.
   */
  function speakerOfSentencesBefore(sentenceIndex: number, paragraph: number): Resolved | null {
    const quoteStart = sentences[sentenceIndex]!.start;
    for (let k = sentenceIndex - 1; k >= 0 && sentenceIndex - k <= MAX_SENTENCES_BACK; k -= 1) {
      const previous = sentences[k]!;
      if (previous.paragraph !== paragraph || (last !== null && last.offset >= previous.start)) return null;
      const ref = attributionEmbedded(tokensBetween(previous.start, previous.end), text, language);
      if (ref === null) continue;
      // Only a speaker the sentence names by itself: "said he had voted" after "One member, who …," names nobody.
      if (ref.kind !== 'person' && ref.kind !== 'surname' && ref.kind !== 'role' && ref.kind !== 'description') return null;
      const resolved = resolveAt(ref, previous.start, paragraph);
      if (resolved.speaker === null || resolved.confidence < MIN_SPEAKER_CONFIDENCE) return null;
      const since = people().mentions.some((mention) => mention.start > previous.end && mention.start < quoteStart && mention.person !== resolved.person);
      if (since || introducedBetween(people(), previous.end, quoteStart, null, language)) return null;
      return { ...resolved, confidence: Math.min(resolved.confidence, 0.75) };
    }
    return null;
  }

  const unique = new Map<string, Quote>();
  found.forEach((quote, index) => {
    const key = quote.text.toLowerCase();
    if (unique.has(key) || unique.size >= MAX_QUOTES) return;
    const count = wordCount(quote.text);
    const lengthScore = count >= 6 && count <= 45 ? 1 : 0.5;
    const named = quote.resolved.speaker !== null;
    const score = 1 + (named ? 1 : 0) + (quote.adjacent ? 0.5 : 0) + lengthScore + 0.5 * (1 - quote.position) - index * 0.001;
    unique.set(key, {
      text: quote.text,
      speaker: quote.resolved.speaker,
      kind: 'direct',
      score: Math.round(score * 1000) / 1000,
      language,
      speakerConfidence: named ? quote.resolved.confidence : 0,
    });
  });
  const quotes = withFullNames(
    [...unique.values()].sort((a, b) => b.score - a.score),
    text,
  );
  const statements = withFullNames(extractStatements(document, people, paragraphs, sentenceOf), text);
  return { quotes, statements };
}
