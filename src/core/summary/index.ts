export { summarize, MAX_SUMMARY_LENGTH } from './summarize.js';
