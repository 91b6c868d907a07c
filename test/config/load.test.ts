import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadEnv, parseConfig } from '../../src/config/index.js';

const problemsOf = (text: string): string[] => {
  try {
    parseConfig(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
};

describe('parseConfig', () => {
  it('fills defaults for an empty file', () => {
    const config = parseConfig('');
    expect(config.feeds).toEqual([]);
    expect(config.schedule).toMatchObject({ cron: '0 8 * * *', timezone: 'UTC' });
    expect(config.fetch.maxBytes).toBe(10 * 1024 * 1024);
    expect(config.fetch.allowPrivateAddresses).toBe(false);
    expect(config.digest.maxStories).toBe(10);
  });

  it('reads feeds, custom topics and schedule', () => {
    const config = parseConfig(`
feeds:
  - url: https://example.org/feed.xml
    name: Example
    language: de
    fullText: always
topics:
  custom:
    - id: energy
      terms:
        en: [pipeline, "gas price:2"]
        de: [Pipeline]
  disabled: [trade]
schedule:
  cron: "30 7 * * 1-5"
  timezone: Europe/Berlin
`);
    expect(config.feeds[0]).toEqual({ url: 'https://example.org/feed.xml', name: 'Example', language: 'de', fullText: 'always' });
    expect(config.topics.custom[0]?.id).toBe('energy');
    expect(config.topics.disabled).toEqual(['trade']);
    expect(config.schedule.timezone).toBe('Europe/Berlin');
  });

  it('names the path of each problem', () => {
    const problems = problemsOf(`
feeds:
  - url: https://ok.example/feed
  - url: https://ok.example/2
  - url: ftp://bad.example/feed
schedule:
  cron: "61 8 * * *"
  timezone: Mars/Olympus
fetch:
  timeoutSecs: 3
`);
    expect(problems).toContain('feeds[2].url: must be an http(s) URL');
    expect(problems.some((p) => p.startsWith('schedule.cron: must be a five-field cron expression'))).toBe(true);
    expect(problems.some((p) => p.startsWith('schedule.timezone: must be an IANA time zone'))).toBe(true);
    expect(problems).toContain('fetch: unknown key "timeoutSecs" (check the spelling)');
  });

  it('reports YAML syntax errors with a line number', () => {
    const problems = problemsOf('feeds:\n  - url: "unterminated\n');
    expect(problems[0]).toMatch(/^line \d+: .*fix the YAML syntax/);
  });
});

describe('loadConfig', () => {
  it('uses defaults when the default file is absent but fails for an explicit missing path', () => {
    const cwd = process.cwd();
    const dir = mkdtempSync(join(tmpdir(), 'nd-config-'));
    process.chdir(dir);
    try {
      expect(loadConfig(undefined).path).toBeNull();
    } finally {
      process.chdir(cwd);
    }
    expect(() => loadConfig(join(dir, 'missing.yaml'))).toThrow(/cannot be read \(ENOENT\)/);
  });

  it('loads an explicit file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nd-config-'));
    const file = join(dir, 'c.yaml');
    writeFileSync(file, 'digest:\n  maxStories: 3\n');
    expect(loadConfig(file).config.digest.maxStories).toBe(3);
  });
});

describe('loadEnv', () => {
  it('treats blank values as unset and validates tokens', () => {
    expect(loadEnv({ DISCORD_TOKEN: '', SLACK_BOT_TOKEN: 'xoxb-1' })).toMatchObject({ SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(() => loadEnv({ SLACK_BOT_TOKEN: 'nope' })).toThrow(/SLACK_BOT_TOKEN: must be a bot token/);
  });
});
