export type * from './types.js';
export * from './stories/index.js';
export * from './digest/index.js';
// html.ts from its own file: the text barrel leaves htmlparser2 out, so analysing plain text never loads it.
export { htmlToText } from './text/html.js';
export { BLOCK_ELEMENTS, VOID_ELEMENTS } from './text/index.js';
export { analyzeArticle } from './analyze.js';
export { WARM_UP_ARTICLES } from './warm-up.js';
export { detectLanguage } from './language/index.js';
export { classifyTopics, defaultTaxonomy, buildTaxonomy, topicLabel } from './topics/index.js';
export type { Taxonomy, TopicDefinition, TopicTerm, CustomTopicConfigLike } from './topics/index.js';
export { extractQuotes } from './quotes/index.js';
export { summarize } from './summary/index.js';
export { extractEntities, speakerAliasKey, speakerKey } from './entities/index.js';
export { PLATFORMS } from './platforms.js';
export { LANGUAGES, NEIGHBOUR_LANGUAGES, ISO_639_3, isLanguage, type Language } from './languages.js';
export { CodedError, errorLine, isCodedError } from './errors.js';
