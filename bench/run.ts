/**
 * `npm run bench`: every area's benchmark in one process, one after another, so
 * the figures of one run can be compared with each other (these machines are
 * shared and noisy: compare ratios within a run, not absolute numbers across runs).
 * `npm run bench -- feeds search` runs only the named areas.
 */
import { cpus, totalmem } from 'node:os';

const AREAS = ['analysis', 'feeds', 'stories', 'search', 'schedule', 'discord', 'slack', 'commands', 'web', 'scale'] as const;

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const areas = wanted.length > 0 ? AREAS.filter((a) => wanted.includes(a)) : AREAS;

console.log(`news-digest bench · ${new Date().toISOString()}`);
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`,
);
for (const area of areas) {
  console.log(`\n== ${area} ==`);
  const module = (await import(`./${area}.ts`)) as { run: () => Promise<void> };
  await module.run();
}
