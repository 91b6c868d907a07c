import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A German wire story written for the tests in the style of the reference seed: a summit,
 * an arms race, a „…“ quote attributed to the Kremlin and a spokesman's indirect speech.
 * Tests read only the repository; the reference seed itself lives outside it.
 */
export const SEED_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'seeds', 'macron-putin-call.de.txt');

/** The quotation of the seed, as the Kremlin's statement gives it. */
export const SEED_QUOTE =
  'die Bereitschaft bekräftigt, ein persönliches Treffen vorzubereiten und die Gespräche über strategische Stabilität wieder aufzunehmen';

export function seedArticle(): string {
  return readFileSync(SEED_PATH, 'utf8');
}
