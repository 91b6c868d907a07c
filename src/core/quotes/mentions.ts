import type { LanguageCode } from '../types.js';
import { isCapitalized, tokenize, type Token } from '../text/index.js';
import { matchGazetteerAt } from '../entities/index.js';
import { isAnyStopword } from '../language/index.js';
import { GERMAN_ROLE_SUFFIX, TITLE_WORDS } from './lexicon.js';

/** A person or institution named in the text, for resolving "he said" and "it said in a statement". */
export interface Mention {
  offset: number;
  kind: 'person' | 'institution';
  name: string;
  /** Title in front of a person's name ("chancelier" in "le chancelier allemand Friedrich Merz"). */
  title?: string;
}

const GERMAN_DETERMINERS = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einer',
  'einem',
  'eines',
  'am',
  'im',
  'zum',
  'zur',
  'vom',
  'beim',
]);

const isStopword = isAnyStopword;

/** End of a run of adjacent capitalised words that are neither function words nor gazetteer names. */
function capitalisedRun(tokens: Token[], i: number): number {
  let end = i;
  while (
    end < tokens.length &&
    isCapitalized(tokens[end]!.raw) &&
    !isStopword(tokens[end]!.text) &&
    (end === i || (tokens[end]!.start - tokens[end - 1]!.end <= 1 && matchGazetteerAt(tokens, end) === null))
  )
    end += 1;
  return end;
}

function isTitleWord(token: Token, language: LanguageCode): boolean {
  return TITLE_WORDS.has(token.text) || (language === 'de' && GERMAN_ROLE_SUFFIX.test(token.text));
}

function titleBefore(tokens: Token[], index: number, language: LanguageCode): string | undefined {
  for (let k = index - 1; k >= Math.max(0, index - 3); k -= 1) {
    if (isTitleWord(tokens[k]!, language)) return tokens[k]!.text;
  }
  return undefined;
}

/**
 * People (gazetteer names, and "First Last" pairs after a title or on their
 * own) and institutions (gazetteer) in order of appearance.
 */
export function findMentions(text: string, language: LanguageCode): Mention[] {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const known = matchGazetteerAt(tokens, i);
    if (known !== null) {
      const kind = known.entry.kind;
      if (kind === 'person') {
        mentions.push({
          offset: tokens[i]!.start,
          kind: 'person',
          name: tokens
            .slice(i, known.end)
            .map((token) => token.raw)
            .join(' ')
            .replace(/['’]s$/, ''),
          title: titleBefore(tokens, i, language),
        });
      } else if (kind === 'institution') {
        mentions.push({ offset: tokens[i]!.start, kind: 'institution', name: known.entry.key });
      }
      i = known.end;
      continue;
    }
    const end = capitalisedRun(tokens, i);
    if (end - i >= 2) {
      let from = i;
      while (from < end && isTitleWord(tokens[from]!, language)) from += 1;
      const previous = tokens[i - 1];
      const determined = language === 'de' && previous !== undefined && GERMAN_DETERMINERS.has(previous.text);
      if (end - from >= 2 && !determined) {
        mentions.push({
          offset: tokens[from]!.start,
          kind: 'person',
          name: tokens
            .slice(from, end)
            .map((token) => token.raw)
            .join(' '),
          title: from > i ? tokens[from - 1]!.text : titleBefore(tokens, i, language),
        });
      }
      i = end;
      continue;
    }
    i += 1;
  }
  return mentions;
}

/** The last mention of a kind before an offset. */
export function lastMentionBefore(mentions: Mention[], offset: number, kind: Mention['kind']): Mention | null {
  let found: Mention | null = null;
  for (const mention of mentions) {
    if (mention.offset >= offset) break;
    if (mention.kind === kind) found = mention;
  }
  return found;
}

function sameRole(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a) || a.slice(0, 5) === b.slice(0, 5);
}

/** The last person before an offset who could carry a role word: "le président" is not the chancellor named last. */
export function lastPersonWithRole(mentions: Mention[], offset: number, role: string): Mention | null {
  let found: Mention | null = null;
  for (const mention of mentions) {
    if (mention.offset >= offset) break;
    if (mention.kind !== 'person') continue;
    if (mention.title !== undefined && !sameRole(mention.title, role)) continue;
    found = mention;
  }
  return found;
}

/** Mentions are needed only when a pronoun or an anonymous source must be resolved; find them on first use. */
export type MentionSource = () => Mention[];

export function lazyMentions(text: string, language: LanguageCode): MentionSource {
  let mentions: Mention[] | null = null;
  return () => (mentions ??= findMentions(text, language));
}
