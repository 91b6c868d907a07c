/** Runs `fn` `runs` times in sequence and prints the mean wall time per run. */
export async function time(label: string, runs: number, fn: (i: number) => unknown): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) await fn(i);
  const ms = performance.now() - start;
  console.log(`${label.padEnd(58)} ${(ms / runs).toFixed(3).padStart(9)} ms/op  (${runs} runs)`);
}
