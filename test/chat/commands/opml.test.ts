import { describe, expect, it } from 'vitest';
import { MAX_OPML_FEEDS, parseOpml, renderOpml } from '../../../src/chat/index.js';
import { attachmentFetcher } from '../../../src/cli/command-deps.js';
import { configSchema } from '../../../src/config/index.js';

const opml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n<head><title>t</title></head>\n<body>\n${body}\n</body>\n</opml>\n`;

describe('OPML', () => {
  it('reads feeds with their lines, inside categories, and writes what it reads back', () => {
    const text = opml(
      [
        '<outline text="World">',
        '  <outline text="Tagesblick" xmlUrl="https://a.example/rss"/>',
        '  <outline title="Meridian &amp; Co" xmlUrl="https://b.example/feed?x=1&amp;y=2"/>',
        '</outline>',
      ].join('\n'),
    );
    const entries = parseOpml(text);
    expect(entries).toEqual([
      { line: 6, url: 'https://a.example/rss', title: 'Tagesblick' },
      { line: 7, url: 'https://b.example/feed?x=1&y=2', title: 'Meridian & Co' },
    ]);
    const again = parseOpml(
      renderOpml(
        entries.map((e) => ({ url: e.url, name: e.title! })),
        'feeds <&>',
        new Date('2018-03-20T00:00:00Z'),
      ),
    );
    expect(again.map((e) => [e.url, e.title])).toEqual(entries.map((e) => [e.url, e.title]));
  });

  it('refuses whole files that are not OPML, cut off, hostile or too big', () => {
    expect(() => parseOpml('<rss><channel/></rss>')).toThrow(/its root element is <rss>, not <opml>/);
    expect(() => parseOpml('not xml at all')).toThrow(/it has no XML elements/);
    expect(() => parseOpml(opml('<outline xmlUrl="https://a.example/rss"/>').replace('</body>\n</opml>\n', ''))).toThrow(
      /<body> opened on line 4 is never closed/,
    );
    expect(() => parseOpml(`<!DOCTYPE opml [<!ENTITY a "aaaa">]>${opml('')}`)).toThrow(/not a usable OPML file: .*entities/);
    const many = Array.from({ length: MAX_OPML_FEEDS + 1 }, (_, i) => `<outline xmlUrl="https://a.example/${i}"/>`).join('\n');
    expect(() => parseOpml(opml(many))).toThrow(`it lists more than ${MAX_OPML_FEEDS} feeds`);
    expect(() => parseOpml(opml(`<!-- ${'x'.repeat(1_100_000)} -->`))).toThrow(/larger than 1048576 bytes/);
  });
});

describe('attachment downloads', () => {
  it("come only from Discord's CDN, through the private-address guard", async () => {
    const fetch = attachmentFetcher(configSchema.parse({}).fetch);
    await expect(fetch('https://evil.example/file.opml', 1000)).rejects.toThrow("attachments are only fetched from Discord's CDN, not evil.example");
    await expect(fetch('http://127.0.0.1:9/attachments/1/f.opml', 1000)).rejects.toThrow(/not 127\.0\.0\.1/);
  });
});
