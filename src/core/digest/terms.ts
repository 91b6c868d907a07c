/**
 * Whole-word matching of user-given words and phrases in any language, for
 * include/exclude filters: case- and accent-insensitive ("Zürich" = "zurich",
 * "STRASSE" = "Straße"), never a regular expression from the user. Words are
 * runs of letters and digits; scripts written without spaces (Chinese,
 * Japanese, Thai, …) are split into words by the ICU word segmenter, and a
 * term in such a script also matches inside a longer run.
 */

const NO_SPACE_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD = /[\p{L}\p{N}]+/gu;

let segmenter: Intl.Segmenter | null = null;

/** Lower case without accents; ß and other case-folding expansions become their plain letters. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i');
}

/** The words of already folded text. */
function wordsOfFolded(folded: string): string[] {
  if (!NO_SPACE_SCRIPTS.test(folded)) return folded.match(WORD) ?? [];
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const words: string[] = [];
  for (const segment of segmenter.segment(folded)) {
    if (segment.isWordLike) words.push(...(segment.segment.match(WORD) ?? []));
  }
  return words;
}

export interface MatchTerm {
  /** As the user wrote it, for messages ("filtered out by the word …"). */
  text: string;
  words: string[];
  /** Folded text of a term in a script without spaces: matched as a substring too. */
  inside: string | null;
}

export function compileTerm(text: string): MatchTerm | null {
  const folded = foldForMatch(text.trim());
  const words = wordsOfFolded(folded);
  if (words.length === 0) return null;
  return { text: text.trim(), words, inside: NO_SPACE_SCRIPTS.test(folded) ? words.join('') : null };
}

/** A text prepared once for matching many terms against it. */
export interface MatchText {
  words: string[];
  /** Folded words joined without spaces, for terms in scripts without spaces. */
  joined: string;
}

export function prepareText(text: string): MatchText {
  const words = wordsOfFolded(foldForMatch(text));
  return { words, joined: words.join('') };
}

export function containsTerm(text: MatchText, term: MatchTerm): boolean {
  if (term.inside !== null && text.joined.includes(term.inside)) return true;
  const [first, ...rest] = term.words;
  const last = text.words.length - rest.length;
  for (let i = 0; i < last; i += 1) {
    if (text.words[i] !== first) continue;
    let matched = true;
    for (let k = 0; k < rest.length; k += 1) {
      if (text.words[i + 1 + k] !== rest[k]) {
        matched = false;
        break;
      }
    }
    if (matched) return true;
  }
  return false;
}

/** The first term found in the text, or null. */
export function firstTermIn(text: MatchText, terms: readonly MatchTerm[]): MatchTerm | null {
  for (const term of terms) if (containsTerm(text, term)) return term;
  return null;
}
