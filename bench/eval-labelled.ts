/**
 * The hand-labelled articles under test/fixtures/labelled/, in two parts:
 * `tuning` (rules may be fitted to it) and `measure` (written before any
 * tuning and only ever measured on). A part is a folder of `.json` files
 * (arrays of LabelledArticle) and `.txt` files in the article format below.
 *
 *     === m-en-01
 *     title: …
 *     topics: summits, diplomacy
 *     quote: Jens Stoltenberg | the quotation as the article gives it
 *     quote: - | a quotation nobody is named for
 *     ---
 *     body paragraphs, separated by a blank line
 *
 * The language is the file name (`de.txt`) unless a `language:` line says otherwise.
 * A file `<group>-<language>.txt` (`fresh-de.txt`) is a set written apart, reported on its
 * own (see labelledGroup); its articles carry `language:` lines.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LabelledQuote {
  text: string;
  speaker: string | null;
}

export interface LabelledArticle {
  id: string;
  language: string;
  title: string;
  body: string;
  topics: string[];
  quotes: LabelledQuote[];
  statements?: LabelledQuote[];
}

export type LabelledPart = 'tuning' | 'measure';
export const LABELLED_PARTS: readonly LabelledPart[] = ['tuning', 'measure'];

export const LABELLED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'labelled');

function parseArticle(block: string, file: string, language: string): LabelledArticle {
  const [idLine = '', ...lines] = block.split('\n');
  const id = idLine.trim();
  const separator = lines.findIndex((line) => line.trim() === '---');
  if (id === '' || separator < 0) throw new Error(`${file}: article "${id}" needs an id after === and a '---' line before its body.`);
  const article: LabelledArticle = {
    id,
    language,
    title: '',
    body: lines
      .slice(separator + 1)
      .join('\n')
      .trim(),
    topics: [],
    quotes: [],
  };
  for (const line of lines.slice(0, separator)) {
    const match = /^(\w+):\s*(.*)$/.exec(line.trim());
    if (match === null) continue;
    const [, key, value = ''] = match;
    if (key === 'title') article.title = value;
    else if (key === 'language') article.language = value;
    else if (key === 'topics')
      article.topics = value
        .split(',')
        .map((topic) => topic.trim())
        .filter((topic) => topic !== '');
    else if (key === 'quote') {
      const bar = value.indexOf('|');
      if (bar < 0) throw new Error(`${file}: ${id}: a quote line is "speaker | text".`);
      const speaker = value.slice(0, bar).trim();
      article.quotes.push({ speaker: speaker === '-' || speaker === '' ? null : speaker, text: value.slice(bar + 1).trim() });
    }
  }
  return article;
}

export function parseLabelledText(text: string, file: string): LabelledArticle[] {
  // `de.txt`, `de-2.txt` and `fresh6-de.txt` are German: the language is the file name's two-letter part.
  const language =
    basename(file)
      .replace(/\.txt$/, '')
      .split(/[-_.]/)
      .find((part) => /^[a-z]{2}$/.test(part)) ?? 'und';
  return text
    .replace(/\r\n?/g, '\n')
    .split(/^===[ \t]*/m)
    .slice(1)
    .map((block) => parseArticle(block, file, language));
}

/**
 * A file named `<group>-<language>.txt` (`fresh-de.txt`) belongs to a set
 * written apart from the rest, reported on its own as `<group>`; every other
 * file (`de.txt`, `de-2.txt`, `mixed-3.txt`) belongs to `main`.
 */
export function labelledGroup(file: string): string {
  const [group, language, ...rest] = basename(file)
    .replace(/\.(txt|json)$/, '')
    .split('-');
  return group !== undefined && language !== undefined && rest.length === 0 && /^[a-z]{2}$/.test(language) && !/^[a-z]{2}$/.test(group) ? group : 'main';
}

function loadFiles(part: LabelledPart): { name: string; articles: LabelledArticle[] }[] {
  const folder = join(LABELLED_DIR, part);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json') || name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      return { name, articles: name.endsWith('.json') ? (JSON.parse(text) as LabelledArticle[]) : parseLabelledText(text, name) };
    });
}

/** Every labelled article of a part, files in name order. */
export function loadLabelled(part: LabelledPart = 'tuning'): LabelledArticle[] {
  return loadFiles(part).flatMap((file) => file.articles);
}

/** The articles of a part by group (see labelledGroup), `main` first. */
export function loadLabelledGroups(part: LabelledPart): Map<string, LabelledArticle[]> {
  const groups = new Map<string, LabelledArticle[]>([['main', []]]);
  for (const file of loadFiles(part)) {
    const group = labelledGroup(file.name);
    groups.set(group, [...(groups.get(group) ?? []), ...file.articles]);
  }
  return groups;
}
