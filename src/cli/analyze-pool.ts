import { Piscina } from 'piscina';
import type { ArticleAnalysis, ArticleText } from '../core/index.js';
import { restoreTextFeatures } from '../core/stories/article-text.js';
import type { AnalyzeTask, AnalyzedInWorker } from './analyze-worker.js';

/**
 * `analyze` on a large input: the articles go in chunks to one worker thread
 * per core; the analyses come back in input order, with the clustering
 * features each worker worked out, restored here so clustering reads no
 * article twice. Analysis is a pure function of the text and the taxonomy,
 * so the output is the same as in one thread.
 */

const CHUNK = 64;
/**
 * A young generation this large lets most of an article's garbage die
 * without a scavenge: with the default, a sixth of a worker's time went to
 * the collector.
 */
const YOUNG_GENERATION_MB = 64;

/** From TypeScript sources (tsx, tests) the worker needs the same loader; the built .js needs none. */
function workerSource(): { filename: string; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  const filename = new URL(`./analyze-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url).href;
  const execArgv = [...process.execArgv];
  if (fromSource && !execArgv.some((arg, i) => arg === 'tsx' && execArgv[i - 1] === '--import')) execArgv.push('--import', 'tsx');
  return { filename, execArgv };
}

export interface AnalyzePool {
  /** Analyses in the order of `articles`. */
  analyze(articles: readonly ArticleText[]): Promise<ArticleAnalysis[]>;
  close(): Promise<void>;
}

/**
 * Starts the worker threads now, so they load while the main thread reads
 * the input. `threads` counts the main thread: it analyses chunks too, in
 * turn with handing results over, instead of waiting idle for the workers.
 */
export function startAnalyzePool(topics: AnalyzeTask['topics'], threads: number, analyzeHere: (article: ArticleText) => ArticleAnalysis): AnalyzePool {
  const workers = Math.max(1, threads - 1);
  const { filename, execArgv } = workerSource();
  const pool = new Piscina<AnalyzeTask, AnalyzedInWorker[]>({
    filename,
    execArgv,
    minThreads: workers,
    maxThreads: workers,
    // A second chunk waits in each worker, so it never idles while the main thread is busy with a chunk of its own.
    concurrentTasksPerWorker: 2,
    idleTimeout: 1000,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  return {
    async analyze(articles) {
      const chunks: ArticleText[][] = [];
      for (let from = 0; from < articles.length; from += CHUNK) {
        chunks.push(articles.slice(from, from + CHUNK).map(({ title, body, languageHint }) => ({ title, body, languageHint })));
      }
      const results = new Array<ArticleAnalysis[]>(chunks.length);
      let next = 0;
      const inWorkers = async (): Promise<void> => {
        while (next < chunks.length) {
          const index = next++;
          const done = await pool.run({ topics, articles: chunks[index]! });
          results[index] = done.map(({ analysis, features }) => {
            if (features !== null) restoreTextFeatures(analysis.entities, features);
            return analysis;
          });
        }
      };
      const here = async (): Promise<void> => {
        while (next < chunks.length) {
          const index = next++;
          results[index] = chunks[index]!.map(analyzeHere);
          // Let finished worker chunks be handed over and new ones sent before the next chunk here.
          await new Promise<void>((resume) => setImmediate(resume));
        }
      };
      await Promise.all([...Array.from({ length: workers * 2 }, inWorkers), here()]);
      return results.flat();
    },
    close: () => pool.destroy(),
  };
}
