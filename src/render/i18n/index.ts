export { chromeFor, type DigestChrome } from './chrome.js';
export { CHROME_LANGUAGES, CHROME_WORDS, chromeWords, type ChromeLanguage, type ChromeWords } from './words.js';
export { orderedTopics, quotesWithSpeakers, singleLine, sourceSummary, storyCount, truncateAtWord } from './story-parts.js';
