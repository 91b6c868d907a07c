import { expect, it } from 'vitest';
import { cityCountry } from '../../../src/core/entities/index.js';
import { CITIES } from '../../../src/core/entities/gazetteer-cities.js';

it('knows the country of every gazetteer city, and of nothing else', () => {
  for (const city of CITIES) expect(cityCountry(city.key), city.key).toMatch(/^[a-z-]+$/);
  expect(cityCountry('vienna')).toBe('austria');
  expect(cityCountry('austria')).toBeUndefined();
  expect(cityCountry('constructor')).toBeUndefined();
});
