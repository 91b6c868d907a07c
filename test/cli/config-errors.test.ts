import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'nd-config-cli-'));

function configFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const checkConfig = (file: string) => runCli(['--config', file, 'check-config']);

it('wrong types in the config say what is there instead, with exit code 2', async () => {
  const result = await checkConfig(configFile('types.yaml', 'http:\n  port: "8080"\nfetch:\n  allowPrivateAddresses: "yes"\nfeeds:\n  - url: 5\n'));
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('http.port: must be a number (got the string "8080")');
  expect(result.stderr).toContain('fetch.allowPrivateAddresses: must be true or false (got the string "yes")');
  expect(result.stderr).toContain('feeds[0].url: must be a string (got the number 5)');
  expect(result.stderr).not.toContain('is required');
});

it('a YAML alias bomb, a flood of anchors and an oversized file each exit 2 with one line, never a stack trace', async () => {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const name = String.fromCharCode(97 + i);
    levels.push(
      `${name}: &${name} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  }
  const bomb = await checkConfig(configFile('bomb.yaml', `${levels.join('\n')}\n`));
  expect(bomb.code).toBe(2);
  expect(bomb.stderr.trim()).toMatch(/^news-digest: .*bomb\.yaml: cannot be loaded: Excessive alias count/);

  const flood = await checkConfig(
    configFile('anchors.yaml', `topics:\n  disabled:\n${Array.from({ length: 20_000 }, (_, i) => `    - &a${i} t${i}\n    - *a${i}`).join('\n')}\n`),
  );
  expect(flood.code).toBe(2);
  expect(flood.stderr).toContain('uses 40000 YAML anchors and aliases, more than the 500 allowed');

  const huge = await checkConfig(configFile('huge.yaml', `feeds: []\n${'# padding\n'.repeat(200_000)}`));
  expect(huge.code).toBe(2);
  expect(huge.stderr).toMatch(/huge\.yaml: is larger than 1048576 bytes/);

  for (const result of [bomb, flood, huge]) expect(result.stderr).not.toMatch(/\n\s+at /);
});

it('check-config flags feeds whose literal host is private or reserved unless private addresses are allowed', async () => {
  const feeds = ['feeds:', '  - url: "http://[::ffff:0:127.0.0.1]/feed"', '  - url: "http://169.254.169.254/latest/"', '  - url: "https://news.example/feed"'];
  const refused = await checkConfig(configFile('private.yaml', feeds.join('\n')));
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain('feeds[0].url: http://[::ffff:0:127.0.0.1]/feed is the non-public address ::ffff:0:7f00:1');
  expect(refused.stderr).toContain('feeds[1].url: http://169.254.169.254/latest/ is the non-public address 169.254.169.254');
  expect(refused.stderr).not.toContain('feeds[2]');

  const allowed = await checkConfig(configFile('allowed.yaml', [...feeds, 'fetch:', '  allowPrivateAddresses: true'].join('\n')));
  expect(allowed.code, allowed.stderr).toBe(0);
  expect(allowed.stdout).toMatch(/private addresses ALLOWED/);
});
