/** A feed's parse note: the first XML error when its last parsed body was read by the forgiving parser (SQLite's 004). */
export const migration004 = {
  version: 4,
  name: 'feed parse note',
  sql: `ALTER TABLE feeds ADD COLUMN parse_note TEXT;`,
};
