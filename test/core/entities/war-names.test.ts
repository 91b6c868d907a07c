import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/index.js';

describe('names of wars', () => {
  it('reads an ordinal or qualified war as an event, no person, in each language', () => {
    expect(extractEntities('Nothing like it had happened there since the Second World War, the historian wrote.', 'en')).toEqual([]);
    expect(extractEntities('Both blocs kept their arsenals through the Cold War and after it.', 'en')).toEqual([]);
    expect(extractEntities('Die Brücke wurde im Zweiten Weltkrieg zerstört. Nach dem Zweiten Weltkrieg baute man sie neu.', 'de')).toEqual([]);
    expect(extractEntities('Die Grenze stammt aus dem Kalten Krieg. Im Kalten Krieg war sie geschlossen.', 'de')).toEqual([]);
    expect(extractEntities('Le pont a été détruit pendant la Seconde Guerre mondiale et reconstruit ensuite.', 'fr')).toEqual([]);
    expect(extractEntities('Les deux blocs se sont affrontés pendant la Guerre froide sans combat direct.', 'fr')).toEqual([]);
    expect(extractEntities('El puente fue destruido durante la Segunda Guerra Mundial y reconstruido después.', 'es')).toEqual([]);
    expect(extractEntities('Los dos bloques se vigilaron durante la Guerra Fría sin llegar a las armas.', 'es')).toEqual([]);
  });

  it('keeps the people named beside a war, and a family name that is a word of war with no qualifier beside it', () => {
    expect(extractEntities('Historian Mara Lindqvist said the Second World War shaped the treaty.', 'en')).toEqual(['lindqvist']);
    expect(extractEntities('El exdirigente Alfonso Guerra recordó la Segunda Guerra Mundial en una entrevista.', 'es')).toEqual(['guerra']);
  });
});
