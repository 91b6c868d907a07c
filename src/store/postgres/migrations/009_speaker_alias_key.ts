/**
 * A second speaker key for names shown with their acronym, "Parquet national antiterroriste (Pnat)": speaker_key files
 * them under the name (as articles that never give the acronym are), speaker_alias_key under the acronym, and a
 * speaker look-up walks both indexes. Quotes stored before keep the acronym as their key: found by the acronym, and by
 * the name once their article is analysed again.
 */
export const migration009 = {
  version: 9,
  name: 'speaker_alias_key',
  sql: `
ALTER TABLE quotes ADD COLUMN speaker_alias_key TEXT;
CREATE INDEX IF NOT EXISTS quotes_speaker_alias_key ON quotes (speaker_alias_key, article_id);
`,
};
