export { htmlToText } from './html.js';
export { tokenize, foldDiacritics, isCapitalized, type Token } from './tokens.js';
export { stemWord, STEMMED_LANGUAGES } from './stem.js';
export { splitSentences, splitParagraphs, normalizeParagraphs, datelineLength, type Sentence } from './sentences.js';
export { findQuoteSpans, type QuoteSpan } from './quote-marks.js';
