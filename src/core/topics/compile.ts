import type { LanguageCode } from '../types.js';
import { addToLexicon, createLexicon, type Lexicon } from './lexicon.js';
import { politicalContext } from './taxonomy.js';
import type { Taxonomy } from './types.js';

export interface CompiledTaxonomy {
  taxonomy: Taxonomy;
  lexicons: Map<LanguageCode, Lexicon>;
}

/** Compiling stems every term; do it once per taxonomy object and reuse it. */
const compiledCache = new WeakMap<Taxonomy, CompiledTaxonomy>();

function lexiconFor(lexicons: Map<LanguageCode, Lexicon>, language: LanguageCode): Lexicon {
  let lexicon = lexicons.get(language);
  if (lexicon === undefined) {
    lexicon = createLexicon(language);
    lexicons.set(language, lexicon);
    for (const word of politicalContext(language)) {
      addToLexicon(lexicon, word, { kind: 'context', topic: -1, weight: 0, needsContext: false, label: word });
    }
  }
  return lexicon;
}

export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const cached = compiledCache.get(taxonomy);
  if (cached !== undefined) return cached;
  const lexicons = new Map<LanguageCode, Lexicon>();
  taxonomy.topics.forEach((topic, index) => {
    for (const [language, terms] of Object.entries(topic.terms)) {
      const lexicon = lexiconFor(lexicons, language);
      for (const term of terms) {
        addToLexicon(lexicon, term.text, { kind: 'term', topic: index, weight: term.weight, needsContext: term.needsContext, label: term.text });
      }
    }
    for (const [language, words] of Object.entries(topic.negativeTerms)) {
      const lexicon = lexiconFor(lexicons, language);
      for (const word of words) addToLexicon(lexicon, word, { kind: 'negative', topic: index, weight: 0, needsContext: false, label: word });
    }
    for (const [language, words] of Object.entries(topic.contextTerms)) {
      const lexicon = lexiconFor(lexicons, language);
      for (const word of words) addToLexicon(lexicon, word, { kind: 'context', topic: index, weight: 0, needsContext: false, label: word });
    }
  });
  const compiled = { taxonomy, lexicons };
  compiledCache.set(taxonomy, compiled);
  return compiled;
}
