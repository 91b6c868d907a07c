import { describe, expect, it } from 'vitest';
import { clampMrkdwn, clampPlain, escapeMrkdwn, mrkdwnLink, safeLinkTarget } from '../../src/render/index.js';

describe('mrkdwn escaping', () => {
  it('turns &, < and > into entities so no token can form', () => {
    expect(escapeMrkdwn('<!channel> & <@U123> <https://evil|x>')).toBe('&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;https://evil|x&gt;');
  });

  it('keeps formatting characters from restyling the text', () => {
    const escaped = escapeMrkdwn('*bold* _it_ ~del~ `code`');
    expect(escaped).not.toMatch(/\*[^\u200B]/u);
    expect(escaped).not.toMatch(/`[^\u200B]/u);
    expect(escaped.replace(/\u200B/gu, '')).toBe('*bold* _it_ ~del~ `code`');
  });

  it('breaks spelled-out broadcast words', () => {
    expect(escapeMrkdwn('@channel and @here')).not.toMatch(/@(channel|here)/u);
  });

  it('never cuts an entity or a surrogate pair in half when clamping', () => {
    for (let max = 1; max < 30; max += 1) {
      const out = clampMrkdwn('a&b&c<d>e😀f&g'.repeat(3), max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).not.toMatch(/&[a-z]{0,3}(?![a-z;])|&[a-z]+…/u);
      expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
    }
    expect(clampMrkdwn('short', 10)).toBe('short');
  });

  it('clamps plain text and replaces angle brackets there', () => {
    expect(clampPlain('<!here> x'.repeat(40), 150).length).toBeLessThanOrEqual(150);
    expect(clampPlain('<!here>', 150)).toBe('‹!here›');
  });

  it('links only http(s) targets and encodes characters that would end the link', () => {
    expect(safeLinkTarget('javascript:alert(1)')).toBeNull();
    expect(safeLinkTarget('not a url')).toBeNull();
    expect(safeLinkTarget('https://a.example/x?q=<1>|2')).toBe('https://a.example/x?q=%3C1%3E%7C2');
    expect(mrkdwnLink('https://a.example/', '<!channel> Titel', 100)).toBe('<https://a.example/|&lt;!channel&gt; Titel>');
    expect(mrkdwnLink('ftp://a.example/', 'Titel', 100)).toBe('Titel');
  });
});
