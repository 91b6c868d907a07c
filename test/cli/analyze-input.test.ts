import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { describeNonText, inputProblem } from '../../src/cli/input-sniff.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'nd-analyze-'));
const file = (name: string, body: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
};
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR Quoted „Text“ Kreml sagte')]);

describe('what a non-text input looks like', () => {
  it.each([
    ['a PNG image', png],
    ['a JPEG image', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])],
    ['a GIF image', Buffer.from('GIF89a\u0001\u0000')],
    ['a PDF document', Buffer.from('%PDF-1.7\n%âãÏÓ\n')],
    ['a gzip-compressed file', gzipSync('<rss></rss>')],
    ['a ZIP archive (or a Word/Excel/EPUB file, which are ZIP inside)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])],
    ['an ELF executable', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])],
    ['an SQLite database', Buffer.from('SQLite format 3\u0000\u0010\u0000')],
    ['an MP4 or QuickTime video', Buffer.from([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d])],
    ['binary data', Buffer.from([0x12, 0x00, 0x34, 0x56, 0x78, 0x9a])],
  ])('%s', (name, body) => {
    expect(describeNonText(body)).toBe(name);
  });

  it('leaves text alone: UTF-8, windows-1252, UTF-16 with a BOM, markup', () => {
    expect(describeNonText(Buffer.from('Der Kreml teilte mit, man habe „besondere Aufmerksamkeit“ gewidmet.\n'))).toBeNull();
    expect(describeNonText(Buffer.from([0x4b, 0x72, 0x65, 0x6d, 0x6c, 0x20, 0x84, 0x61, 0x93, 0x0a]))).toBeNull();
    expect(describeNonText(Buffer.from('\ufeffhello', 'utf16le'))).toBeNull();
    expect(describeNonText(Buffer.from('<?xml version="1.0"?><rss version="2.0"></rss>'))).toBeNull();
    expect(inputProblem('x.txt', Buffer.from(' \n\t\n'))).toBe('x.txt holds only white space: nothing to analyse.');
    // Unicode white space after a byte order mark is white space too; one letter anywhere is text.
    expect(inputProblem('x.txt', Buffer.from('\ufeff \u00a0\u2003\n'))).toBe('x.txt holds only white space: nothing to analyse.');
    expect(inputProblem('x.txt', Buffer.from(' \u00a0 x'))).toBeNull();
    expect(inputProblem('x.txt', Buffer.from('   \n  Gipfel'))).toBeNull();
  });
});

describe('`analyze` on input it cannot read', () => {
  it('refuses a PNG with one sentence, prints no "article", exit 2', async () => {
    const path = file('photo.txt', png);
    const result = await runCli(['analyze', path]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(
      `news-digest: ${path} is not text: it looks like a PNG image; analyze reads feed files, HTML pages and plain-text articles.`,
    );
  });

  it('says when a file is empty, and still analyses the other inputs', async () => {
    const empty = file('empty.txt', '');
    const result = await runCli(['analyze', '--json', empty, 'examples/feeds/the-meridian.xml']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`news-digest: ${empty} is empty: nothing to analyse.`);
    expect(result.stdout.trim().split('\n').length).toBeGreaterThan(0);
    expect(JSON.parse(result.stdout.split('\n')[0]!)).toHaveProperty('language');
  });
});
