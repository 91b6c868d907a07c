/**
 * The dateline at the start of an article: a capitalised place name list
 * ending in a dash ("Moskau, Washington – ", "BERLIN (Reuters) - ",
 * "Paris, 12 mars – "). It used to be one regular expression,
 *
 *   ^\p{Lu}[\p{L}.'’-]{1,30}(?:[ /]\p{Lu}[\p{L}.'’-]{1,30}){0,2}
 *   (?:,\s?\p{Lu}[\p{L}.'’-]{1,30}(?:[ /]\p{Lu}[\p{L}.'’-]{1,30}){0,2}){0,3}
 *   (?:\s?\([^()\n]{1,40}\))?(?:,\s?\d{1,2}\.?\s?\p{L}{3,9}\.?)?\s?[–—-]{1,2}\s   (flag u)
 *
 * whose eleven Unicode letter classes took V8 50 to 150 ms to compile on
 * first use, in every process and worker thread that reads an article with a
 * dash near its start. This is the same pattern as a small backtracking
 * matcher: every part tries its longest choice first and gives way one step
 * at a time, exactly as the expression did, so it finds the same match
 * (test/core/text/dateline.test.ts compares the two on generated text).
 */

/** Where the match continues after a part: the match's end, or -1 when the rest does not match. */
type Next = (at: number) => number;
type Part = (text: string, at: number, next: Next) => number;

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** \p{L}: ASCII and Latin-1 answered here, the rest by a one-class expression (quick to compile). */
function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  if (cp < 0x100) return cp === 0xaa || cp === 0xb5 || cp === 0xba || (cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7);
  return LETTER.test(String.fromCodePoint(cp));
}

/** \p{Lu}, answered the same way. */
function isUpper(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  if (cp < 0x100) return cp >= 0xc0 && cp <= 0xde && cp !== 0xd7;
  return UPPER.test(String.fromCodePoint(cp));
}

/** \s: ECMAScript white space and line terminators. */
export function isRegExpSpace(cp: number): boolean {
  if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0xa0) return true;
  if (cp < 0x1680) return false;
  return cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0xfeff;
}

/** One code point (a surrogate pair is one, as under the u flag) for which `test` holds. */
const one =
  (test: (cp: number) => boolean): Part =>
  (text, at, next) => {
    if (at >= text.length) return -1;
    const cp = text.codePointAt(at)!;
    return test(cp) ? next(at + (cp > 0xffff ? 2 : 1)) : -1;
  };

const sequence = (...parts: Part[]): Part => parts.reduce((first, second) => (text, at, next) => first(text, at, (middle) => second(text, middle, next)));

/** Greedy {min,max}: one more repetition first, then what follows. */
const repeat =
  (part: Part, min: number, max: number): Part =>
  (text, at, next) => {
    const from = (position: number, count: number): number => {
      if (count < max) {
        const end = part(text, position, (after) => from(after, count + 1));
        if (end >= 0) return end;
      }
      return count >= min ? next(position) : -1;
    };
    return from(at, 0);
  };

const optional = (part: Part): Part => repeat(part, 0, 1);
const char = (code: number): Part => one((cp) => cp === code);

/** [\p{L}.'’-] */
const NAME_CHAR = one((cp) => cp === 0x2e || cp === 0x27 || cp === 0x2019 || cp === 0x2d || isLetter(cp));
const UPPER_LETTER = one(isUpper);
const SPACE = one(isRegExpSpace);
/** \p{Lu}[\p{L}.'’-]{1,30} */
const NAME = sequence(UPPER_LETTER, repeat(NAME_CHAR, 1, 30));
/** (?:[ /]NAME){0,2} */
const MORE_WORDS = repeat(
  sequence(
    one((cp) => cp === 0x20 || cp === 0x2f),
    NAME,
  ),
  0,
  2,
);
/** (?:,\s?NAME MORE_WORDS){0,3} */
const MORE_PLACES = repeat(sequence(char(0x2c), optional(SPACE), NAME, MORE_WORDS), 0, 3);
/** (?:\s?\([^()\n]{1,40}\))? */
const AGENCY = optional(
  sequence(
    optional(SPACE),
    char(0x28),
    repeat(
      one((cp) => cp !== 0x28 && cp !== 0x29 && cp !== 0x0a),
      1,
      40,
    ),
    char(0x29),
  ),
);
/** (?:,\s?\d{1,2}\.?\s?\p{L}{3,9}\.?)? */
const DATE = optional(
  sequence(
    char(0x2c),
    optional(SPACE),
    repeat(
      one((cp) => cp >= 0x30 && cp <= 0x39),
      1,
      2,
    ),
    optional(char(0x2e)),
    optional(SPACE),
    repeat(one(isLetter), 3, 9),
    optional(char(0x2e)),
  ),
);
/** \s?[–—-]{1,2}\s */
const DASH = sequence(
  optional(SPACE),
  repeat(
    one((cp) => cp === 0x2013 || cp === 0x2014 || cp === 0x2d),
    1,
    2,
  ),
  SPACE,
);

const DATELINE = sequence(NAME, MORE_WORDS, MORE_PLACES, AGENCY, DATE, DASH);

const DASH_CODES = new Set([0x2013, 0x2014, 0x2d]);

/** Length of the dateline at the start of `text`, or 0 when there is none. */
export function datelineMatch(text: string): number {
  // Every dateline ends in a dash followed by white space and starts with a capital: most paragraphs fail here.
  let dashThenSpace = false;
  for (let i = 1; i < text.length && !dashThenSpace; i += 1) dashThenSpace = DASH_CODES.has(text.charCodeAt(i - 1)) && isRegExpSpace(text.charCodeAt(i));
  if (!dashThenSpace) return 0;
  const end = DATELINE(text, 0, (at) => at);
  return end < 0 ? 0 : end;
}
