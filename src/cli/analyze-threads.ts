import { availableParallelism, loadavg } from 'node:os';

/** Fewer threads than this do not pay for the workers' warm-up (measured on two cores; see poolThreads). */
const MIN_POOL_THREADS = 3;

/**
 * Threads for a large input, the main one included: one per idle core (at
 * most eight), but none besides the main one unless three cores are idle.
 * Each thread pays its own start-up and warm-up (its first 64 articles take
 * about a second), which only spare cores turn into speed: on two idle cores,
 * 2,000 articles took 4.0 s in two threads and 3.8 s in one. On a machine that
 * other work keeps busy everything stays in the main thread.
 * NEWS_DIGEST_ANALYZE_THREADS sets the number (1: no threads).
 *
 * Its own module, so the answer "one" costs no piscina and no worker_threads
 * (analyze-pool.ts loads only when threads will be started).
 */
export function poolThreads(env: NodeJS.ProcessEnv = process.env, load = loadavg()[0] ?? 0, cores = availableParallelism()): number {
  const wanted = Number(env.NEWS_DIGEST_ANALYZE_THREADS);
  if (Number.isInteger(wanted) && wanted >= 1) return Math.min(wanted, 16);
  const idle = Math.min(8, cores, Math.floor(cores - load + 1));
  return idle >= MIN_POOL_THREADS ? idle : 1;
}
