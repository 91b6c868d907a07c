/** The second speaker key (SQLite's 009): the same SQL runs on both engines. */
export { migration009 } from '../../sqlite/migrations/009_speaker_alias_key.js';
