import {
  analyzeArticle,
  boundVocabulary,
  buildTaxonomy,
  portableTextFeatures,
  type ArticleAnalysis,
  type ArticleText,
  type PortableTextFeatures,
  type Taxonomy,
} from '../core/index.js';

/**
 * One worker thread of `analyze` on a large input (see analyze-pool.ts): a
 * chunk of articles in, their analyses out, each with the clustering
 * features worked out on the way as plain data, so the main thread clusters
 * without reading the articles again.
 */
export interface AnalyzeTask {
  /** The config's topics section, so the worker builds the same taxonomy as the main thread. */
  topics: { custom: Parameters<typeof buildTaxonomy>[0]['custom']; disabled: readonly string[] };
  articles: ArticleText[];
}

export interface AnalyzedInWorker {
  analysis: ArticleAnalysis;
  features: PortableTextFeatures | null;
}

let taxonomy: { key: string; value: Taxonomy } | null = null;

function taxonomyFor(topics: AnalyzeTask['topics']): Taxonomy {
  const key = JSON.stringify(topics);
  if (taxonomy?.key !== key) taxonomy = { key, value: buildTaxonomy(topics) };
  return taxonomy.value;
}

export default function analyzeChunk(task: AnalyzeTask): AnalyzedInWorker[] {
  const built = taxonomyFor(task.topics);
  // The term table only grows while articles are featurised; bound it between chunks.
  boundVocabulary();
  return task.articles.map((article) => {
    const analysis = analyzeArticle(article, built);
    return { analysis, features: portableTextFeatures(analysis.entities) };
  });
}
