import { expect, it } from 'vitest';
import { CONFIG_DEFAULTS, defaultConfig } from '../../src/config/defaults.js';
import { envSchema, loadEnv } from '../../src/config/env.js';
import { configSchema } from '../../src/config/schema.js';
import { ENV_VARIABLES, envIsEmpty } from '../../src/config/values.js';

it('the defaults a command uses without a config file are what the schema makes of an empty file', () => {
  expect(defaultConfig()).toEqual(configSchema.parse({}));
});

it("each section's own field defaults agree with the section's default", () => {
  const emptySections = Object.fromEntries(Object.keys(CONFIG_DEFAULTS).map((key) => [key, key === 'feeds' ? [] : {}]));
  expect(configSchema.parse(emptySections)).toEqual(defaultConfig());
});

it('defaultConfig() hands out a fresh copy each time', () => {
  const config = defaultConfig();
  config.topics.disabled.push('trade');
  config.fetch.timeoutSeconds = 1;
  expect(defaultConfig().topics.disabled).toEqual([]);
  expect(defaultConfig().fetch.timeoutSeconds).toBe(20);
});

it('ENV_VARIABLES names exactly the variables the environment schema checks', () => {
  expect([...ENV_VARIABLES].sort()).toEqual(Object.keys(envSchema.shape).sort());
});

it('an environment with none of our variables (or only blank ones) is empty, and reads as {}', () => {
  const unrelated = { PATH: '/usr/bin', HOME: '/home/news', DISCORD_TOKEN: '' };
  expect(envIsEmpty(unrelated)).toBe(true);
  expect(loadEnv(unrelated)).toEqual({});
  for (const name of ENV_VARIABLES) expect(envIsEmpty({ ...unrelated, [name]: 'x' })).toBe(false);
});
