import { foldDiacritics } from '../text/index.js';

/**
 * A transliteration-tolerant key for a single name: German and English
 * renderings of Russian and Ukrainian names meet (Peskow/Peskov,
 * Medwedew/Medvedev, Schoigu/Shoigu, Dmitri/Dmitry, Selenskyj/Selensky).
 */
export function foldName(word: string): string {
  let key = foldDiacritics(word).replace(/['’]s$/, '').replace(/[^a-z0-9]/g, '');
  key = key
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/kh/g, 'ch')
    .replace(/ow$/, 'ov')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/(?:iy|yy|ii)$/, 'y');
  if (key.length > 4) key = key.replace(/i$/, 'y');
  return key;
}
