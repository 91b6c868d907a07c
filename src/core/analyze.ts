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
  // Clustering's features come from the same tables (see stories/article-text.ts), worked out now: kept for later,
  // the tables (about 15 KB an article) would outlive every minor collection, and copying them cost a fifth of the analysis.
  const features = textFeaturesOf(document.titleTokens, document.bodyTokens, summary, document.language, new Set(entities));
  rememberTextFeatures(entities, () => features);
  return { language: document.language, topics, quotes, statements, summary, entities };
}
