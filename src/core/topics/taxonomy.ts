import type { LanguageCode } from '../types.js';
import { AGENDA_CUES, DEFAULT_TOPICS, HISTORY_CUES, POLITICAL_CONTEXT, type TopicSpec } from './default-topics.js';
import type { CustomTopicConfigLike, Taxonomy, TaxonomyLanguage, TopicDefinition, TopicTerm } from './types.js';

export const DEFAULT_THRESHOLD = 3;
export const CUSTOM_THRESHOLD = 2;

/**
 * "~Gipfel:2" → { text: "Gipfel", weight: 2, needsContext: true }: counts next to political or topic context.
 * "+truce:3" needs one of the topic's own context words in the sentence, "++meet:2" two of them.
 * A leading "^" ("^~war:2") marks a term that names the topic's setting (TopicTerm.setting); a leading "!" ("!missiles:3")
 * one that needs a cue word of the topic in its sentence (TopicTerm.needsCue).
 */
export function parseTerm(raw: string): TopicTerm | null {
  let text = raw.trim();
  const setting = text.startsWith('^');
  if (setting) text = text.slice(1);
  const needsCue = text.startsWith('!');
  if (needsCue) text = text.slice(1);
  const own = /^\+{1,2}/.exec(text)?.[0].length ?? 0;
  const needsContext = own > 0 || text.startsWith('~');
  text = text.slice(own > 0 ? own : needsContext ? 1 : 0).trim();
  let weight = 1;
  const weighted = /^(.*\S)\s*:\s*(\d+(?:\.\d+)?)$/.exec(text);
  if (weighted !== null) {
    text = weighted[1]!;
    weight = Number(weighted[2]);
  }
  if (text === '' || !(weight > 0)) return null;
  return { text, weight, needsContext, ownContext: own, setting, needsCue };
}

function parseTerms(byLanguage: Record<string, string[]>): Record<string, TopicTerm[]> {
  const terms: Record<string, TopicTerm[]> = {};
  for (const [language, list] of Object.entries(byLanguage)) {
    terms[language] = list.map(parseTerm).filter((term): term is TopicTerm => term !== null);
  }
  return terms;
}

function fromSpec(spec: TopicSpec): TopicDefinition {
  return {
    id: spec.id,
    labels: spec.labels,
    description: spec.description,
    iptc: spec.iptc,
    terms: parseTerms(spec.terms),
    negativeTerms: { ...spec.negative },
    contextTerms: { ...spec.context },
    frameTerms: { ...spec.frame },
    cueTerms: { ...spec.cues },
    ignoresHistory: spec.ignoresHistory ?? false,
    backgroundShare: spec.backgroundShare ?? 0,
    threshold: spec.threshold ?? DEFAULT_THRESHOLD,
  };
}

function fromCustom(custom: CustomTopicConfigLike): TopicDefinition {
  const label = custom.label ?? custom.id;
  return {
    id: custom.id,
    labels: { de: label, en: label, fr: label, es: label },
    description: custom.description ?? label,
    iptc: null,
    terms: parseTerms(custom.terms),
    negativeTerms: {},
    contextTerms: {},
    frameTerms: {},
    cueTerms: {},
    ignoresHistory: false,
    backgroundShare: 0,
    threshold: custom.threshold ?? CUSTOM_THRESHOLD,
  };
}

export function defaultTaxonomy(): Taxonomy {
  return { topics: DEFAULT_TOPICS.map(fromSpec) };
}

/**
 * The taxonomy the config asks for: defaults minus the disabled ones, plus
 * custom topics. A custom topic with a default's id replaces it.
 */
export function buildTaxonomy(options: { custom?: readonly CustomTopicConfigLike[]; disabled?: readonly string[] }): Taxonomy {
  const disabled = new Set(options.disabled ?? []);
  const custom = (options.custom ?? []).map(fromCustom);
  const customIds = new Set(custom.map((topic) => topic.id));
  const defaults = DEFAULT_TOPICS.map(fromSpec).filter((topic) => !disabled.has(topic.id) && !customIds.has(topic.id));
  return { topics: [...defaults, ...custom.filter((topic) => !disabled.has(topic.id))] };
}

/** The topic's name in a language, falling back to English, then to the id. */
export function topicLabel(taxonomy: Taxonomy, id: string, language: LanguageCode): string {
  const topic = taxonomy.topics.find((candidate) => candidate.id === id);
  if (topic === undefined) return id;
  return topic.labels[language as TaxonomyLanguage] ?? topic.labels.en ?? id;
}

export function politicalContext(language: LanguageCode): readonly string[] {
  return POLITICAL_CONTEXT[language as TaxonomyLanguage] ?? [];
}

/** Words that put a sentence in the past ("Second World War", "Nachkriegszeit"), for topics that ignore history. */
export function historyCues(language: LanguageCode): readonly string[] {
  return HISTORY_CUES[language as TaxonomyLanguage] ?? [];
}

/** Words that put a sentence on a meeting's agenda ("will discuss", "Themen seien"). */
export function agendaCues(language: LanguageCode): readonly string[] {
  return AGENDA_CUES[language as TaxonomyLanguage] ?? [];
}
