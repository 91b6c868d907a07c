export type * from './types.js';
export { clusterArticles, assignToStories, DEFAULT_WINDOW_HOURS, DEFAULT_THRESHOLD } from './cluster.js';
export { mergeStory, mergeQuotes, quoteKey } from './merge.js';
export { pairSignals, combineSignals } from './pair-score.js';
export { buildFeatures } from './features.js';
export { portableTextFeatures, restoreTextFeatures, type PortableTextFeatures } from './article-text.js';
export { boundVocabulary } from './text-features.js';
