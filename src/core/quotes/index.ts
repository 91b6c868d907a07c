export { extractQuotes, quotesOfDocument } from './extract.js';
export { isTitleOrRole } from './roles.js';
