export { summarize, summarizeDocument, MAX_SUMMARY_LENGTH } from './summarize.js';
