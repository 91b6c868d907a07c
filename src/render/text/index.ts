export { renderDigestText } from './digest.js';
export { renderStoryText, type TextStoryOptions } from './story.js';
