import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/index.js';

/**
 * German capitalises every noun, so a lone capitalised word needs a repeat to count as a name; right after a noun for
 * a kind of place ("der Grenzposten Kamarang", "die Stadt …", "des Dorfes …") it is that place's name at once.
 */
describe('a German place named after its kind', () => {
  it('is a name at its first mention', () => {
    expect(extractEntities('Das Boot wurde nahe dem Grenzposten Kamarang beschossen.', 'de')).toContain('kamarang');
    expect(extractEntities('Die Armee zog sich aus der Stadt Kamarang zurück.', 'de')).toContain('kamarang');
  });

  it('is still no name alone, once, after any other word', () => {
    expect(extractEntities('Das Boot wurde nahe dem Fluss beschossen. Kamarang liegt weit weg.', 'de')).not.toContain('kamarang');
    expect(extractEntities('Die Armee meldete Beschuss durch Schmuggler.', 'de')).not.toContain('schmuggler');
  });
});
