import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The reference wire story, read from ../shared/seeds beside the repository (it is data, not part of the project). */
export const SEED_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'seeds', 'putin-trump-call-2018-03.de.txt');

export function seedArticle(): string {
  return readFileSync(SEED_PATH, 'utf8');
}
