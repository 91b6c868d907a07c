export { detectLanguage } from './detect.js';
export { STOPWORDS, isAnyStopword } from './stopwords.js';
