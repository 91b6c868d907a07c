export { extractQuotes, quotesOfDocument } from './extract.js';
