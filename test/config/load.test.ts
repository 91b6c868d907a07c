import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadEnv, MAX_CONFIG_BYTES, parseConfig } from '../../src/config/index.js';

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
    expect(problems).toContain('feeds[2].url: must be an http(s) URL (got the string "ftp://bad.example/feed")');
    expect(problems.some((p) => p.startsWith('schedule.cron: must be a five-field cron expression'))).toBe(true);
    expect(problems.some((p) => p.startsWith('schedule.timezone: must be an IANA time zone'))).toBe(true);
    expect(problems).toContain('fetch: unknown key "timeoutSecs" (check the spelling)');
  });

  it('says what is wrong with a value of the wrong type instead of calling it missing', () => {
    expect(problemsOf('http: { port: "8080" }')).toEqual(['http.port: must be a number (got the string "8080")']);
    expect(problemsOf('fetch: { allowPrivateAddresses: "yes" }')).toEqual(['fetch.allowPrivateAddresses: must be true or false (got the string "yes")']);
    expect(problemsOf('feeds: [{ url: 5 }]')).toEqual(['feeds[0].url: must be a string (got the number 5)']);
    expect(problemsOf('feeds: [{ url: "https://a.example/", fullText: sometimes }]')).toEqual([
      'feeds[0].fullText: must be one of "auto", "always", "never" (got the string "sometimes")',
    ]);
    expect(problemsOf('http: { port: 70000 }\ndigest: { maxStories: 1.5 }').sort()).toEqual([
      'digest.maxStories: must be a whole number (got the number 1.5)',
      'http.port: must be at most 65535 (got the number 70000)',
    ]);
    expect(problemsOf('feeds:\nfetch: []')).toEqual(['feeds: must be a list (got an empty value)', 'fetch: must be a mapping of keys to values (got a list)']);
    expect(problemsOf('feeds: [{ name: Example }]')).toEqual(['feeds[0].url: is required']);
  });

  it('refuses an alias bomb and a flood of anchors quickly, as config errors', () => {
    const laughs = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      laughs.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    expect(problemsOf(laughs.join('\n'))[0]).toMatch(/^cannot be loaded: Excessive alias count .* \(fix the anchors and aliases, or write the values out\)$/);

    const anchors = `topics:\n  disabled:\n${Array.from({ length: 30_000 }, (_, i) => `    - &a${i} t${i}\n    - *a${i}`).join('\n')}\n`;
    const started = process.cpuUsage();
    expect(problemsOf(anchors)).toEqual([
      'uses 60000 YAML anchors and aliases, more than the 500 allowed (a config file needs a handful; write the values out)',
    ]);
    // Counted by the linear lexer: refused in a moment, not after the library's quadratic alias resolution (minutes).
    // CPU time, not the clock: on a busy machine the clock also counts the time other processes ran.
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(10_000);
    // A few anchors are fine.
    expect(parseConfig('schedule: { cron: &c "0 7 * * *", pollCron: *c }').schedule).toMatchObject({ cron: '0 7 * * *', pollCron: '0 7 * * *' });
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

  it('refuses a file over the size cap without reading it whole, and an endless device', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nd-config-'));
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
    expect(() => loadConfig(file)).toThrow(new RegExp(`huge.yaml: is larger than ${MAX_CONFIG_BYTES} bytes; a config file needs a few kilobytes`));
    expect(() => loadConfig('/dev/zero')).toThrow(/is larger than/);
  });

  it('binds to loopback by default; NEWS_DIGEST_HTTP_HOST (set in the Docker image) overrides it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nd-config-'));
    const file = join(dir, 'c.yaml');
    writeFileSync(file, 'http:\n  port: 9000\n');
    expect(loadConfig(file).config.http).toEqual({ port: 9000, host: '127.0.0.1', maxBodyBytes: 262_144, bodyTimeoutSeconds: 10 });
    expect(loadConfig(file, { NEWS_DIGEST_HTTP_HOST: '0.0.0.0' }).config.http.host).toBe('0.0.0.0');
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
