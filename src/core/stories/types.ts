import type { LanguageCode, Quote, TopicScore } from '../types.js';

/** What clustering needs to know about one article. */
export interface ClusterCandidate {
  id: string | number;
  title: string;
  summary: string;
  body?: string;
  language: LanguageCode;
  /** Canonical, language-neutral entity keys ('putin', 'kremlin', 'moscow'). */
  entities: string[];
  topics: TopicScore[];
  publishedAt: Date;
  source: string;
  quotes: Quote[];
}

/** A story that already exists, with the candidates of its member articles. */
export interface StoryCandidate {
  storyId: number;
  articles: ClusterCandidate[];
}

export interface ClusterOptions {
  /** Articles further apart than this never share a story. Default 48. */
  windowHours?: number;
  /** Minimum pair score to join a story. Default tuned on the labelled set. */
  threshold?: number;
}

/** The story an article belongs to. `key` is stable within one call: the id of the story's first article (`a:<id>`) or an existing story (`s:<id>`). */
export interface StoryAssignment {
  articleId: string | number;
  key: string;
}

/** An incoming article attached to an existing story (`storyId`) or to a new one (`storyId` null, grouped by `key`). */
export interface IncrementalAssignment extends StoryAssignment {
  storyId: number | null;
}

/** A story member as needed to describe the whole story. */
export interface StoryMember extends ClusterCandidate {
  url?: string | null;
}

/** The story-level view derived from its members. */
export interface MergedStory {
  representativeId: string | number;
  title: string;
  url: string | null;
  summary: string;
  topics: TopicScore[];
  quotes: Quote[];
  /** Outlets in order of first publication. */
  sources: string[];
  languages: LanguageCode[];
  articleIds: Array<string | number>;
  /** The earliest member's publication time. */
  publishedAt: Date;
}
