import type { Article } from '../core/index.js';
import type { CliContext } from './context.js';
import { printJsonLines, printLines } from './output.js';

export interface ArticlesOptions {
  json?: boolean;
  topic?: string;
  since?: Date;
  query?: string;
  limit?: number;
}

const articleJson = (a: Article) => ({
  id: a.id,
  guid: a.guid,
  title: a.title,
  url: a.url,
  source: a.source,
  language: a.language,
  publishedAt: a.publishedAt.toISOString(),
  topics: a.analysis.topics,
  quotes: a.analysis.quotes.map(({ text, speaker }) => ({ text, speaker })),
  summary: a.analysis.summary,
  story: a.storyId,
});

export async function listArticles(ctx: CliContext, options: ArticlesOptions): Promise<void> {
  const articles = await (await ctx.store()).findArticles({ topic: options.topic, since: options.since, text: options.query, limit: options.limit ?? 20 });
  if (options.json) {
    printJsonLines(articles.map(articleJson));
    return;
  }
  if (articles.length === 0) {
    printLines(['No stored articles match. Run `news-digest poll --once` to fetch feeds, or widen --since/--topic/--query.']);
    return;
  }
  printLines(
    articles.map((a) => {
      const topics = a.analysis.topics.map((t) => t.id).join(',') || '—';
      return `#${a.id}  ${a.publishedAt.toISOString().slice(0, 16).replace('T', ' ')}  [${a.language}] ${a.source}: ${a.title}  (${topics})`;
    }),
  );
}
