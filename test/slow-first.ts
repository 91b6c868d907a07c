import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest (they start the command many times, a browser, or
 * several processes on PostgreSQL), longest first: 201 s down to 59 s each in the
 * fresh-clone CI run of 2 December (two workers, load 12 to 18). With two files at a
 * time the run ends when its last long file ends: started late, one of them runs
 * alone at the end while the other worker idles (startup and docker-image, not in
 * the list before, ran last there at 186 s and 155 s).
 */
export const SLOW_FILES = [
  'test/web/dashboard.test.ts',
  'test/cli/startup.test.ts',
  'test/cli/chat-parity.test.ts',
  'test/cli/docker-image.test.ts',
  'test/scale/run-kill.pg.test.ts',
  'test/readme.test.ts',
  'test/cli/run-start.test.ts',
  'test/cli/postgres.test.ts',
  'test/schedule/crash.test.ts',
  'test/cli/run-hostile-page.test.ts',
  'test/scale/digest-all.pg.test.ts',
  'test/feeds/poll.test.ts',
  'test/cli/digest-all.test.ts',
  'test/cli/poll-crash.test.ts',
  'test/cli/feeds-listing.test.ts',
  'test/cli/analyze.test.ts',
  'test/cli/errors.test.ts',
  'test/feeds/full-text.test.ts',
];

/**
 * vitest's own order (BaseSequencer: failed files first, then by the durations of
 * the last run, kept in node_modules/.vite) when it knows the durations; on a
 * fresh clone (CI) it only knows file sizes, so SLOW_FILES go first.
 */
export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const root = this.ctx.config.root;
    const key = (spec: TestSpecification) => relative(root, spec.moduleId);
    const measured = files.every((spec) => this.ctx.cache.getFileTestResults(`${spec.project.name}:${key(spec)}`));
    if (measured) return ordered;
    const rank = (spec: TestSpecification) => {
      const index = SLOW_FILES.indexOf(key(spec));
      return index === -1 ? SLOW_FILES.length : index;
    };
    return [...ordered].sort((a, b) => rank(a) - rank(b));
  }
}
