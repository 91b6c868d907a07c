export type { Taxonomy, TopicDefinition, TopicTerm, CustomTopicConfigLike, TaxonomyLanguage } from './types.js';
export { defaultTaxonomy, buildTaxonomy, topicLabel, parseTerm } from './taxonomy.js';
export { classifyTopics, classifyTables } from './classify.js';
export { compileTaxonomy } from './compile.js';
