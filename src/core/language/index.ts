export { detectLanguage, detectLanguageOf } from './detect.js';
export { STOPWORDS, STOP_LANGUAGES, isAnyStopword, isStopWord, stopMaskOf, stopMaskOfId } from './stopwords.js';
