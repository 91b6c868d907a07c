import type { Migration } from '../../sqlite/migrations/index.js';
import { migration001 } from './001_initial.js';
import { migration002 } from './002_search.js';
import { migration004 } from './004_feed_parse_note.js';
import { migration005 } from './005_workspaces.js';
import { migration006 } from './006_story_published.js';
import { migration007 } from './007_retention.js';
import { migration008 } from './008_dashboard.js';
import { migration009 } from './009_speaker_alias_key.js';

export type { Migration };

/** The same versions as the SQLite migrations, reaching the same schema; a released migration is never edited. */
export const migrations: Migration[] = [migration001, migration002, migration004, migration005, migration006, migration007, migration008, migration009];
