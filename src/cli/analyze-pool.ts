import { availableParallelism, loadavg } from 'node:os';
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

/**
 * Threads for a large input, the main one included: one per idle core (at
 * most eight), but none besides the main one unless three cores are idle.
 * Each thread pays its own start-up and warm-up (its first 64 articles take
 * about a second), which only spare cores turn into speed: on two idle cores,
 * 2,000 articles took 4.0 s in two threads and 3.8 s in one. On a machine that
 * other work keeps busy everything stays in the main thread.
 * NEWS_DIGEST_ANALYZE_THREADS sets the number (1: no threads).
 */
export function poolThreads(env: NodeJS.ProcessEnv = process.env, load = loadavg()[0] ?? 0, cores = availableParallelism()): number {
  const wanted = Number(env.NEWS_DIGEST_ANALYZE_THREADS);
  if (Number.isInteger(wanted) && wanted >= 1) return Math.min(wanted, 16);
  const idle = Math.min(8, cores, Math.floor(cores - load + 1));
  return idle >= MIN_POOL_THREADS ? idle : 1;
}

/** Fewer threads than this do not pay for the workers' warm-up (measured on two cores; see poolThreads). */
const MIN_POOL_THREADS = 3;

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
