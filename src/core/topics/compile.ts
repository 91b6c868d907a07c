import type { LanguageCode } from '../types.js';
import { addToLexicon, createLexicon, type Lexicon } from './lexicon.js';
import { agendaCues, historyCues, politicalContext } from './taxonomy.js';
import type { Taxonomy } from './types.js';

export interface CompiledTaxonomy {
  taxonomy: Taxonomy;
  /** Every language some topic has terms in. */
  languages: LanguageCode[];
  /** Lexicons compiled so far; a language is compiled on first use (a German-only run stems no French). */
  lexicons: Map<LanguageCode, Lexicon>;
}

/** Compiling stems every term; do it once per taxonomy object and language and reuse it. */
const compiledCache = new WeakMap<Taxonomy, CompiledTaxonomy>();

const SHARED = -1;
const NO_CONTEXT = { weight: 0, needsContext: false, ownContext: 0, setting: false, needsCue: false };

function compileLanguage(taxonomy: Taxonomy, language: LanguageCode): Lexicon {
  const lexicon = createLexicon(language);
  for (const word of politicalContext(language)) addToLexicon(lexicon, word, { kind: 'context', topic: SHARED, ...NO_CONTEXT, label: word });
  for (const word of historyCues(language)) addToLexicon(lexicon, word, { kind: 'history', topic: SHARED, ...NO_CONTEXT, label: word });
  for (const word of agendaCues(language)) addToLexicon(lexicon, word, { kind: 'agenda', topic: SHARED, ...NO_CONTEXT, label: word });
  taxonomy.topics.forEach((topic, index) => {
    for (const term of topic.terms[language] ?? []) {
      addToLexicon(lexicon, term.text, {
        kind: 'term',
        topic: index,
        weight: term.weight,
        needsContext: term.needsContext,
        ownContext: term.ownContext,
        setting: term.setting,
        needsCue: term.needsCue,
        label: term.text,
      });
    }
    const lists: ['negative' | 'context' | 'frame' | 'cue', Record<string, string[]>][] = [
      ['negative', topic.negativeTerms],
      ['context', topic.contextTerms],
      ['frame', topic.frameTerms],
      ['cue', topic.cueTerms],
    ];
    for (const [kind, byLanguage] of lists) {
      for (const word of byLanguage[language] ?? []) addToLexicon(lexicon, word, { kind, topic: index, ...NO_CONTEXT, label: word });
    }
  });
  return lexicon;
}

export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const cached = compiledCache.get(taxonomy);
  if (cached !== undefined) return cached;
  const languages = new Set<LanguageCode>();
  for (const topic of taxonomy.topics) {
    for (const byLanguage of [topic.terms, topic.negativeTerms, topic.contextTerms, topic.frameTerms, topic.cueTerms])
      for (const language of Object.keys(byLanguage)) languages.add(language);
  }
  const compiled: CompiledTaxonomy = { taxonomy, languages: [...languages], lexicons: new Map() };
  compiledCache.set(taxonomy, compiled);
  return compiled;
}

/** The lexicon of one language, compiled on first use. */
export function lexiconOf(compiled: CompiledTaxonomy, language: LanguageCode): Lexicon {
  let lexicon = compiled.lexicons.get(language);
  if (lexicon === undefined) {
    lexicon = compileLanguage(compiled.taxonomy, language);
    compiled.lexicons.set(language, lexicon);
  }
  return lexicon;
}
