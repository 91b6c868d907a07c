import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';

it('the example config in examples/ is valid', () => {
  const config = parseConfig(readFileSync('examples/news-digest.config.yaml', 'utf8'));
  expect(config.feeds.length).toBeGreaterThan(0);
  expect(config.topics.custom[0]?.id).toBe('energy-security');
  expect(config.schedule.timezone).toBe('Europe/Berlin');
});
