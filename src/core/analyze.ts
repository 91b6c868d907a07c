import type { ArticleAnalysis, ArticleText } from './types.js';
import { readArticle } from './document.js';
import { classifyTables, type Taxonomy } from './topics/index.js';
import { quotesOfDocument } from './quotes/index.js';
import { summarizeDocument } from './summary/index.js';
import { entitiesOfDocument } from './entities/index.js';
import { rememberTextFeatures, textFeaturesOf } from './stories/article-text.js';

/**
 * Everything the core makes of one article: language, topics, quotes,
 * statements, summary, entities. The article is read once (cleaned, split,
 * tokenised into one shared table); every stage reads that.
 */
export function analyzeArticle(input: ArticleText, taxonomy: Taxonomy): ArticleAnalysis {
  const document = readArticle(input);
  const topics = classifyTables(document.titleTokens, document.bodyTokens, document.language, taxonomy);
  const { quotes, statements } = quotesOfDocument(document);
  const summary = summarizeDocument(document);
  const entities = entitiesOfDocument(document);
  // Clustering reads the same tables if the caller clusters the result (see stories/article-text.ts). The closure
  // holds the tables only: until the entity list dies it keeps what it holds alive, and the document's sentences and spans are many small objects.
  const { titleTokens, bodyTokens, language } = document;
  rememberTextFeatures(entities, () => textFeaturesOf(titleTokens, bodyTokens, summary, language, new Set(entities)));
  return { language: document.language, topics, quotes, statements, summary, entities };
}
