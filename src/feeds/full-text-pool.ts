import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { PageTask } from './full-text-worker.js';
import type { FullTextConfig } from '../config/index.js';
import { DEFAULT_FULL_TEXT_LIMITS, type FullTextLimits, type PageExtraction } from './full-text.js';

/**
 * Full-text extraction off the event loop: pages go to a small piscina pool of
 * worker threads (at a lower CPU priority than the main thread), each page
 * with a hard time limit that stops the thread running it. A page that is
 * refused, times out or crashes its worker yields a one-line reason, and the
 * caller keeps the feed's own text.
 */
export interface FullTextExtractor {
  extract(html: string, url: string): Promise<PageExtraction>;
  /** Stops the worker threads (a poll closes its extractor when it ends). */
  close(): Promise<void>;
}

/** The config's `fullText` section as limits (the defaults when absent). */
export function fullTextLimits(config: FullTextConfig | undefined): FullTextLimits {
  if (!config) return DEFAULT_FULL_TEXT_LIMITS;
  return { maxBytes: config.maxBytes, maxElements: config.maxElements, maxDepth: config.maxDepth, timeoutMs: config.timeoutSeconds * 1000 };
}

/** Worker heap cap: a page that needs more fails alone instead of taking the process down. */
const WORKER_HEAP_MB = 512;

const threadCount = (): number => Math.max(1, Math.min(2, availableParallelism() - 1));

/** From TypeScript sources (tsx, tests) the worker needs the same loader; the built .js needs none. */
function workerSource(): { filename: string; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  const filename = new URL(`./full-text-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url).href;
  const execArgv = [...process.execArgv];
  if (fromSource && !execArgv.some((arg, i) => arg === 'tsx' && execArgv[i - 1] === '--import')) execArgv.push('--import', 'tsx');
  return { filename, execArgv };
}

class PageTimeout extends Error {}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof PageTimeout || (error as { cause?: unknown } | null)?.cause instanceof PageTimeout) {
    return `extraction took longer than the ${timeoutMs / 1000} s full-text limit and was stopped`;
  }
  return `the extraction worker failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
}

export function createFullTextExtractor(limits: FullTextLimits = DEFAULT_FULL_TEXT_LIMITS): FullTextExtractor {
  let pool: Piscina<PageTask, PageExtraction> | null = null;
  const poolOf = (): Piscina<PageTask, PageExtraction> => {
    if (pool) return pool;
    const { filename, execArgv } = workerSource();
    const threads = threadCount();
    pool = new Piscina<PageTask, PageExtraction>({
      filename,
      execArgv,
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: 30_000,
      niceIncrement: 10,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    return pool;
  };

  return {
    async extract(html, url) {
      // Refused before it is even copied to a worker.
      if (html.length > limits.maxBytes) return { status: 'refused', reason: `page is over the ${limits.maxBytes}-byte full-text limit` };
      const { port1, port2 } = new MessageChannel();
      const controller = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      port1.once('message', () => {
        timer = setTimeout(() => controller.abort(new PageTimeout()), limits.timeoutMs);
      });
      try {
        return await poolOf().run({ html, url, limits, started: port2 }, { signal: controller.signal, transferList: [port2] });
      } catch (error) {
        return { status: 'refused', reason: describeFailure(controller.signal.aborted ? controller.signal.reason : error, limits.timeoutMs) };
      } finally {
        clearTimeout(timer);
        port1.close();
      }
    },
    async close() {
      const current = pool;
      pool = null;
      if (current) await current.destroy();
    },
  };
}
