import type { Language } from '../../languages.js';
export interface TopicSpec {
  id: string;
  labels: { de: string; en: string; fr: string; es: string };
  description: string;
  iptc: string;
  threshold?: number;
  terms: { de: string[]; en: string[]; fr: string[]; es: string[] };
  negative?: Partial<Record<Language, string[]>>;
  context?: Partial<Record<Language, string[]>>;
  /** Title or first-paragraph words that make the article about something else (see TopicDefinition.frameTerms). */
  frame?: Partial<Record<Language, string[]>>;
  /** Words one of which a term written "!" needs in its sentence (see TopicDefinition.cueTerms). */
  cues?: Partial<Record<Language, string[]>>;
  ignoresHistory?: boolean;
  /** See TopicDefinition.backgroundShare. */
  backgroundShare?: number;
}
