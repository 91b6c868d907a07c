import type { Language } from '../languages.js';

/**
 * One name the gazetteer knows, with its spellings across de/en/fr/es.
 * `display` gives the speaker name per language for institutions.
 */
export interface GazetteerEntry {
  key: string;
  kind: 'person' | 'place' | 'institution' | 'organisation';
  variants: string[];
  display?: Partial<Record<Language, string>>;
  /** People: the office they are best known for, their nationality (ISO 3166 alpha-2) and gender, for resolving "the chancellor", "der Niederländer". */
  person?: { role: 'leader' | 'foreign' | 'minister' | 'spokes' | 'head'; country: string; gender: 'f' | 'm' };
}
