import type { Language } from '../languages.js';
/** Languages every default topic has terms for. */
export type TaxonomyLanguage = Language;

export interface TopicTerm {
  /** A word or phrase as written ("Gipfeltreffen", "arms control"). */
  text: string;
  weight: number;
  /** Ambiguous words ("Gipfel", "arms") count only next to political context or the topic's own context words. */
  needsContext: boolean;
  /**
   * How many of the topic's own context words the sentence needs (shared political context is not
   * enough): 1 for "+truce" (troops, fighting), 2 for "++meet" (two leaders in the sentence). 0 otherwise.
   */
  ownContext: number;
  /**
   * The term names the topic's setting rather than reports it ("the war", "a ceasefire"): a topic counted
   * on such terms only is the background of an article another topic leads (written "^war").
   */
  setting: boolean;
  /** The term counts only with one of the topic's cue words in its sentence (written "!missiles": a strike needs its toll). */
  needsCue: boolean;
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
  /**
   * Words that, in the title or the first paragraph, frame the whole article as another subject
   * (a club's assembly, a military exercise, a commemoration): then only the topic's strong,
   * unambiguous terms count.
   */
  frameTerms: Record<string, string[]>;
  /** Words one of which a term marked "!" needs in its sentence (a weapon's toll or target: "missiles … killing three"). */
  cueTerms: Record<string, string[]>;
  /** Terms in a sentence about the past (a year before 1990, "Second World War") do not count. */
  ignoresHistory: boolean;
  /**
   * A topic scoring below this share of the article's best other topic is its background, not its subject
   * (diplomats and talks in a sanctions or arms-control story); 0: never.
   */
  backgroundShare: number;
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
