export { BLOCK_ELEMENTS, VOID_ELEMENTS } from './html-elements.js';
export { tokenize, tokensOf, foldDiacritics, foldedWord, isCapitalized, type Token } from './tokens.js';
export { tokenTable, tokenIndexAt, adjacent, isWordCode, GAP_STOP, GAP_NEWLINE, GAP_COMMA, GAP_QUOTE, GAP_HYPHEN, type TokenTable } from './token-table.js';
export { Word, WordInts, WORD_SHAPE, SHAPE_CAPITALIZED, SHAPE_ALL_CAPS, SHAPE_DIGIT, wordOf, languageSlot, SLOT_LANGUAGES } from './vocabulary.js';
export { snowballStemmer, stemWord, stemOf, stemIdOf, stemIdAt, STEMMED_LANGUAGES } from './stem.js';
export { splitSentences, splitParagraphs, normalizeParagraphs, computeSentences, isWhitespaceCode, type Sentence } from './sentences.js';
export { datelineAt, datelineLength, type Dateline, type TextSpan } from './dateline.js';
export { DIALOGUE_DASHES, findQuoteSpans, type QuoteSpan } from './quote-marks.js';
export { WEEKDAYS, weekdayOfWord } from './weekdays.js';
