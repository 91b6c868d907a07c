/** Languages every default topic has terms for. */
export type TaxonomyLanguage = 'de' | 'en' | 'fr' | 'es';

export interface TopicTerm {
  /** A word or phrase as written ("Gipfeltreffen", "arms control"). */
  text: string;
  weight: number;
  /** Ambiguous words ("Gipfel", "arms", "truce") count only next to political context. */
  needsContext: boolean;
}

export interface TopicDefinition {
  id: string;
  labels: Record<TaxonomyLanguage, string>;
  /** One line, English. */
  description: string;
  /** IPTC Media Topic code (medtop:…), null for user topics. */
  iptc: string | null;
  /** Terms per language code. */
  terms: Record<string, TopicTerm[]>;
  /** Words that, in the same sentence, mean a match is the wrong sense (climbers, shareholders, referees). */
  negativeTerms: Record<string, string[]>;
  /** Words that vouch for an ambiguous term in the same sentence, besides the shared political context. */
  contextTerms: Record<string, string[]>;
  /** Minimum score to tag an article. */
  threshold: number;
}

export interface Taxonomy {
  readonly topics: readonly TopicDefinition[];
}

/** The shape of a custom topic in the config (`customTopicSchema`), declared here so the core does not import config. */
export interface CustomTopicConfigLike {
  id: string;
  label?: string;
  description?: string;
  /** Terms per language; a term may carry a weight as "term:2" and a leading "~" marks it ambiguous. */
  terms: Record<string, string[]>;
  threshold?: number;
}
