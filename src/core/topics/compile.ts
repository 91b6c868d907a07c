import type { LanguageCode } from '../types.js';
import { addToLexicon, createLexicon, type Lexicon } from './lexicon.js';
import { historyCues, politicalContext } from './taxonomy.js';
import type { Taxonomy } from './types.js';

export interface CompiledTaxonomy {
  taxonomy: Taxonomy;
  lexicons: Map<LanguageCode, Lexicon>;
}

/** Compiling stems every term; do it once per taxonomy object and reuse it. */
const compiledCache = new WeakMap<Taxonomy, CompiledTaxonomy>();

const SHARED = -1;
const NO_CONTEXT = { weight: 0, needsContext: false, ownContext: 0 };

function lexiconFor(lexicons: Map<LanguageCode, Lexicon>, language: LanguageCode): Lexicon {
  let lexicon = lexicons.get(language);
  if (lexicon === undefined) {
    lexicon = createLexicon(language);
    lexicons.set(language, lexicon);
    for (const word of politicalContext(language)) addToLexicon(lexicon, word, { kind: 'context', topic: SHARED, ...NO_CONTEXT, label: word });
    for (const word of historyCues(language)) addToLexicon(lexicon, word, { kind: 'history', topic: SHARED, ...NO_CONTEXT, label: word });
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
        addToLexicon(lexicon, term.text, {
          kind: 'term',
          topic: index,
          weight: term.weight,
          needsContext: term.needsContext,
          ownContext: term.ownContext,
          label: term.text,
        });
      }
    }
    const lists: ['negative' | 'context' | 'frame', Record<string, string[]>][] = [
      ['negative', topic.negativeTerms],
      ['context', topic.contextTerms],
      ['frame', topic.frameTerms],
    ];
    for (const [kind, byLanguage] of lists) {
      for (const [language, words] of Object.entries(byLanguage)) {
        const lexicon = lexiconFor(lexicons, language);
        for (const word of words) addToLexicon(lexicon, word, { kind, topic: index, ...NO_CONTEXT, label: word });
      }
    }
  });
  const compiled = { taxonomy, lexicons };
  compiledCache.set(taxonomy, compiled);
  return compiled;
}
