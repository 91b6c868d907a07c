import type { SubscriptionFilters } from '../../core/index.js';
import { compileTerm } from '../../core/digest/terms.js';
import { CommandError } from './errors.js';

/**
 * Values of the filter options: words and phrases (include, exclude) and
 * language codes. "none" clears a filter when a subscription is changed.
 * Words are matched literally (whole words, any case and accents): there is
 * no pattern syntax to get wrong or to abuse.
 */

export const MAX_FILTER_TERMS = 20;
export const MAX_TERM_LENGTH = 60;
const CLEAR = /^(none|-|off)$/i;

let languageNames: Intl.DisplayNames | null = null;

export function parseTerms(input: string, option: 'include' | 'exclude'): string[] {
  if (CLEAR.test(input.trim())) return [];
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const raw of input.split(/[,;\n]+/)) {
    const term = raw
      .trim()
      .replace(/^["'“„«]+|["'”“»]+$/gu, '')
      .trim();
    if (term === '') continue;
    if (term.length > MAX_TERM_LENGTH) {
      throw new CommandError(`The ${option} word "${term.slice(0, 30)}…" is ${term.length} characters long; keep each word or phrase to ${MAX_TERM_LENGTH}.`);
    }
    if (compileTerm(term) === null)
      throw new CommandError(`The ${option} entry "${term.slice(0, 30)}" has no letters or digits; give words or phrases, comma-separated.`);
    const key = term.toLowerCase();
    if (!seen.has(key)) terms.push(term);
    seen.add(key);
  }
  if (terms.length === 0)
    throw new CommandError(`Give ${option} words or phrases, comma-separated, e.g. ${option}:Putin,"arms race" (or ${option}:none to clear it).`);
  if (terms.length > MAX_FILTER_TERMS) throw new CommandError(`That is ${terms.length} ${option} entries; keep it to ${MAX_FILTER_TERMS}.`);
  return terms;
}

/** ISO 639-1 codes ("de, en"); any language Unicode knows, since feeds can be in any. */
export function parseLanguageCodes(input: string): string[] {
  if (CLEAR.test(input.trim())) return [];
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const codes: string[] = [];
  for (const raw of input.split(/[,;\s]+/)) {
    const code = raw.trim().toLowerCase();
    if (code === '') continue;
    if (!/^[a-z]{2}$/.test(code) || languageNames.of(code) === undefined) {
      throw new CommandError(`"${raw.trim().slice(0, 20)}" is not a language code; use two-letter ISO 639-1 codes such as de,en,fr.`);
    }
    if (!codes.includes(code)) codes.push(code);
  }
  if (codes.length === 0) throw new CommandError('Give language codes, comma-separated, e.g. languages:de,en (or languages:none to clear it).');
  return codes;
}

/** "Putin, “arms race” · not: sport · de, en · ≥ 2 outlets" — empty when nothing filters. */
export function describeFilters(filters: SubscriptionFilters | undefined): string {
  if (!filters) return '';
  const parts: string[] = [];
  if (filters.include.length > 0) parts.push(`include ${filters.include.join(', ')}`);
  if (filters.exclude.length > 0) parts.push(`exclude ${filters.exclude.join(', ')}`);
  if (filters.languages.length > 0) parts.push(`languages ${filters.languages.join(', ')}`);
  if (filters.minSources !== null) parts.push(`min-sources ${filters.minSources}`);
  return parts.join(' · ');
}
