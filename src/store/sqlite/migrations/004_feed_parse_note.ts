/**
 * A feed's parse note: the first XML error when its last parsed body was not
 * well-formed and was read by the forgiving parser ("recovered: …" in `feeds`
 * and the poll line); NULL when it parsed cleanly.
 */
export const migration004 = {
  version: 4,
  name: 'feed parse note',
  sql: `ALTER TABLE feeds ADD COLUMN parse_note TEXT;`,
};
