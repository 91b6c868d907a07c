import { migration001 } from './001_initial.js';
import { migration002 } from './002_search.js';
import { migration006 } from './006_story_published.js';
import { migration008 } from './008_dashboard.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Applied in order; a released migration is never edited, only followed by a new one. */
export const migrations: Migration[] = [migration001, migration002, migration006, migration008];
